var generatePrime = require('./generatePrime');
var primes = require('./primes.json');
var DH = require('./dh'); // qready-expect: FFDH reference

function getDiffieHellman(mod) { // qready-expect: FFDH reference
  var prime = new Buffer(primes[mod].prime, 'hex');
  var gen = new Buffer(primes[mod].gen, 'hex');
  return new DH(prime, gen); // qready-expect: FFDH reference
}

function agreement() {
  return { name: "DH" }; // qready-expect: FFDH reference
}

// a window's size, not Diffie-Hellman
var dw = 2, dh = 3;
var area = dw * dh;

exports.DiffieHellmanGroup = exports.createDiffieHellmanGroup = exports.getDiffieHellman = getDiffieHellman; // qready-expect: FFDH reference
module.exports.agreement = agreement;
