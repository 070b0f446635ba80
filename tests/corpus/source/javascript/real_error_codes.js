// Error codes named after the key they are about (shaped on @decentralized-identity/ion-tools and @solana/kit,
// audit round 70): a code, thrown or exported, is no use; the check around it is.
const ErrorCode_1 = require("./ErrorCode");
const IonError_1 = require("./IonError");

function validateEs256kKey(jwk) { // qready-expect: ECDSA reference
  if (jwk.crv !== "secp256k1") { // qready-expect: ECDSA reference secp256k1
    throw new IonError_1.default(ErrorCode_1.default.PublicKeyJwkEs256kHasUnexpectedProperty, `SECP256K1 JWK key has unexpected property.`);
  }
}

exports.SOLANA_ERROR__SUBTLE_CRYPTO__ED25519_ALGORITHM_UNIMPLEMENTED = 3610007;

// round 164's cose-kit: a helper builds the error thrown, and its argument is the error's detail
function checkSigAlgorithm(alg, algorithm) {
  switch (alg) {
    case "PS256": // qready-expect: RSA reference
      if (!isAlgorithm(algorithm, "RSA-PSS")) throw unusable("RSA-PSS"); // qready-expect: RSA reference
      break;
    case "RS256": // qready-expect: RSA reference
      throw unusable('RSASSA-PKCS1-v1_5');
  }
}
