// A test's keys, exported by a table of exports (@trust/webcrypto's test/EcdsaKeyPairsForTesting.js, round 14
// labels): test data, not uses; a helper that signs is still named after what it does.
const ECDSA_P384_PublicKey = { kty: 'EC', crv: 'P-384' }; // qready-expect: ECDSA reference P-384
const RsaPrivateJwk = { kty: 'RSA' }; // qready-expect: RSA reference

function signWithRsa(data) { // qready-expect: RSA reference
  return data;
}

module.exports = {
  ECDSA_P384_PublicKey,
  RsaPrivateJwk,
  signWithRsa, // qready-expect: RSA reference
};
