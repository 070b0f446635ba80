// Browser-side crypto for the collaborative editor: WebCrypto only, no polyfills.
export type Keys = { signing: CryptoKeyPair; sharing: CryptoKeyPair; content: CryptoKey };

const RSA_PARAMS: RsaHashedKeyGenParams = { // qready-expect: RSA reference
  name: 'RSA-PSS', // qready-expect: RSA reference
  modulusLength: 3072,
  publicExponent: new Uint8Array([0x01, 0x00, 0x01]),
  hash: 'SHA-256',
};

const EC_PARAMS: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' }; // qready-expect: ECDSA reference P-256

export async function createKeys(): Promise<Keys> {
  const signing = await crypto.subtle.generateKey(RSA_PARAMS, false, ['sign', 'verify']); // qready-expect: RSA keygen
  const sharing = (await crypto.subtle.generateKey( // qready-expect: ECDH keygen P-521
    { name: 'ECDH', namedCurve: 'P-521' }, // qready-expect: ECDH reference P-521
    false,
    ['deriveBits'],
  )) as CryptoKeyPair;
  const content = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']); // qready-expect: AES keygen
  return { signing, sharing, content };
}

export async function signDocument(key: CryptoKey, data: BufferSource): Promise<ArrayBuffer> {
  return crypto.subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, key, data); // qready-expect: RSA sign
}

export async function verifyPeer(key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean> {
  const params: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' }; // qready-expect: ECDSA reference
  return crypto.subtle.verify(params, key, signature, data); // qready-expect: ECDSA verify
}

export async function verifyEd25519(key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean> { // qready-expect: EdDSA reference
  return crypto.subtle.verify('Ed25519', key, signature, data); // qready-expect: EdDSA verify
}

export async function encryptBlock(key: CryptoKey, iv: Uint8Array, data: BufferSource): Promise<ArrayBuffer> {
  const params: AesGcmParams = { name: 'AES-GCM', iv }; // qready-expect: AES reference
  return crypto.subtle.encrypt(params, key, data); // qready-expect: AES encrypt
}

export async function wrapForRecipient(key: CryptoKey, recipient: CryptoKey): Promise<ArrayBuffer> {
  return crypto.subtle.wrapKey('raw', key, recipient, { name: 'RSA-OAEP' }); // qready-expect: RSA encrypt
}

export async function unwrapFromSender(wrapped: ArrayBuffer, kek: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', false, ['decrypt']); // qready-expect: AES decrypt
}

export async function sharedSecret(privateKey: CryptoKey, peer: CryptoKey): Promise<ArrayBuffer> {
  const params: EcdhKeyDeriveParams = { name: 'ECDH', public: peer }; // qready-expect: ECDH reference
  return crypto.subtle.deriveBits(params, privateKey, 256);
}

export async function importVerifier(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-384' } as EcKeyImportParams, true, ['verify']); // qready-expect: ECDSA reference P-384
}

export async function checksum(data: BufferSource): Promise<ArrayBuffer> {
  return crypto.subtle.digest({ name: 'SHA-1' }, data); // qready-expect: SHA-1 digest
}

export async function strongChecksum(data: BufferSource): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', data);
}

// MDN's shape: an algorithm object over several lines; paseto's `name` held in a variable
export async function signingKeys(name: string, pkcs8: ArrayBuffer) {
  const pair = await crypto.subtle.generateKey( // qready-expect: ECDSA keygen P-384
    {
      name: 'ECDSA', // qready-expect: ECDSA reference
      namedCurve: 'P-384', // qready-expect: ECDSA reference P-384
    },
    true,
    ['sign', 'verify'],
  );
  const shared = await crypto.subtle.generateKey( // qready-expect: ECDH keygen P-256
    {
      name: 'ECDH', // qready-expect: ECDH reference
      namedCurve: 'P-256', // an ECDH object's curve is ECDH's: qready-expect: ECDH reference P-256
    },
    true,
    ['deriveKey'],
  );
  const imported = await crypto.subtle.importKey('pkcs8', pkcs8, { name, namedCurve: 'P-384' }, false, ['sign']); // qready-expect: ECDSA reference P-384
  return [pair, shared, imported];
}

// oslo's RSA key pair: WebCrypto's name of PKCS#1 v1.5 signatures, on the line after the call
export async function osloKeys() {
  const pair = await crypto.subtle.generateKey({ // qready-expect: RSA keygen 2048
    name: 'RSASSA-PKCS1-v1_5', // qready-expect: RSA reference
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  }, true, ['sign', 'verify']);
  return crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, new Uint8Array(8)); // qready-expect: RSA sign
}
