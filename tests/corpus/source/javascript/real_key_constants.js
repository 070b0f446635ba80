// Keys written into a smart-home plugin's code (shaped on homebridge-daelim-smarthome's dist/core/utils.js,
// audit round 359): a key named for AES given its digits selects nothing; the cipher chosen on its own line does.
const crypto = require("crypto");

class Utils {}
Utils.SMART_ELIFE_AES_KEY = "12345678901234567890123456789012";
Utils.SMART_ELIFE_AES_IV = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

function encrypt(text) {
    const cipher = crypto.createCipheriv("aes-256-cbc", Utils.SMART_ELIFE_AES_KEY, Utils.SMART_ELIFE_AES_IV); // qready-expect: AES encrypt
    return cipher.update(text, "utf8", "base64") + cipher.final("base64");
}

// A protobuf message's defaults (secretjs' tendermint/crypto/keys.js, round 368): fields given nothing
function createBasePublicKey() {
    return { ed25519: undefined, secp256k1: undefined };
}

module.exports = { Utils, encrypt, createBasePublicKey };
