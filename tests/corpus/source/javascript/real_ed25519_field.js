// noble-curves' Ed25519 as a bundle inlines it (shaped on @farcaster/jfs's dist, audit round 194; round 107):
// the field's constants and helpers, named after the curve, are arithmetic, no signature; the curve itself and
// the signing built on it are the uses.
const P = 2n ** 255n - 19n;
const ED25519_SQRT_M1 = BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");

function ed25519_pow_2_252_3(x) {
  const b2 = (x * x) % P;
  return { pow_p_5_8: (b2 * x) % P, b2 };
}

function uvRatio(u, v) {
  const { pow_p_5_8 } = ed25519_pow_2_252_3(u * v);
  const noRoot = pow_p_5_8 === (-u * ED25519_SQRT_M1) % P;
  return { isValid: !noRoot, value: pow_p_5_8 };
}

export function makeSigner(edwards, eddsa, sha512, ed25519_CURVE) {
  const ed25519Point = edwards(ed25519_CURVE, { uvRatio }); // qready-expect: EdDSA reference
  return eddsa(ed25519Point, sha512); // qready-expect: EdDSA reference
}
