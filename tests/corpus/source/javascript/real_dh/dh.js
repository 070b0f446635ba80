// browserify's diffie-hellman (bundled by crypto-browserify; audit round 8): a class named DH implements
// finite-field Diffie-Hellman over bn.js, and its module is what `createDiffieHellman` returns.
var BN = require('bn.js');

function DH(prime, generator, malleable) { // qready-expect: FFDH reference
  this.setGenerator(generator);
  this.__prime = new BN(prime);
  this._pub = undefined;
  this._priv = undefined;
}

DH.prototype.generateKeys = function () { // qready-expect: FFDH reference
  if (!this._priv) {
    this._priv = new BN(randomBytes(this._primeLen));
  }
  this._pub = this._gen.toRed(this._prime).redPow(this._priv).fromRed();
  return this.getPublicKey();
};

DH.prototype.computeSecret = function (other) { // qready-expect: FFDH reference
  other = new BN(other);
  return other.toRed(this._prime).redPow(this._priv).fromRed();
};

module.exports = DH; // qready-expect: FFDH reference
