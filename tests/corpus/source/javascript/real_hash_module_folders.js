// A national-standard library's modules (shaped on sm-crypto, audit round 82): the SM3 hash's module sits in
// the SM2 signature's folder; what is imported from it is the hash's, not SM2's. SM2's own module stays SM2's.
const { sm3, hmac } = require('../sm2/sm3');
const { generateKeyPairHex } = require('../sm2/utils'); // qready-expect: SM2 reference
const md5 = require('../legacy/md5'); // qready-expect: MD5 reference

function digest(message) {
  return hmac(sm3(message), md5(message)); // qready-expect: MD5 reference
}

module.exports = { digest, generateKeyPairHex };
