"""Shapes of ed25519-python and embit (rounds 20 and 26): a C library's functions declared to ctypes, by
their argument and result types, are the library's algorithm's."""

import ctypes
from ctypes import c_char_p, c_int, c_void_p

libed2559 = ctypes.CDLL("libed25519.so")
libed2559.ed25519_verify.argtypes = [  # qready-expect: EdDSA reference
    c_char_p,
]
secp256k1 = ctypes.CDLL("libsecp256k1.so")
secp256k1.secp256k1_ec_pubkey_parse.argtypes = [c_void_p, c_char_p, c_char_p, c_int]  # qready-expect: ECDSA reference secp256k1
secp256k1.secp256k1_ec_pubkey_tweak_add.restype = c_int  # qready-expect: ECDSA reference secp256k1
libc = ctypes.CDLL("libc.so.6")
libc.memcpy.restype = c_void_p

# OpenSSL's elliptic-curve API declared to ctypes and called (ctypescrypto, python-bitcoinlib, pyelliptic;
# rounds 33, 99 and 166)
libcrypto = ctypes.CDLL("libcrypto.so")
libcrypto.EC_POINT_new.restype = c_void_p  # qready-expect: ECDSA reference
libcrypto.EC_KEY_get0_group.argtypes = (c_void_p,)  # qready-expect: ECDSA reference


def new_key(nid: int) -> int:
    key = libcrypto.EC_KEY_new_by_curve_name(nid)  # qready-expect: ECDSA reference
    libcrypto.EC_KEY_generate_key(key)  # qready-expect: ECDSA keygen
    return key
