// jose's browser runtime: `subtle_dsa.js` maps every JWS algorithm to WebCrypto's (a digital signature
// algorithm, not DSA); the algorithm comes from the token
import subtleAlgorithm from './subtle_dsa.js';
import getVerifyKey from './get_sign_verify_key.js';

const verify = async (alg, key, signature, data) => {
  const cryptoKey = await getVerifyKey(alg, key, 'verify');
  const algorithm = subtleAlgorithm(alg, cryptoKey.algorithm);
  return crypto.subtle.verify(algorithm, cryptoKey, signature, data);
};
export default verify;

// @atproto/jwk's dist/alg.js (round 168): the algorithms a key allows, yielded by a generator
function* jwkAlgorithms(jwk) {
  switch (jwk.kty) {
    case "RSA": { // qready-expect: RSA reference
      yield "RS256"; // qready-expect: RSA reference
      yield "RSA-OAEP-256"; // qready-expect: RSA reference
      return;
    }
  }
}
