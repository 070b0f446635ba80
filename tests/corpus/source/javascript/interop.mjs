// Interop with the old Java backend and with mobile clients (ES module, Node 20).
import crypto, { privateEncrypt, publicDecrypt, createVerify, constants } from 'node:crypto';
import forge from 'node-forge';
import nacl from 'tweetnacl';
import * as secp from '@noble/secp256k1'; // qready-expect: ECDSA reference secp256k1
import * as ed from '@noble/ed25519'; // qready-expect: EdDSA reference
import { ed448, x448 } from '@noble/curves/ed448'; // qready-expect: EdDSA reference; ECDH reference

const rsa = forge.pki.rsa; // qready-expect: RSA reference
const LEGACY_ITERATIONS = 1000;

export function sessionKey() {
  return crypto.generateKeySync('aes', { length: 128 }); // qready-expect: AES keygen 128
}

export function legacyPasswordKey(password, salt) {
  return crypto.pbkdf2Sync(password, salt, LEGACY_ITERATIONS, 24, 'sha1'); // qready-expect: SHA-1 kdf
}

export function javaCompatSign(privateKey, digest) {
  return privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, digest); // qready-expect: RSA sign
}

export function javaCompatVerify(publicKey, signature) {
  const padding = constants.RSA_PKCS1_PADDING; // qready-expect: RSA reference
  return publicDecrypt({ key: publicKey, padding }, signature); // qready-expect: RSA verify
}

export function verifyJavaSignature(publicKey, data, signature) {
  return createVerify('RSA-SHA1').update(data).verify(publicKey, signature); // qready-expect: RSA verify
}

export async function unwrapMobileKey(privateKey, wrapped) {
  return crypto.webcrypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, wrapped); // qready-expect: RSA decrypt
}

export function rc2Decrypt(key, iv, bytes) { // qready-expect: RC2 reference
  const cipher = forge.rc2.createDecryptionCipher(key); // qready-expect: RC2 decrypt
  cipher.start(iv);
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  return cipher.output.getBytes();
}

export function forgeEd25519(message, keys) { // qready-expect: EdDSA reference
  const signature = forge.pki.ed25519.sign({ message, encoding: 'utf8', privateKey: keys.privateKey }); // qready-expect: EdDSA sign
  const ok = forge.pki.ed25519.verify({ message, encoding: 'utf8', signature, publicKey: keys.publicKey }); // qready-expect: EdDSA verify
  return { signature, ok, modulus: rsa.setPublicKey }; // qready-expect: RSA reference
}

export function naclSizes() {
  return { publicKey: nacl.sign.publicKeyLength, box: nacl.box.publicKeyLength }; // qready-expect: EdDSA reference; ECDH reference
}

export function naclShared(theirPublicKey, mySecretKey) {
  const precomputed = nacl.box.before(theirPublicKey, mySecretKey); // qready-expect: ECDH key-agree
  const raw = nacl.scalarMult(mySecretKey, theirPublicKey); // qready-expect: ECDH key-agree
  return { precomputed, raw };
}

export async function nobleStandalone(message, privateKey) {
  const signature = await secp.signAsync(message, privateKey); // qready-expect: ECDSA sign
  const edSig = await ed.signAsync(message, privateKey); // qready-expect: EdDSA sign
  const valid = await ed.verifyAsync(edSig, message, ed.getPublicKey(privateKey)); // qready-expect: EdDSA verify
  return { signature, edSig, valid };
}

export function goldilocks(message, privateKey, peer) {
  const signature = ed448.sign(message, privateKey); // qready-expect: EdDSA sign
  const shared = x448.getSharedSecret(privateKey, peer); // qready-expect: ECDH key-agree
  return { signature, shared };
}
