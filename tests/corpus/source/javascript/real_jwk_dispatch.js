'use strict';
// JWK and KeyObject helpers in the style of jsonwebtoken, jose and jwks-rsa: algorithm names travel as
// string values (key types, curves, JOSE names) through switches, comparisons and lookup tables.
const { createSign, createVerify, createHash, constants } = require('crypto');
const helpers = require('./helpers');
const logger = require('./logger');

const allowedCurves = {
  ES256: 'prime256v1', // qready-expect: ECDSA reference P-256
  ES384: 'secp384r1', // qready-expect: ECDSA reference P-384
};

function keyTypeOf(key) {
  switch (key.asymmetricKeyType) {
    case 'rsa': // qready-expect: RSA reference
    case 'rsa-pss': // qready-expect: RSA reference
      return 'RSA'; // qready-expect: RSA reference
    case 'ec': // qready-expect: ECDSA reference
      return 'EC'; // qready-expect: ECDSA reference
    case 'ed25519': // qready-expect: EdDSA reference
      return 'OKP';
    default:
      throw new Error('Unsupported key type RSA or EC expected');
  }
}

function algFromJwk(jwk) {
  if (jwk.kty === 'RSA') return 'RS256'; // qready-expect: RSA reference
  switch (jwk.crv) {
    case 'P-256': // qready-expect: ECDSA reference P-256
      return 'ES256'; // qready-expect: ECDSA reference
    case 'secp256k1': // qready-expect: ECDSA reference secp256k1
      return 'ES256K'; // qready-expect: ECDSA reference
    default:
      logger.warn('RSA');
      return undefined;
  }
}

function sign(bits, data, key) {
  const signer = createSign('RSA-SHA' + bits); // qready-expect: RSA reference
  signer.update(data);
  return signer.sign({ key, padding: helpers.nodeCrypto.constants.RSA_PKCS1_PSS_PADDING }); // qready-expect: RSA sign
}

function legacyPasswordHash(user, password, salt) {
  const inner = md5(password + user); // qready-expect: MD5 digest
  return 'md5' + md5(Buffer.concat([Buffer.from(inner), salt])); // qready-expect: MD5 digest
}

function md5(text) { // qready-expect: MD5 reference
  return createHash('md5').update(text).digest('hex'); // qready-expect: MD5 digest
}

const RSA_SIGNATURE = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256'; // qready-expect: RSA reference
const SHA1_DIGEST = 'http://www.w3.org/2000/09/xmldsig#sha1'; // qready-expect: SHA-1 reference
const SHA256_DIGEST = 'http://www.w3.org/2001/04/xmlenc#sha256';
const pkcs1 = constants.RSA_PKCS1_PADDING; // qready-expect: RSA reference

module.exports = { keyTypeOf, algFromJwk, sign, legacyPasswordHash, allowedCurves, RSA_SIGNATURE, SHA1_DIGEST, SHA256_DIGEST, pkcs1, createVerify }; // qready-expect: RSA reference; SHA-1 reference
