// An Apple TV client's pairing (shaped on node-appletv, audit round 87): a package led by its algorithm's word
// (`curve25519-n2`, `ed25519-supercop`) is that algorithm's module, whatever its function is called; a package
// that merely holds the word further in (`my-rsa-tools`: its import is RSA's, not its every function) is not.
const curve25519 = require("curve25519-n2"); // qready-expect: ECDH reference
const supercop = require("ed25519-supercop"); // qready-expect: EdDSA reference
const tools = require("my-rsa-tools"); // qready-expect: RSA reference

function verifier(verifyPrivate, message) {
  curve25519.makeSecretKey(verifyPrivate); // qready-expect: ECDH reference
  const seed = supercop.createSeed(); // qready-expect: EdDSA reference
  const settings = tools.load(message);
  return { seed, settings };
}

module.exports = { verifier };
