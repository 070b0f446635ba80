// py-arkworks-bls12381's wrapper (round 245): arkworks' BLS12-381 scalars and field elements are arithmetic;
// its pairing names the curve and pairs (a use, as the round judged it).
use ark_bls12_381::Bls12_381; // qready-expect: BLS reference

fn scalar(data: &[u8]) -> Scalar {
    Scalar(ark_bls12_381::Fr::from_le_bytes_mod_order(data))
}

fn zero() -> GT {
    GT(ark_bls12_381::Fq12::zero())
}

fn pair(g1: &G1Point, g2: &G2Point) -> GT {
    GT(ark_bls12_381::Bls12_381::pairing(g1.0, g2.0).0) // qready-expect: BLS reference
}
