// Typed key-generation options for the provisioning CLI, and the post-quantum migration path.
import type {
  DSAKeyPairOptions, // qready-expect: DSA reference
  ECKeyPairOptions,
  ED25519KeyPairOptions, // qready-expect: EdDSA reference
  X25519KeyPairOptions, // qready-expect: ECDH reference
} from 'crypto';
import * as nodeCrypto from 'crypto';
import { ml_kem512, ml_kem1024 } from '@noble/post-quantum/ml-kem'; // qready-expect: ML-KEM reference
import { ml_dsa44, ml_dsa87 } from '@noble/post-quantum/ml-dsa'; // qready-expect: ML-DSA reference
import { x25519 } from '@noble/curves/ed25519'; // qready-expect: ECDH reference
import { ml_kem768 } from '@noble/post-quantum/ml-kem'; // qready-expect: ML-KEM reference
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa'; // qready-expect: ML-DSA reference

type Pem = 'pem';

export const ecOptions: ECKeyPairOptions<Pem, Pem> = { // qready-expect: ECDSA reference
  namedCurve: 'secp384r1', // qready-expect: ECDSA reference P-384
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
};

export const dsaOptions: DSAKeyPairOptions<Pem, Pem> = { // qready-expect: DSA reference
  modulusLength: 2048,
  divisorLength: 224,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
};

export function edOptions(): ED25519KeyPairOptions<Pem, Pem> { // qready-expect: EdDSA reference
  return { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } };
}

export function xOptions(): nodeCrypto.X25519KeyPairOptions<Pem, Pem> { // qready-expect: ECDH reference
  return { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } };
}

export function unused(): X25519KeyPairOptions<Pem, Pem> | undefined { // qready-expect: ECDH reference
  return undefined;
}

export const pqLevels = { low: ml_kem512, high: ml_kem1024 }; // qready-expect: ML-KEM reference
export const sigLevels = [ml_dsa44, ml_dsa87]; // qready-expect: ML-DSA reference

export function receive(cipherText: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ml_kem768.decapsulate(cipherText, secretKey); // qready-expect: ML-KEM decapsulate
}

export function attest(message: Uint8Array): { ok: boolean; publicKey: Uint8Array } {
  const keys = ml_dsa65.keygen(); // qready-expect: ML-DSA keygen
  const signature = ml_dsa65.sign(keys.secretKey, message); // qready-expect: ML-DSA sign
  const ok = ml_dsa65.verify(keys.publicKey, message, signature); // qready-expect: ML-DSA verify
  return { ok, publicKey: x25519.getPublicKey(x25519.utils.randomPrivateKey()) }; // qready-expect: ECDH keygen
}

export function hybridGroups(): string[] {
  return ['X25519MLKEM768', 'SecP256r1MLKEM768']; // qready-expect: Hybrid-KEM reference
}
