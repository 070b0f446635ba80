// elliptic's EdDSA context (shaped on @wert-io/widget-sc-signer, audit round 345): the context is made for
// Ed25519, and the key made from its secret is EdDSA's.
const EdDSA = require('elliptic').eddsa; // qready-expect: EdDSA reference
const ellipticEdDSA = new EdDSA('ed25519'); // qready-expect: EdDSA reference Ed25519

function signOrder(secret, digest) {
  const key = ellipticEdDSA.keyFromSecret(secret); // qready-expect: EdDSA reference
  return key.sign(digest).toHex();
}

module.exports = { signOrder };
