// A robot vacuum's command payloads (shaped on ecovacs-deebot, audit round 86): a checksum given by the
// caller is copied under the key "md5", no hash run; a table of hash functions imported stays a use.
const md5 = require('md5');  // qready-expect: MD5 reference

function firmwarePayload(url, md5sum, size) {
  return {
    'url': url,
    'md5': md5sum,
    'size': size,
  };
}

const hashers = {
  'md5': md5,  // qready-expect: MD5 reference
};

module.exports = { firmwarePayload, hashers };
