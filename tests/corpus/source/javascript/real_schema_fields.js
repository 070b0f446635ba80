// A Borsh schema class with a member per key type (shaped on @near-js/transactions' lib/esm/schema.js, audit
// round 181): a capitalized class field named after its algorithm defines that algorithm's structure; a field
// named otherwise defines none. Ethermint's key type, `ethsecp256k1`, given to a verification (@keplr-wallet's
// amino.spec, round 181), is secp256k1's.
const SCHEMA = new class BorshSchema {
  Ed25519Signature = { // qready-expect: EdDSA reference
    struct: { data: { array: { type: "u8", len: 64 } } },
  };
  Secp256k1Data = { // qready-expect: ECDSA reference secp256k1
    struct: { data: { array: { type: "u8", len: 64 } } },
  };
  Transaction = {
    struct: { nonce: "u64" },
  };
}();

function verifyEthermint(amino, signer, data, pubKey, signature) {
  return amino.verifyADR36Amino("eth", signer, data, pubKey, signature, "ethsecp256k1"); // qready-expect: ECDSA reference secp256k1
}

module.exports = { SCHEMA, verifyEthermint };
