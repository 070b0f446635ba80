// @signumjs/crypto (round 309): EC-KCDSA, the Korean certificate-based signature on Curve25519, is no
// finite-field DSA.
const base_1 = require("./base");

function sign(messageHash, x) {
    const y = Buffer.from(base_1.ECKCDSA.keygen(x).p);
    const sharedKey = base_1.ECKCDSA.sharedkey(x, y);
    return { y, sharedKey };
}

const dsa = crypto.generateKeyPairSync("dsa", { modulusLength: 2048 }); // qready-expect: DSA keygen 2048
