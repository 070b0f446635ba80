// bn.js as a minifier leaves it in a bundle (starkware-crypto-utils, round 167): MPrime is renamed, its
// error text stays; its primes built by name and compared by name are no curves. A curve defined is a use.
function Z(a, b) {
  this.name = a;
}
function ne() {
  Z.call(
    this,
    "p192",
    "ffffffff ffffffff ffffffff fffffffe ffffffff ffffffff"
  );
}
n._prime = function(a) {
  var o;
  if (a === "k256")
    o = new ne();
  else if (a === "p192")
    o = new V();
  else
    throw new Error("Unknown prime " + a);
  return o;
};
q("p224", { type: "short", prime: "p224", p: "ffffffff ffffffff ffffffff ffffffff 00000000 00000000 00000001" }); // qready-expect: ECDSA reference P-224
