// Browser key handling for the end-to-end encrypted notes app (ES module).
// Keys are generated with WebCrypto; tokens are signed with jose.
import * as jose from 'jose';
import { SignJWT, jwtVerify, importSPKI } from 'jose';
import { webcrypto } from 'node:crypto';

const subtle = globalThis.crypto?.subtle ?? webcrypto.subtle;
const RSA_BITS = 4096; // qready-expect: RSA reference
const ALLOWED = ['ES256', 'EdDSA']; // qready-expect: ECDSA reference; EdDSA reference

export async function createEncryptionKeys() {
  return subtle.generateKey( // qready-expect: RSA keygen 4096
    {
      name: 'RSA-OAEP', // qready-expect: RSA reference
      modulusLength: RSA_BITS,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function createSigningKeys() {
  const ec = await window.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']); // qready-expect: ECDSA keygen P-384
  const ed = await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify']); // qready-expect: EdDSA keygen
  return { ec, ed };
}

export async function noteKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']); // qready-expect: AES keygen
}

export async function sealNote(key, iv, bytes) {
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes); // qready-expect: AES encrypt
}

export async function signNote(privateKey, bytes) {
  return crypto.subtle.sign({ name: 'ECDSA', hash: { name: 'SHA-384' } }, privateKey, bytes); // qready-expect: ECDSA sign
}

export async function importPeer(spki) {
  return crypto.subtle.importKey('spki', spki, { name: 'ECDH', namedCurve: 'P-256' }, false, []); // qready-expect: ECDH reference P-256
}

export async function sharedBits(privateKey, peer) {
  return crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256); // qready-expect: ECDH key-agree
}

export async function stretch(baseKey, salt) {
  // PBKDF2 and HKDF derivations are out of scope
  return crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' }, baseKey, 256);
}

export async function legacyChecksum(bytes) {
  return crypto.subtle.digest('SHA-1', bytes); // qready-expect: SHA-1 digest
}

export async function issueToken(claims) {
  const { privateKey } = await jose.generateKeyPair('PS256'); // qready-expect: RSA keygen
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' }) // qready-expect: ECDSA reference
    .setIssuedAt()
    .sign(privateKey);
  const secret = await jose.generateSecret('A256GCM'); // qready-expect: AES keygen
  return { token, secret };
}

export async function verifyToken(token, pem) {
  const key = await importSPKI(pem, 'RS256'); // qready-expect: RSA reference
  const { payload } = await jwtVerify(token, key, { algorithms: ALLOWED });
  console.debug('verified with', 'RS256');
  return payload;
}

export function describeAlgorithm(alg) {
  switch (alg) {
    case 'RS256': // qready-expect: RSA reference
      return 'RSA PKCS#1 v1.5 with SHA-256';
    case 'ES384': // qready-expect: ECDSA reference
      return 'ECDSA P-384';
    default:
      return alg === 'EdDSA' ? 'Ed25519' : 'unknown'; // qready-expect: EdDSA reference
  }
}
