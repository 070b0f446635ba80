// Self-signed development certificates with node-forge (CommonJS-style TypeScript import).
import forge = require('node-forge');
import NodeRSA = require('node-rsa'); // qready-expect: RSA reference
import nacl from 'tweetnacl';

const DEV_KEY_BITS = 2048;
const forgeVersion: string = '1.3.1';

export interface DevCertificate {
  keys: forge.pki.rsa.KeyPair; // qready-expect: RSA reference
  certificate: forge.pki.Certificate;
}

export function devCertificate(commonName: string): DevCertificate {
  const keys = forge.pki.rsa.generateKeyPair(DEV_KEY_BITS); // qready-expect: RSA keygen 2048
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = '01';
  certificate.setSubject([{ name: 'commonName', value: commonName }]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  return { keys, certificate };
}

export function publicKeyOf(pem: string): forge.pki.rsa.PublicKey { // qready-expect: RSA reference
  return forge.pki.publicKeyFromPem(pem) as forge.pki.rsa.PublicKey; // qready-expect: RSA reference
}

export function encryptForPeer(publicKey: forge.pki.rsa.PublicKey, secret: string): string { // qready-expect: RSA reference
  return publicKey.encrypt(secret, 'RSA-OAEP', { md: forge.md.sha256.create() }); // qready-expect: RSA encrypt
}

export function deviceIdentity(): forge.pki.ed25519.NativeBuffer { // qready-expect: EdDSA reference
  const seed = forge.random.getBytesSync(32);
  const keys = forge.pki.ed25519.generateKeyPair({ seed }); // qready-expect: EdDSA keygen
  return keys.privateKey;
}

export function legacyChecksum(data: string): string {
  return forge.md.md5.create().update(data).digest().toHex(); // qready-expect: MD5 digest
}

export function legacyKey(pem: string): NodeRSA { // qready-expect: RSA reference
  const key = new NodeRSA(pem, 'pkcs8-private-pem'); // qready-expect: RSA reference
  key.setOptions({ encryptionScheme: 'pkcs1' });
  return key;
}

export function pairingKeys(): nacl.BoxKeyPair {
  return nacl.box.keyPair(); // qready-expect: ECDH keygen
}

export function signRequest(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return nacl.sign.detached(message, secretKey); // qready-expect: EdDSA sign
}

export const buildInfo = { forge: forgeVersion, keyBits: DEV_KEY_BITS };
