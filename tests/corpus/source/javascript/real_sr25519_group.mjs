// An sr25519 implementation on noble's curves (shaped on @scure/sr25519, audit round 152): the Ristretto group
// it imports from the Ed25519 module is sr25519's Schnorr group, no EdDSA; the Ed25519 curve imported beside it
// still is the module's.
import { ristretto255 } from '@noble/curves/ed25519.js';
import { ed25519 } from '@noble/curves/ed25519.js'; // qready-expect: EdDSA reference

export const RistrettoPoint = ristretto255.Point;

// micro-sr25519's signing (round 270): the older noble export, `RistrettoPoint` in capitals, is the same group.
import * as ed25519_1 from '@noble/curves/ed25519'; // qready-expect: EdDSA reference
import { RistrettoPoint as Point } from '@noble/curves/ed25519';

export function verify(publicKey, secretKey, s) {
  const pubPoint = Point.fromHex(publicKey);
  const own = ed25519_1.RistrettoPoint.fromHex(secretKey);
  const signed = ed25519_1.ed25519.sign(s, secretKey); // qready-expect: EdDSA sign
  return [pubPoint, own, signed];
}
