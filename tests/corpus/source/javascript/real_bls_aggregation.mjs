// Aggregated validator signatures with noble-curves' BLS12-381 (named.toml named.bls12-381): the curve's
// object signs, verifies and aggregates.
import { bls12_381 } from '@noble/curves/bls12-381'; // qready-expect: BLS reference

export function signVote(privateKey, message) {
  return bls12_381.sign(message, privateKey); // qready-expect: BLS sign
}

export function checkVotes(publicKeys, message, signatures) {
  const aggregated = bls12_381.aggregateSignatures(signatures); // qready-expect: BLS sign
  const key = bls12_381.aggregatePublicKeys(publicKeys); // qready-expect: BLS reference
  return bls12_381.verify(aggregated, message, key); // qready-expect: BLS verify
}

// BBS+ signatures on the same curve are another scheme (@mattrglobal's key conversion, audit round 158)
export const toBbsKey = (keyPair, messageCount) => bls12381toBbs({ keyPair, messageCount });
