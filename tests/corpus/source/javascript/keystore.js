'use strict';

// Key management for the billing service: RSA for partner payloads, EC for webhooks.
// RS256 tokens are issued elsewhere; this comment, like the log lines below, is not a use.
const crypto = require('node:crypto');
const { generateKeyPairSync, createSign, createVerify, constants } = require('crypto');
const fs = require('fs');
const logger = require('./logger');

const SERVICE_BITS = 3072;
const LEGACY_BITS = 1024;
const md5Label = 'md5'; // qready-expect: MD5 reference

function newServiceKey() {
  logger.info('generating RSA key with modulusLength %d', SERVICE_BITS);
  return generateKeyPairSync('rsa', { // qready-expect: RSA keygen 3072
    modulusLength: SERVICE_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function newWebhookKey(callback) {
  crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, callback); // qready-expect: ECDSA keygen P-256
}

function newSigningKeys() {
  const ed = crypto.generateKeyPairSync('ed25519'); // qready-expect: EdDSA keygen
  const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: LEGACY_BITS, divisorLength: 160 }); // qready-expect: DSA keygen 1024
  return { ed, dsa };
}

function signPayload(privateKey, payload) {
  const signer = createSign('RSA-SHA256'); // qready-expect: RSA sign
  signer.update(payload);
  return signer.sign(privateKey, 'base64');
}

function verifyPayload(publicKey, payload, signature) {
  const verifier = createVerify('SHA256'); // any key type: not a finding
  verifier.update(payload);
  return verifier.verify(publicKey, signature, 'base64');
}

function signPss(privateKey, data) { // qready-expect: RSA reference
  return crypto.sign('sha256', data, {
    key: privateKey,
    padding: crypto.constants.RSA_PKCS1_PSS_PADDING, // qready-expect: RSA sign
    saltLength: constants.RSA_PSS_SALTLEN_DIGEST, // qready-expect: RSA sign
  });
}

function wrapForPartner(partnerPem, secret) {
  return crypto.publicEncrypt( // qready-expect: RSA encrypt
    { key: partnerPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, // qready-expect: RSA reference
    secret,
  );
}

function unwrap(privateKey, blob) {
  return crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, blob); // qready-expect: RSA decrypt
}

function encryptRecord(key, iv, plaintext) {
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv); // qready-expect: AES encrypt
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function decryptLegacyRecord(key, iv, data) {
  const decipher = crypto.createDecipheriv('des-ede3-cbc', key, iv); // qready-expect: 3DES decrypt
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('hex'); // qready-expect: MD5 digest
}

function fingerprint(der) {
  const sha256 = crypto.createHash('sha256').update(der).digest('hex'); // strong hash: out of scope
  const sha1 = crypto.createHash('sha1').update(der).digest('hex'); // qready-expect: SHA-1 digest
  return { sha256, sha1 };
}

function legacyHmac(secret, body) {
  return crypto.createHmac('sha1', secret).update(body).digest('hex'); // qready-expect: SHA-1 mac
}

function agree(peerPublicKey) {
  const ecdh = crypto.createECDH('prime256v1'); // qready-expect: ECDH key-agree P-256
  ecdh.generateKeys(); // qready-expect: ECDH keygen
  const dh = crypto.createDiffieHellman(2048); // qready-expect: FFDH key-agree 2048
  const group = crypto.getDiffieHellman('modp14'); // qready-expect: FFDH key-agree
  return { secret: ecdh.computeSecret(peerPublicKey), dh, group }; // qready-expect: ECDH reference
}

function loadKey(path) {
  const pem = fs.readFileSync(path, 'utf8');
  if (!pem.includes('RSA')) { // qready-expect: RSA reference
    throw new Error('RS256 needs an RSA key'); // error text: not a use
  }
  logger.warn('rsa key loaded, md5 %s', md5Label);
  return crypto.createPrivateKey(pem);
}

module.exports = {
  newServiceKey, newWebhookKey, newSigningKeys, signPayload, verifyPayload, signPss, wrapForPartner, unwrap, // qready-expect: RSA reference
  encryptRecord, decryptLegacyRecord, etag, fingerprint, legacyHmac, agree, loadKey,
};
