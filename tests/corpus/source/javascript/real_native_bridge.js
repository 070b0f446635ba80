// Shapes from react-native-fast-rsa, Cordova plugins and webcrypto-core: a JS class that calls native code by
// method name, and a table of the curves a library knows.
export class FastRSA { // qready-expect: RSA reference
  async decryptOAEP(ciphertext, hash, label, privateKey) { // qready-expect: RSA reference
    const result = await this.call('decryptOAEP', builder.asUint8Array()); // qready-expect: RSA reference
    return result;
  }

  async exportKeys() {
    // method names that are no operation on an algorithm
    return [await this.call('getVersion', 1), await this.call('exportKeyFile', 2), await this.call('signData', 3)];
  }
}

cordova.exec(onSuccess, onError, 'SecureStorage', 'encryptRSA', [alias, value]); // qready-expect: RSA reference

const curves = [
  { name: "brainpoolP160r1", id: idBrainpoolP160r1, size: 160 }, // qready-expect: ECDSA reference brainpoolP160r1
  { name: "secp192k1", id: "1.3.132.0.31", size: 192 }, // qready-expect: ECDSA reference secp192k1
  { name: "prime239v1", id: "1.2.840.10045.3.1.4", size: 239 }, // qready-expect: ECDSA reference prime239v1
];

// react-native-quick-md5: the native module's presence tested, then its function called
function quickMd5(global, data) { // qready-expect: MD5 reference
  const Md5Module = NativeModules.QuickMd5; // qready-expect: MD5 reference
  if (Md5Module && typeof Md5Module.install === 'function') {
    Md5Module.install(); // qready-expect: MD5 reference
  }
  if (typeof global.md5FromArrayBuffer !== 'undefined') {
    return global.md5FromArrayBuffer(data); // qready-expect: MD5 reference
  }
  return null;
}

// wechatpay-axios-plugin's lib/rsa.js: OAEP padding as a parameter's default
const { constants: { RSA_PKCS1_OAEP_PADDING } } = require('crypto'); // qready-expect: RSA reference
class Rsa { // qready-expect: RSA reference
  static encrypt(plaintext, publicKey, padding = RSA_PKCS1_OAEP_PADDING) { // qready-expect: RSA reference
    return [plaintext, publicKey, padding];
  }
}

// (round 42) pubnub's AES-CBC cryptor: the cipher's name is held in a field, the variable made says it;
// mediasoup's SRTP suite as a parameter's default; a suite assigned
const { createDecipheriv } = require('crypto');
class AesCbcCryptor { // qready-expect: AES reference
  decrypt(key, iv, data) {
    const aes = createDecipheriv(this.algo, key, iv); // qready-expect: AES decrypt
    return data;
  }
}
function createPlainTransport({ listenIp, srtpCryptoSuite = 'AES_CM_128_HMAC_SHA1_80' } = {}) { // qready-expect: AES reference; SHA-1 reference
  return [listenIp, srtpCryptoSuite];
}

// (round 43) http-auth's Digest algorithm compared; mastercard-client-encryption's JWE encoding mapped to a
// cipher's full name
function digestAlgorithm(co) {
  if (co.algorithm === "MD5-sess") { // qready-expect: MD5 reference
    return "sess";
  }
  let decryptionEncoding = null;
  decryptionEncoding = "AES-128-GCM"; // qready-expect: AES reference
  return decryptionEncoding;
}
