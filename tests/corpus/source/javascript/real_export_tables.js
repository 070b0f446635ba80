// Round 52's npm shapes: a CommonJS module's table of exports names the functions it defines
// (mongodb-client-encryption's crypto callbacks), and an HTTP signature's name built with its digest
// (@misskey-dev/node-http-message-signatures).
'use strict';

function aes256CbcEncryptHook(key, iv, input, output) {} // qready-expect: AES reference 256
function signRsaSha256Hook(key, input, output) {} // qready-expect: RSA reference

module.exports = {
  aes256CbcEncryptHook, // qready-expect: AES reference 256
  signRsaSha256Hook, // qready-expect: RSA reference
  randomHook,
};

function keyAlgorithmName(keyAlgorithm, hashAlgorithm) {
  if (keyAlgorithm === 'ECDSA') return `ecdsa-${hashAlgorithm}`; // qready-expect: ECDSA reference
  return `rsa-${keyHashAlgos[hashAlgorithm]}`; // qready-expect: RSA reference
}

// look-alikes: an object of options is no table of exports; a template naming no algorithm
const options = { randomHook, aesKeyLength };
const id = `rsa-item-${index}`;
