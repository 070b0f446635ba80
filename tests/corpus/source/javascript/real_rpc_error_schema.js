// A blockchain client's RPC error schema (shaped on @near-js/utils' errors, audit round 362): the kinds of error
// a node may answer with, named after what failed; a name saying something is invalid is no use, while the
// verification itself still is.
const nacl = require("tweetnacl");

const ERROR_KINDS = [
    "Ed25519VerifyInvalidInput",
    "InvalidSignature",
];

const schema = {
    Ed25519VerifyInvalidInput: {
        name: "Ed25519VerifyInvalidInput",
        props: { msg: "" },
    },
};

function verify(message, signature, publicKey) {
    return nacl.sign.detached.verify(message, signature, publicKey); // qready-expect: EdDSA verify
}

module.exports = { ERROR_KINDS, schema, verify };

// ...and a player's error codes for an unsupported one (shaka-player's externs, audit round 389)
const PlayerErrorCode = {
  'DASH_UNSUPPORTED_AES_128': 4051,
  'HLS_UNSUPPORTED_AES_128': 4052,
};
module.exports.PlayerErrorCode = PlayerErrorCode;
