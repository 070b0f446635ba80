// BSON's binary subtypes as a bundled bson library exports them (shaped on hotpocket-js-client's browser.js,
// audit round 383): the tag of data holding an MD5 digest, no MD5 computed; a digest computed stays a use.
"use strict";

exports.BSON_BINARY_SUBTYPE_UUID = 4;
exports.BSON_BINARY_SUBTYPE_MD5 = 5;
const constants = exports;
const subtype = constants.BSON_BINARY_SUBTYPE_MD5;

function checksum(crypto, data) {
  return crypto.createHash("md5").update(data).digest("hex"); // qready-expect: MD5 digest
}

module.exports = { subtype, checksum };
