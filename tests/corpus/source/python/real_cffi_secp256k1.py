"""Shapes from the secp256k1 package's cffi wrapper (round 21 of the source audit): the C types named to cffi,
and the library's functions handed on."""
from ._libsecp256k1 import ffi, lib  # qready-expect: ECDSA reference secp256k1


def _tweak_public(ctx, tweak, data):
    return tweak(ctx, data)


def parse_signature(ctx, data):
    raw = ffi.new('secp256k1_ecdsa_signature *')  # qready-expect: ECDSA reference secp256k1
    buffer = ffi.new('char *')
    return raw, buffer, _tweak_public(ctx, lib.secp256k1_ec_pubkey_tweak_add, data)  # qready-expect: ECDSA reference secp256k1


def parse_keys(ctx, pubkeys):
    """Round 16 and 21: a key's C type is a type, for all its name ends in `pubkey`."""
    pubkey = ffi.new('secp256k1_pubkey *')  # qready-expect: ECDSA reference secp256k1
    many = ffi.new("secp256k1_pubkey *[]", pubkeys)  # qready-expect: ECDSA reference secp256k1
    label = "rsa-key"
    return pubkey, many, label


def build(ffibuilder, sources):
    """Round 21: the library the extension links is named, not used."""
    ffibuilder.set_source("_libsecp256k1", sources, libraries=['secp256k1'])
    return dict(
        libraries=['secp256k1', 'crypto'],
    )


def load_ca(load_cert_object):
    """Round 33: a test's fixture named after the algorithm of its keys."""
    return load_cert_object('testing-ca-ed25519', 'interm.cert.pem')
