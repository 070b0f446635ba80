// An sr25519 implementation on noble's curves (shaped on @scure/sr25519, audit round 152): the Ristretto group
// it imports from the Ed25519 module is sr25519's Schnorr group, no EdDSA; the Ed25519 curve imported beside it
// still is the module's.
import { ristretto255 } from '@noble/curves/ed25519.js';
import { ed25519 } from '@noble/curves/ed25519.js'; // qready-expect: EdDSA reference

export const RistrettoPoint = ristretto255.Point;
