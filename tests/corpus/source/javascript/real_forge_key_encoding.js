// cybersource-rest-client's Utility.js (round 268) and node-forge's own pki: forge encodes and decodes RSA
// keys alone (`pki.privateKeyToAsn1 = pki.privateKeyToRSAPrivateKey`, `publicKeyFromAsn1` throws on any OID
// but rsaEncryption), so its key encodings are RSA's; its certificate encodings are no key's.
var forge = require('node-forge');
var pki = forge.pki;

exports.toPem = function (privateKey, publicKeyPem, certPem) {
  var rsaPrivateKey = forge.pki.privateKeyToPem(privateKey); // qready-expect: RSA reference
  var publicKey = pki.publicKeyFromPem(publicKeyPem); // qready-expect: RSA reference
  var cert = forge.pki.certificateFromPem(certPem);
  var der = forge.asn1.toDer(forge.pki.publicKeyToAsn1(publicKey)).getBytes(); // qready-expect: RSA reference
  return [rsaPrivateKey, cert, der];
};
