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
// ...and as a tighter minifier leaves it (@proton/signing-request's bundle, round 443): one line a prime, names
// compared the other way round
function v(){m.call(this,"k256","ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff fffffffe fffffc2f")}function g(){m.call(this,"p224","ffffffff ffffffff ffffffff ffffffff 00000000 00000000 00000001")}
n._prime=function(t){if(y[t])return y[t];var e;if("k256"===t)e=new v;else if("p224"===t)e=new g;else throw new Error("Unknown prime "+t);return y[t]=e,e};
