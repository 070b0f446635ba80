"""Shapes from hello-tls (round 22 of the source audit): an enum of TLS key exchange groups, lower-case members
included; its curves are ECDH's."""
import unittest
from enum import Enum


class Group(Enum):
    def __new__(cls, value):
        return object.__new__(cls)

    secp256k1 = b"\x00\x16"  # qready-expect: ECDH reference secp256k1
    x25519 = b"\x00\x1d"  # qready-expect: ECDH reference
    p256_kyber512 = b"\x2f\x3a"  # qready-expect: ECDH reference P-256; Kyber reference
    reserved = b"\x00\x00"


class Color(Enum):
    red = 1


class TestGroups(unittest.TestCase):
    """(round 24) an assertion that compares names its values; one that checks a name is there does not."""

    def test_group(self):
        self.assertEqual(negotiated(), Group.secp256k1)  # qready-expect: ECDH reference secp256k1
        self.assertIsNotNone(AESKey)

# dpkt's cipher-suite table (round 30): TLS's own names of its bulk ciphers, one field each
SUITES = [
    CipherSuite(0x000A, "RSA", "RSA", "3DES_EDE", "CBC ", "SHA"),  # qready-expect: RSA reference; 3DES reference
    CipherSuite(0x008B, "    ", "PSK     ", "3DES_EDE", "CBC ", "SHA"),  # qready-expect: 3DES reference
]
CBC_NAME = "3DES_EDE_CBC"  # qready-expect: 3DES reference
