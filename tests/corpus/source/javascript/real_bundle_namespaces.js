// A bundle's module namespaces (esbuild's output, shaped on sm-crypto-v2's dist/index.js, audit round 343):
// `var sm2_exports = {};` is the empty object the bundler fills with the module's exports, no use; the
// module's own functions are.
var sm2_exports = {};
__export(sm2_exports, {
  doSignature: () => doSignature,
});
var ed25519_wasm_exports = {};

function doSignature(msg, privateKey) {
  return sm2.doSignature(msg, privateKey); // qready-expect: SM2 sign
}

// A test looking for an algorithm's name in an error's message: its words, no use.
test("rejects a weak key", () => {
  expect(err.message).toContain("RSA");
  expect(error.message.includes("ECDSA")).toBe(true);
});
