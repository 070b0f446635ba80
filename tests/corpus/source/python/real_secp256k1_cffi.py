# A Bitcoin library's libsecp256k1 bindings (shaped on buidl's chash.py and pecc.py, audit round 67): BIP 340's
# tagged hash under the library's prefix is SHA-256 (out of scope), not secp256k1; its keys and signatures are.
from _libsec import ffi, lib


def tagged_hash(tag, msg):
    result = ffi.new("unsigned char [32]")
    if not lib.secp256k1_tagged_sha256(GLOBAL_CTX, result, tag, len(tag), msg, len(msg)):
        raise RuntimeError("libsecp256k1 tagged hash problem")
    return bytes(ffi.buffer(result, 32))


def sign(msg, secret):
    sig = ffi.new("secp256k1_ecdsa_signature *")  # qready-expect: ECDSA reference secp256k1
    if not lib.secp256k1_ecdsa_sign(GLOBAL_CTX, sig, msg, secret, ffi.NULL, ffi.NULL):  # qready-expect: ECDSA sign secp256k1
        raise RuntimeError("libsecp256k1 ecdsa signing problem")
    return sig
