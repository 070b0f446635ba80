// A rollup's blob commitments over BLS12-381 (shaped on @aztec/foundation's curves/bls12 and @aztec/blob-lib,
// audit round 439): the curve's field elements and points are KZG arithmetic, no BLS signature; a BLS
// signature made with the same curve's library still is one.
import { BLS12Fr, BLS12Point } from '@aztec/foundation/curves/bls12';
import { BLS12_FQ_LIMBS, BLS12_FR_LIMBS } from '@aztec/constants';
import { bls12_381 } from '@noble/curves/bls12-381'; // qready-expect: BLS reference

export abstract class BLS12Field {
  static ONE = new BLS12Fr(1n);
  static ZERO = new BLS12Point(BLS12Fq.ZERO, BLS12Fq.ZERO, true);

  add(rhs: BLS12Fr): BLS12Fr {
    return BLS12Fr.fromNoirBigNum({ limbs: reader.readFieldArray(BLS12_FR_LIMBS) });
  }
}

export function sign(message: Uint8Array, secret: Uint8Array): Uint8Array {
  return bls12_381.sign(message, secret); // qready-expect: BLS sign
}
