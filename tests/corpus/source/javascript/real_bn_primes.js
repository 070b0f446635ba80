// bn.js as bundles carry it (rounds 20 and 21 of the source audit): its fast-reduction primes are named after
// the curves they serve; elliptic defining a curve is a use.
function MPrime (name, p) {
  this.name = name;
}
function K256 () {
  MPrime.call(
    this,
    'k256',
    'ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff fffffffe fffffc2f');
}
inherits(K256, MPrime);
function P224 () {
  MPrime.call(this,
    'p224',
    'ffffffff ffffffff ffffffff ffffffff 00000000 00000000 00000001');
}
inherits(P224, MPrime);
BN._prime = function prime (name) {
  if (name === 'p224') {
    prime = new P224();
  }
};
defineCurve('p192', { type: 'short', prime: 'p192' }); // qready-expect: ECDSA reference P-192
