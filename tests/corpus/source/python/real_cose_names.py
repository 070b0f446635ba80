"""Shapes from pycose (round 18 of the source audit): an algorithm class declares its COSE name in `fullname`;
a name holding AES256 holds no ES256."""
from pycose.algorithms import CoseAlgorithm


class Sha1(CoseAlgorithm):  # qready-expect: SHA-1 reference
    identifier = -14
    fullname = "SHA-1"  # qready-expect: SHA-1 reference


class EdDSA(CoseAlgorithm):  # qready-expect: EdDSA reference
    identifier = -8
    fullname = "EDDSA"  # qready-expect: EdDSA reference


class AESCCM1664128(CoseAlgorithm):  # qready-expect: AES reference
    identifier = 10
    fullname = 'AES_CCM_16_64_128'  # qready-expect: AES reference


class DirectHKDFAES256(CoseAlgorithm):
    identifier = -13
    fullname = "DIRECT_HKDF_AES_256"  # qready-expect: AES reference 256
    shortname = "direct"
    display_name = "Direct key agreement"


class HttpSignatureAlgorithm:
    """RFC 9421's algorithm names (http-message-signatures, round 20 of the source audit)."""

    algorithm_id = "rsa-pss-sha512"  # qready-expect: RSA reference


# COSE's registry names (RFC 9053, Tables 1 to 4), as pycose's algorithm classes give them
COSE_NAMES = {
    -7: "ECDSA w/ SHA-256",  # qready-expect: ECDSA reference
    -40: "RSAES-OAEP w/ SHA-256",  # qready-expect: RSA reference
    -25: "ECDH-ES + HKDF-256",  # qready-expect: ECDH reference
}
