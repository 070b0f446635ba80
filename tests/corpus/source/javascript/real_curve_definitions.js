// Curves defined from their parameters (shaped on noble-curves as @fuel-ts/signer's and @noble/ed25519's
// bundles hold it, audit rounds 26 and 76): the curve's own definition
function createCurve(params) {
  return params;
}

const ed25519_CURVE = Object.freeze({ // qready-expect: EdDSA reference
  p: 2n ** 255n - 19n,
});

var secp256k1 = createCurve({ // qready-expect: ECDSA reference secp256k1
  a: BigInt(0),
  b: BigInt(7),
});

const settings = Object.freeze({ p: 1n });

module.exports = { settings, createCurve };
