import {
  createECDH, // qready-expect: ECDH reference
  createHash,
  createPrivateKey,
  generateKeyPairSync, // imported names alone are not uses
  privateDecrypt,
  publicEncrypt,
  constants,
  type ECDH, // qready-expect: ECDH reference
  type KeyObject,
  type RSAKeyPairOptions, // qready-expect: RSA reference
} from 'node:crypto';
import * as crypto from 'node:crypto';
import { logger } from './logger';

export interface KeyPairPem {
  publicKey: string;
  privateKey: string;
}

const KEY_BITS = 3072;
const rsaKeyCount = 0; // a variable named after RSA is not a use

export class KeyService {
  private readonly ecdh: ECDH; // qready-expect: ECDH reference

  constructor(private readonly curve: string = 'prime256v1') {
    this.ecdh = createECDH(curve); // qready-expect: ECDH key-agree
  }

  newRsaKey(): KeyPairPem { // qready-expect: RSA reference
    const options: RSAKeyPairOptions<'pem', 'pem'> = { // qready-expect: RSA reference
      modulusLength: KEY_BITS,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    };
    logger.info(`generating rsa key (${KEY_BITS} bits), ${rsaKeyCount} so far`);
    return generateKeyPairSync('rsa', options); // qready-expect: RSA keygen
  }

  newX25519(): { publicKey: KeyObject; privateKey: KeyObject } { // qready-expect: ECDH reference
    return crypto.generateKeyPairSync('x25519'); // qready-expect: ECDH keygen
  }

  newMlKem(): { publicKey: KeyObject; privateKey: KeyObject } { // qready-expect: ML-KEM reference
    return crypto.generateKeyPairSync('ml-kem-768'); // qready-expect: ML-KEM keygen
  }

  seal(publicKey: KeyObject, data: Buffer): Buffer {
    return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING }, data); // qready-expect: RSA encrypt
  }

  open(privateKey: KeyObject, data: Buffer): Buffer {
    return privateDecrypt( // qready-expect: RSA decrypt
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, // qready-expect: RSA reference
      data,
    );
  }

  contentId(data: Buffer): string {
    return createHash('md5').update(data).digest('base64url'); // qready-expect: MD5 digest
  }

  signLegacy(pem: string, data: Buffer): Buffer {
    const key: KeyObject = createPrivateKey(pem);
    return crypto.sign('RSA-SHA1', data, key); // qready-expect: RSA sign
  }

  signEd25519(key: KeyObject, data: Buffer): Buffer { // qready-expect: EdDSA reference
    return crypto.sign(null, data, key); // the key decides the algorithm: not a finding
  }

  weakCipher(key: Buffer): crypto.Cipher {
    return crypto.createCipheriv('bf-cbc', key, Buffer.alloc(8)); // qready-expect: Blowfish encrypt
  }

  publicKey(): Buffer {
    return this.ecdh.generateKeys(); // qready-expect: ECDH keygen
  }
}

export function convert(key: string): string | Buffer {
  return crypto.ECDH.convertKey(key, 'secp256k1', 'hex', 'hex', 'compressed'); // qready-expect: ECDH reference
}
