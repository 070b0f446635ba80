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
