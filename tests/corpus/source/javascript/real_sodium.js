// libsodium from JavaScript, in the style of @wireapp/proteus (round 14 of the source audit).
const sodium = require("libsodium-wrappers-sumo");

function keyPair(seed) {
  const pair = sodium.crypto_sign_seed_keypair(seed); // qready-expect: EdDSA keygen
  const curve = sodium.crypto_sign_ed25519_pk_to_curve25519(pair.publicKey); // qready-expect: EdDSA reference
  return { pair, curve };
}

function shared(secret, theirs) {
  return sodium.crypto_scalarmult(secret, theirs); // qready-expect: ECDH key-agree
}

module.exports = { keyPair, shared };
