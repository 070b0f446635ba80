# py-arkworks-bls12381's tests (round 245): the curve's module is imported, then its scalars, points and
# pairing results are arithmetic; py_ecc's BLS signatures on the same lines' neighbours are uses.
from py_arkworks_bls12381 import G1Point, G2Point, GT, Scalar  # qready-expect: BLS reference
from py_ecc.bls import G2ProofOfPossession as PyEccBLS  # qready-expect: BLS reference


def identity():
    return G1Point.identity()


def test_scalar():
    assert Scalar(3) * Scalar(4) == Scalar(12)
    assert GT.one() != GT.zero()
    return G2Point() * Scalar(123456789)


def test_sign(ikm, message):
    secret = PyEccBLS.KeyGen(ikm)  # qready-expect: BLS keygen
    return PyEccBLS.Sign(secret, message)  # qready-expect: BLS sign
