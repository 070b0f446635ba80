"""Modules named after the library that implements an algorithm, in the style of pypqc, bip-utils and
py-ed25519-bindings (round 13 of the source audit); test-vector constants are test data, not uses."""

import ed25519_dalek  # qready-expect: EdDSA reference

from .._lib.libkyber512_clean import ffi  # qready-expect: Kyber reference
from .._lib.libsphincs_sha2_128s_simple_clean import lib  # qready-expect: SLH-DSA reference
from bip_utils.ecc.ed25519.lib import ed25519_lib  # qready-expect: EdDSA reference
# everything of a project's own module named after its algorithm (realrsa's `__init__.py`, round 207); a module
# named for nothing in particular brings no algorithm
from .RealRsa import *  # qready-expect: RSA reference
from ..crypto import *

TEST_ED25519_MONERO_PUB_KEY = b"\x01" * 32


def point(point_bytes: bytes, seed: bytes) -> object:
    generator = ed25519_lib.point_is_generator(point_bytes)  # qready-expect: EdDSA reference
    keys = ed25519_dalek.ed_from_seed(bytes(seed))  # qready-expect: EdDSA reference
    vectors = (TEST_ED25519_MONERO_PUB_KEY, 1)
    return generator, keys, vectors, ffi, lib


class WrapToken:
    """Kerberos' Wrap token (RFC 4121): its `EC` field is the Extra Count, no elliptic curve."""

    def __init__(self) -> None:
        self.EC = 0

    def strip(self, plain_text: bytes, original_hdr: "WrapToken") -> bytes:
        return plain_text[: -(original_hdr.EC + 16)]


ID_EC_PUBLIC_KEY = "1.2.840.10045.2.1"  # qready-expect: ECDSA reference


# (round 41) twomemo: Signal's XEdDSA, EdDSA signatures made with X25519 keys
import xeddsa  # qready-expect: EdDSA reference



# modules named in one word, an algorithm's fused to what they hold (aescipher's tests, pyenigmatic, fastutils;
# round 166), and one that only starts with an algorithm's letters
from aescipher import *  # qready-expect: AES reference
from fastutils import rsautils  # qready-expect: RSA reference
import desktop
