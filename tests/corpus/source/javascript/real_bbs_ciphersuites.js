// BBS signatures named by their ciphersuites, BLS12-381 with SHA-256 or SHAKE-256 (shaped on
// @mattrglobal/pairing-crypto-rn, audit round 192; draft-irtf-cfrg-bbs-signatures): BBS's, not BLS signatures',
// though both are pairings on the same curve; the curve alone stays BLS's.
import { NativeModules } from "react-native";
import { bls12_381 } from "@noble/curves/bls12-381"; // qready-expect: BLS reference

const { PairingCryptoRn } = NativeModules;

export const generateKeyPair = (request) => PairingCryptoRn.Bls12381Sha256GenerateKeyPair(request); // qready-expect: BBS keygen
export const sign = (request) => PairingCryptoRn.Bls12381Shake256Sign(request); // qready-expect: BBS sign

export async function example(bbs, ikm, keyInfo) {
  const keyPair = await bbs.bls12381_sha256.generateKeyPair({ ikm, keyInfo }); // qready-expect: BBS keygen
  const aggregate = bls12_381.aggregateSignatures([keyPair.signature]); // qready-expect: BLS sign
  return aggregate;
}
