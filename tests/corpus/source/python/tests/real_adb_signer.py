# An Android debug bridge client's tests signing with an RSA key loaded from a file, in the style of
# adb-shell (round 48 of the source audit); and a TLS registry's scheme names.
from enum import IntEnum

from adb_shell.auth.sign_pythonrsa import PythonRSASigner  # qready-expect: RSA reference


def test_connect_with_key():
    signer = PythonRSASigner.FromRSAKeyPath("tests/adbkey")  # qready-expect: RSA sign
    assert signer.GetPublicKey()


class SignatureScheme(IntEnum):
    ecdsa_brainpoolP256r1tls13_sha256 = 0x081A  # qready-expect: ECDSA reference brainpoolP256r1
    ecdh_brainpoolP256r1 = 0x001A  # qready-expect: ECDH reference brainpoolP256r1
