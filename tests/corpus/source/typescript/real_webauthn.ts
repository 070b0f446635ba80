// WebAuthn/COSE helpers in the style of @simplewebauthn/server, SCRAM in the style of the MongoDB driver.
import * as crypto from 'crypto';
import { secp256k1 } from '@noble/curves/secp256k1'; // qready-expect: ECDSA reference secp256k1

export enum COSEALG {
  ES256 = -7, // qready-expect: ECDSA reference
  RS256 = -257, // qready-expect: RSA reference
}

export enum COSECRV {
  P256 = 1, // qready-expect: ECDSA reference P-256
  ED25519 = 6, // qready-expect: EdDSA reference
}

type CryptoMethod = 'sha1' | 'sha256'; // qready-expect: SHA-1 reference

export function keyAlgName(alg: number): string {
  if ([COSEALG.ES256].indexOf(alg) >= 0) { // qready-expect: ECDSA reference
    return 'ECDSA'; // qready-expect: ECDSA reference
  } else if (alg === COSEALG.RS256) { // qready-expect: RSA reference
    return 'RSASSA-PKCS1-v1_5'; // qready-expect: RSA reference
  }
  throw new Error('Unexpected alg, expected ECDSA or RSA-PSS');
}

export function curveName(crv: number): string {
  if (crv === COSECRV.P256) { // qready-expect: ECDSA reference P-256
    return 'P-256'; // qready-expect: ECDSA reference P-256
  }
  return crv === COSECRV.ED25519 ? 'Ed25519' : 'unknown'; // qready-expect: EdDSA reference
}

export async function verifyEC2(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  const algorithm = { name: 'ECDSA', hash: { name: 'SHA-256' } }; // qready-expect: ECDSA reference
  return crypto.webcrypto.subtle.verify(algorithm, key, signature, data); // qready-expect: ECDSA verify
}

export async function legacyDigest(subtleCrypto: SubtleCrypto, data: Uint8Array): Promise<ArrayBuffer> {
  return subtleCrypto.digest('SHA-1', data); // qready-expect: SHA-1 digest
}

export class Scram {
  private readonly method: CryptoMethod;
  constructor(method?: CryptoMethod) {
    this.method = method || 'sha1'; // qready-expect: SHA-1 reference
  }
  mechanism(): string {
    return this.method === 'sha1' ? 'SCRAM-SHA-1' : 'SCRAM-SHA-256'; // qready-expect: SHA-1 reference
  }
}

export function recover(hex: string) {
  return secp256k1.ProjectivePoint.fromHex(hex); // qready-expect: ECDSA reference secp256k1
}

export function agree(priv: Uint8Array, pub: Uint8Array) {
  return secp256k1.getSharedSecret(priv, pub); // qready-expect: ECDH key-agree
}

export function ecdhKey() { // qready-expect: ECDH reference
  return crypto.createECDH('prime256v1'); // qready-expect: ECDH key-agree P-256
}
