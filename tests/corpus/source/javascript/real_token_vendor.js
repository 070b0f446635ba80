// A sign-in widget's factors (shaped on @okta/okta-signin-widget, audit round 339): RSA is also the vendor of
// the SecurID one-time password token, a sign-in factor; where a line speaks of a factor's provider or
// authenticator, RSA is that token, not the algorithm. The widget's JWK handling is still RSA.
function isRSA(provider) {
  return provider === 'RSA';
}
function factorName() {
  return 'RSA_SECURID';
}
const title = isRSA(provider) ? loc('factor.totpHard.rsaSecurId', 'login') : vendorName;
switch (key) {
  case _RemediationConstants.AUTHENTICATOR_KEY.RSA:
    break;
}
const enroll = { provider: 'RSA', factorType: 'token' };
function verifyKey(jwk) {
  if (jwk.kty === 'RSA') { // qready-expect: RSA reference
    return crypto.subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']); // qready-expect: RSA reference
  }
}
module.exports = { isRSA, factorName, title, enroll, verifyKey };
