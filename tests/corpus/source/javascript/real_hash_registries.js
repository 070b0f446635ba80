// Registries keyed by an algorithm's name (round 44): ali-oss's crypto shim maps each hash to its module, and
// idtoken-verifier's RSA verifier keeps each hash's PKCS#1 DigestInfo prefix (its DER holds the hash's OID)
'use strict';

const md5 = require('./md5'); // qready-expect: MD5 reference
const util = require('./util');

module.exports = {
  md5: md5, // qready-expect: MD5 reference
  sha1: util.sha1, // qready-expect: SHA-1 reference
  digest: util.md5, // qready-expect: MD5 reference
  createHash: util.createHash,
};

const DIGEST_INFO = {
  sha1: '3021300906052b0e03021a05000414', // qready-expect: SHA-1 reference
  md5: '3020300c06082a864886f70d020505000410', // qready-expect: MD5 reference
  'md5': '3020300c06082a864886f70d020505000410', // qready-expect: MD5 reference
  sha256: '3031300d060960864801650304020105000420',
};

// a file's digests, keyed by their hash: values, no use
const checksums = {
  md5: 'd41d8cd98f00b204e9800998ecf8427e',
  sha1: upload.etag,
  sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'md5': 'd41d8cd98f00b204e9800998ecf8427e',
};

module.exports.verify = (hash, signature) => DIGEST_INFO[hash] + signature + checksums.sha256;

// ed25519-keygen's OpenPGP tables (round 46): the cipher each code selects, the curves' OIDs
const EncryptionEnum = {
  plaintext: 0,
  tripledes: 2, // qready-expect: 3DES reference
  aes128: 7, // qready-expect: AES reference 128
  aes256: 9, // qready-expect: AES reference 256
};
const EncryptionKeySize = { plaintext: 0, aes192: 24 }; // qready-expect: AES reference 192
const CurveOID = {
  ed25519: '1.3.6.1.4.1.11591.15.1', // qready-expect: EdDSA reference
  curve25519: '1.3.6.1.4.1.3029.1.5.1', // qready-expect: ECDH reference
};
const stats = { total: 3, failed: 0 };
module.exports.tables = [EncryptionEnum, EncryptionKeySize, CurveOID, stats];
