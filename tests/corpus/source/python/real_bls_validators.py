# A consensus client's validator keys (shaped on py_ecc's and Chia's blspy APIs): BLS signatures, on
# BLS12-381 where the code names the curve or the ciphersuite's domain tag; a labour-statistics API's key is
# no BLS.
from blspy import AugSchemeMPL, PrivateKey  # qready-expect: BLS reference
from py_ecc.bls import G2ProofOfPossession as bls_pop  # qready-expect: BLS reference
from py_ecc.optimized_bls12_381 import G1, multiply  # qready-expect: BLS reference

POP_TAG = b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"  # qready-expect: BLS reference
BLS_API_KEY = "registration-key"


def sign_attestation(secret_key: int, signing_root: bytes) -> bytes:
    return bls_pop.Sign(secret_key, signing_root)  # qready-expect: BLS sign


def check_aggregate(public_keys: list[bytes], message: bytes, signature: bytes) -> bool:
    return bls_pop.FastAggregateVerify(public_keys, message, signature)  # qready-expect: BLS verify


def farmer_key(seed: bytes) -> PrivateKey:  # qready-expect: BLS reference
    return AugSchemeMPL.key_gen(seed)  # qready-expect: BLS keygen


def public_point(secret: int):
    return multiply(G1, secret)  # qready-expect: BLS reference
