"""Module constants named after an algorithm (shapes from passlib's Blowfish, asyncssh's agent and
pycryptodome's tests), and algorithm names compared in assertions."""

import unittest

BLOWFISH_S = [0xD1310BA6, 0x98DFB5AC]  # qready-expect: Blowfish reference
SSH_AGENT_RSA_SHA2_256 = 2  # qready-expect: RSA reference
RSA_MIN_MODULUS_LENGTH = 2048  # qready-expect: RSA reference
RSA_KEY_PATH = "keys/rsa.pem"
MAX_RETRIES = 3


class KeyTest(unittest.TestCase):
    def test_kty(self) -> None:
        key = {"kty": "RSA"}  # qready-expect: RSA reference
        self.assertEqual(key["kty"], "RSA")  # qready-expect: RSA reference
        self.assertEqual(key.get("crv"), "P-384")  # qready-expect: ECDSA reference P-384
        self.assertTrue(key, "RSA key is missing")


# scapy's and pykcs11's shapes: a class or a constant given as a value, and signature schemes joined by `+`
class TLSHashMD5SHA1:  # qready-expect: MD5 reference; SHA-1 reference
    hash_cls = MD5_SHA1  # qready-expect: MD5 reference


def digest(data: bytes, mecha: object = MechanismSHA1) -> bytes:  # qready-expect: SHA-1 reference
    return data


_tls_hash_sig = {0x0201: "sha1+rsa", 0x0300: "sha224+anon"}  # qready-expect: SHA-1 reference; RSA reference


# keyrings.cryptfile's and tinyaes's shapes: a module imported by name at run time, and a pytest fixture named
# after what it builds (a test's helper, no use)
def _load_cipher() -> object:
    return __import__("Crypto.Cipher.AES")  # qready-expect: AES reference


@fixture(scope="module")
def aes_dec() -> object:
    return object()


def _expected_fingerprint() -> bytes:
    # paramiko's tests: a constant's text taken apart is not an operation on its algorithm
    return FINGER_ECDSA_256.split()[1].replace(":", "").encode()


class _KeyChecks:
    def check(self, rsa_obj):
        # an assertion's calls still run (pycryptodome's tests)
        self.assertEqual(rsa_obj.public_key(), rsa_obj.publickey())  # qready-expect: RSA reference


class PrivateEDDSA:  # qready-expect: EdDSA reference
    # dnspython's forward reference: a class named in a string annotation
    @classmethod
    def generate(cls) -> "PrivateEDDSA":  # qready-expect: EdDSA reference
        return cls()


def _signer_key(signer):
    # google-auth's check: a type through its module's module (`import rsa`)
    return isinstance(signer._key, rsa.key.PrivateKey)  # qready-expect: RSA reference


def _open(aes_cipher, ciphered_data, tag):
    # eciespy: an operation named first in a method's name (`decrypt_and_verify` decrypts)
    return aes_cipher.decrypt_and_verify(ciphered_data, tag)  # qready-expect: AES decrypt


def _fingerprint_options():
    # curl-cffi: a curve listed among the TLS groups a client offers is a key exchange (ECDH), not a signature key
    return {"http3_tls_supported_groups": ["X25519", "P-256"]}  # qready-expect: ECDH reference


class _Ed25519Private(_Ed25519):  # qready-expect: EdDSA reference
    def __init__(self):
        # wolfcrypt: a base class named after its algorithm, with a leading underscore
        _Ed25519.__init__(self)  # qready-expect: EdDSA reference

# impacket's and aiosmb's Windows error codes (rounds 5 and 29): a Directory System Agent's, not DSA
ERROR_DS_NO_NTDSA_OBJECT = 0x000021AF
ERROR_DS_CANT_DELETE_DSA_OBJ = 0x00002094
NTDSA_SETTINGS_DN = "CN=NTDS Settings"


# pyrad2's EAP modules (round 63): a multi-line import's plain names from a module named after MD5, and a
# constant imported that way, are values; the module's line and the names that say MD5 are uses
from pyrad2.eap.md5 import (  # qready-expect: MD5 reference
    EAP_MESSAGE_ATTR,
    USER_NAME_ATTR,  # a RADIUS attribute, no MD5
    Md5Method,  # qready-expect: MD5 reference
)
from cryptography.hazmat.primitives.asymmetric.ec import (  # qready-expect: ECDSA reference
    generate_private_key,  # qready-expect: ECDSA reference
)
# py_ecc's BLS12-381 curve (sw-milagro-bls-binding's test.py, round 349): a generator's one-word constant
# listed is a value too; the curve's operation stays one
from py_ecc.optimized_bls12_381 import (  # qready-expect: BLS reference
    G2,
    pairing,  # qready-expect: BLS reference
)


def gtc_payload(reply):
    return reply[EAP_MESSAGE_ATTR][0]


# pikepdf's XMP namespaces: PRISM 2.0 is no SM2
XMP_NS_PRISM2 = "http://prismstandard.org/namespaces/basic/2.0/"
from kyber_py.ml_kem.pkcs import (  # qready-expect: ML-KEM reference; Kyber reference
    dk_from_pem,  # qready-expect: ML-KEM reference; Kyber reference
)


# pyobjc-framework-security's tests (round 352): a binding's constant asserted absent supports nothing; one
# asserted present, or compared, is the binding's
class TestCssmConstants(unittest.TestCase):
    def test_removed_constants(self) -> None:
        self.assertFalse(hasattr(Security, "CSSM_ALGID_ECDSA_SPECIFIED"))
        assert not hasattr(Security, "CSSMOID_PKCS12_pbeWithSHAAnd128BitRC4")
        self.assertTrue(hasattr(Security, "CSSM_ALGID_DSA"))  # qready-expect: DSA reference


# clienthello-probe's report (round 354): a digest read by its hash's name from a record inside a record is a
# value printed, no hash run
def show_fingerprints(hello, w):
    w("  JA3 MD5            %s" % hello["ja3"]["md5"])
