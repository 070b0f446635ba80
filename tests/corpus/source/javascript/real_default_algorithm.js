// @bicycle-codes/crypto-util's and @oddjs/odd's modules (round 246): a default algorithm declared by the
// constant named after it, and the operations of a module whose path names its algorithm.
import { AES_GCM, DEFAULT_HASH_ALGORITHM } from './constants.js';  // qready-expect: AES reference
import rsaOperations from 'keystore-idb/rsa/index.js';  // qready-expect: RSA reference

const DEFAULT_SYMM_ALGORITHM = AES_GCM;  // qready-expect: AES reference
const DEFAULT_SYMM_LENGTH = 256;
const chosenAlgorithm = AES_GCM;  // qready-expect: AES reference
const fallback = AES_GCM;

export async function ksSign(ks, message) {
  const writeKey = await ks.writeKey();
  const arrayBuffer = await rsaOperations.sign(  // qready-expect: RSA sign
    message,
    writeKey.privateKey,
    DEFAULT_HASH_ALGORITHM
  );
  return new Uint8Array(arrayBuffer);
}
