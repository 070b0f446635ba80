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
