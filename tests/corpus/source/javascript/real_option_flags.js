// @mkcert/node's certificate maker (round 446): a caller's options taken apart into flags; which key it
// makes is decided later, by the flag's value, not on the line that takes it out.
const forge = require('node-forge');
const { ecdsa: ecdsaSigner } = require('./signers');  // qready-expect: ECDSA reference
const { rsa } = forge.pki;  // qready-expect: RSA reference

async function createCertificate(options) {
  const { hosts, certFile, keyFile, p12File, client, ecdsa, pkcs12, install = true, } = options;
  let { aes, md5 } = opts;
  if (ecdsa) {
    return ecdsaSigner.generate(hosts);  // qready-expect: ECDSA keygen
  }
  return forge.pki.rsa.generateKeyPair(2048);  // qready-expect: RSA keygen 2048
}
