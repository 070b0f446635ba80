// Arithmetic modulo a curve's group order, through elliptic's `curve` member (shaped on @tkey/core, audit
// round 75): the order is the named curve's
import { secp256k1 } from "@tkey/common-types"; // qready-expect: ECDSA reference secp256k1

export function lagrange(shares, index) {
  let tmp = shares[0].umod(secp256k1.curve.n); // qready-expect: ECDSA reference secp256k1
  const inverse = index.invm(secp256k1.curve.n); // qready-expect: ECDSA reference secp256k1
  return tmp.mul(inverse);
}
