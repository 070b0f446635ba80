// jsbn's RSA key generation, as jsencrypt and its copies bundle it (rounds 5, 59 and 168): an RSA key's
// components worked on
RSAKey.prototype.generateAsync = function (B, E, callback) { // qready-expect: RSA reference
  var rsa = this;
  var loop1 = function () {
    rsa.q.fromNumberAsync(qs, 1, rng, function () { // qready-expect: RSA reference
      var p1 = rsa.p.subtract(BigInteger.ONE); // qready-expect: RSA reference
      return callback(p1, rsa.alpha.compute());
    });
  };
  loop1();
};
