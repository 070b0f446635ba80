// Two-letter strings that are not key types: hex digit pairs and event names.
const _lut = ['00', '0a', 'eb', 'ec', 'ed', 'ff'];
injectHook('ec', hook, target);
const pair = { ec: 'ec', rsa: 1 };

function keyKind(key) {
  if (key.asymmetricKeyType === 'ec') return 'elliptic'; // qready-expect: ECDSA reference
  return 'other';
}
// An error class named after an algorithm, thrown: no use (the check that throws it is).
class RSAKeyTooShort extends Error {}
function checkSize(bits) {
  if (bits < 2048) throw new RSAKeyTooShort(bits);
  return bits;
}
module.exports = { keyKind, _lut, pair, checkSize };
