// Names that fuse an algorithm to its operation or its package's word (shaped on bignumber's copy of jsbn's
// rsasign and superdilithium, audit round 79)
const dilithium = require('dilithium-crystals'); // qready-expect: Dilithium reference

var _RSASIGN_DIHEAD = []; // qready-expect: RSA reference

function _rsasign_signString(s, hashAlg) { // qready-expect: RSA reference
  return dilithium.keyPair(); // qready-expect: Dilithium reference
}

module.exports = { signString: _rsasign_signString };
