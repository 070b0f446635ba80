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
