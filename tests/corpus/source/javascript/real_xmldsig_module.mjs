// Shapes from xmldsigjs's and parse-asn1's ES module builds: re-exports, constants and class-like values
// named after an algorithm, and a constant given to a property.
export * from './rsa_key.js'; // qready-expect: RSA reference
export { EcdsaKeyValue } from './ecdsa_key.js'; // qready-expect: ECDSA reference
export * from './x509_data.js';

export const RSA_PKCS1_SHA384_NAMESPACE = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384'; // qready-expect: RSA reference
const DSA_MIN_MODULUS_LENGTH = 1024; // qready-expect: DSA reference

var RSAPublicKey = asn1.define('RSAPublicKey', function () { // qready-expect: RSA reference
  this.seq().obj(this.key('modulus').int(), this.key('publicExponent').int());
});

export class RsaPkcs1Sha384 { // qready-expect: RSA reference
  constructor() {
    this.namespaceURI = RSA_PKCS1_SHA384_NAMESPACE; // qready-expect: RSA reference
  }
}
// look-alikes: a constant about something else, a local variable, a constant naming a file (the export list
// names the RSA structure too)
const MAX_RETRIES = 3;
const rsaLabel = 'n/a';
const RSA_KEY_FILE = './keys/rsa.pem';
export { RSAPublicKey, MAX_RETRIES, rsaLabel, RSA_KEY_FILE }; // qready-expect: RSA reference
