// @bicycle-codes/crypto-util's bundle (round 246): esbuild's `__name` keeps each converter's name, a string
// that selects nothing; the key type the converter writes is a use.
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
const publicKeyToDid = {
  rsa: /* @__PURE__ */ __name(function(publicKey) {
    return toDid(publicKey, "rsa");  // qready-expect: RSA reference
  }, "rsa"),
  ed25519: /* @__PURE__ */ __name(function(publicKey) {  // qready-expect: EdDSA reference
    return toDid(publicKey, "ed25519");  // qready-expect: EdDSA reference
  }, "ed25519")
};
