// Names a React Native RSA module and a WebCrypto shim give after RSA's paddings and after algorithms
// (shapes of react-native-fast-rsa and @peculiar/webcrypto); look-alikes stay out.
import { EncryptOAEPBytesRequest } from './model/encrypt-oaepbytes-request'; // qready-expect: RSA reference
import { SignPKCS1v15BytesRequest } from './model/sign-pkcs1v15-bytes-request'; // qready-expect: RSA reference

export interface RsaKeyAlgorithm { // qready-expect: RSA reference
  modulusLength: number;
}

export enum Padding {
  RSA_PKCS1_OAEP = 4, // qready-expect: RSA reference
  NONE = 0,
}

export class RsaCipher { // qready-expect: RSA reference
  static async encryptPKCS1v15Bytes(message: Uint8Array): Promise<Uint8Array> { // qready-expect: RSA reference
    return RsaCrypto.exportKey('spki', message); // qready-expect: RSA reference
  }
}

const ALGORITHMS = {
  ECDSA: { hash: 'SHA-256' }, // qready-expect: ECDSA reference
  Universal: { hash: 'SHA-256' },
  conversation: 1,
};

export function describeKeys(): string {
  return 'rsa keys are slow';
}

// rn-encryption's TurboModule spec and its web twin, did-jwt's key types, fido2-lib's COSE names (round 10)
export interface Spec {
  generateRSAKeyPair(): KeyPair; // qready-expect: RSA reference
  getPublicECDSAKey(privateKey: string): string; // qready-expect: ECDSA reference
  getRandomBytes(size: number): string;
}
const { generateAESKey, getRandomBytes } = WebEncryption; // qready-expect: AES reference
type KnownVerificationMethod =
  | 'JsonWebKey2020'
  | 'X25519KeyAgreementKey2020'; // qready-expect: ECDH reference
export const ECDH_1PU_ALG = 'ECDH-1PU+XC20PKW'; // qready-expect: ECDH reference
const COSE_ALGORITHMS = {
  '-258': 'RSASSA-PKCS1-v1_5_w_SHA384', // qready-expect: RSA reference
  '-37': 'RSASSA-PSS_w_SHA-256', // qready-expect: RSA reference
};
// @aws-crypto's algorithm suites: an enum's quoted member names its algorithms
export enum AlgorithmSuiteIdentifier {
  'ALG_AES128_GCM_IV12_TAG16_HKDF_SHA256_ECDSA_P256' = 532, // qready-expect: AES reference 128; ECDSA reference P-256
  'NO_SUITE' = 0,
}
