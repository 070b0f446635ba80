import { secp256k1 } from '@noble/curves/secp256k1'; // qready-expect: ECDSA reference secp256k1
import { ed25519, x25519 } from '@noble/curves/ed25519'; // qready-expect: EdDSA reference; ECDH reference
import { p256 } from '@noble/curves/nist.js'; // qready-expect: ECDSA reference P-256
import { ml_kem768 } from '@noble/post-quantum/ml-kem'; // qready-expect: ML-KEM reference
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js'; // qready-expect: ML-DSA reference
import * as jose from 'jose';
import jwt, { type Algorithm } from 'jsonwebtoken';

// Algorithms this service accepts. 'HS256' was dropped; 'RS256' only for legacy partners.
export type SigningAlg = 'ES256K' | 'EdDSA' | 'ML-DSA-65'; // qready-expect: ECDSA reference; EdDSA reference; ML-DSA reference

export enum LegacyAlg {
  Rsa = 'RS256', // qready-expect: RSA reference
  RsaPss = 'PS384', // qready-expect: RSA reference
}

export interface Signer {
  readonly alg: SigningAlg;
  sign(message: Uint8Array): Uint8Array;
}

export class WalletSigner implements Signer {
  readonly alg = 'ES256K' as const; // qready-expect: ECDSA reference
  private readonly secretKey = secp256k1.utils.randomPrivateKey(); // qready-expect: ECDSA keygen

  sign(message: Uint8Array): Uint8Array {
    return secp256k1.sign(message, this.secretKey).toCompactRawBytes(); // qready-expect: ECDSA sign
  }

  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    return p256.verify(signature, message, publicKey); // qready-expect: ECDSA verify
  }

  shared(peer: Uint8Array): Uint8Array {
    return secp256k1.getSharedSecret(this.secretKey, peer); // qready-expect: ECDH key-agree
  }
}

export class DeviceSigner implements Signer {
  readonly alg: SigningAlg = 'EdDSA'; // qready-expect: EdDSA reference
  private readonly secretKey = ed25519.utils.randomPrivateKey(); // qready-expect: EdDSA keygen

  sign(message: Uint8Array): Uint8Array {
    return ed25519.sign(message, this.secretKey); // qready-expect: EdDSA sign
  }

  agree(peer: Uint8Array): Uint8Array {
    return x25519.getSharedSecret(x25519.utils.randomPrivateKey(), peer); // qready-expect: ECDH key-agree
  }
}

export function postQuantumHandshake(peerPublicKey: Uint8Array): { cipherText: Uint8Array; sharedSecret: Uint8Array } {
  const mine = ml_kem768.keygen(); // qready-expect: ML-KEM keygen
  const signature = ml_dsa65.sign(mine.secretKey, peerPublicKey); // qready-expect: ML-DSA sign
  console.info('ML-KEM-768 handshake, signature bytes:', signature.length);
  return ml_kem768.encapsulate(peerPublicKey); // qready-expect: ML-KEM encapsulate
}

export async function partnerToken(claims: jose.JWTPayload, pkcs8: string): Promise<string> {
  const key = await jose.importPKCS8(pkcs8, LegacyAlg.Rsa); // qready-expect: RSA reference
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'PS384' }).sign(key); // qready-expect: RSA reference
}

export async function rotate(): Promise<jose.GenerateKeyPairResult> {
  return jose.generateKeyPair('ES256K', { extractable: true }); // qready-expect: ECDSA keygen
}

export function legacyToken(subject: string, privateKey: string): string {
  const algorithm: Algorithm = 'RS512'; // qready-expect: RSA reference
  return jwt.sign({ sub: subject }, privateKey, { algorithm: 'RS512' }); // qready-expect: RSA sign
}
