# A binding of secp256k1-zkp (shaped on secp256k1-zkp-mw, audit round 134): Grin's aggregated signatures
# are Schnorr's, and the curve's commitments and whitelist signatures are no ECDSA; its ECDSA is.
from ._zkp import ffi, lib


def secp256k1_aggsig_sign_single(ctx, msg32, seckey32):  # qready-expect: Schnorr reference
    sig = ffi.new("char [64]")
    lib.secp256k1_aggsig_sign_single(ctx, sig, msg32, seckey32, ffi.NULL)  # qready-expect: Schnorr sign
    return bytes(ffi.buffer(sig, 64))


def secp256k1_pubkey_to_pedersen_commitment(ctx, pubkey):
    commit = ffi.new("secp256k1_pedersen_commitment *")
    return commit


def secp256k1_whitelist_signature(ctx):
    return ffi.new("secp256k1_whitelist_signature *")


def secp256k1_ecdsa_sign(ctx, msg32, seckey):  # qready-expect: ECDSA reference secp256k1
    sig = ffi.new("secp256k1_ecdsa_signature *")  # qready-expect: ECDSA reference secp256k1
    return lib.secp256k1_ecdsa_sign(ctx, sig, msg32, seckey, ffi.NULL, ffi.NULL)  # qready-expect: ECDSA sign secp256k1
