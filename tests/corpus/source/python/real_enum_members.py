"""Enum members that name an algorithm, in the style of python-pkcs11, PGPy, fido2, webauthn and pyhanko.

Upper-case members that merely look like one (DESCRIPTION, AESTHETIC, RC) are not uses.
"""

from __future__ import annotations

import pkcs11
from pkcs11 import KeyType, Mechanism
from webauthn.helpers.cose import COSEAlgorithmIdentifier

from pgpy.constants import PubKeyAlgorithm, SymmetricKeyAlgorithm

SKEYSPECS = (
    (PubKeyAlgorithm.RSAEncryptOrSign, 2048),  # qready-expect: RSA reference
    (PubKeyAlgorithm.ECDH, 256),  # qready-expect: ECDH reference
)

CIPHERS = {
    "aes128": SymmetricKeyAlgorithm.AES128,  # qready-expect: AES reference
    "aes256": SymmetricKeyAlgorithm.AES256,  # qready-expect: AES reference
    "3des": SymmetricKeyAlgorithm.TripleDES,  # qready-expect: 3DES reference
    "blowfish": SymmetricKeyAlgorithm.Blowfish,  # qready-expect: Blowfish reference
}

PQC_ALGS = [
    COSEAlgorithmIdentifier.ML_DSA_44,  # qready-expect: ML-DSA reference
    COSEAlgorithmIdentifier.ML_DSA_87,  # qready-expect: ML-DSA reference
]


def wrapping_key(session: pkcs11.Session) -> pkcs11.SecretKey:
    return session.generate_key(KeyType.AES, 128, label="wrap")  # qready-expect: AES reference


def derive(private: pkcs11.PrivateKey, other: bytes) -> pkcs11.SecretKey:
    return private.derive_key(KeyType.GENERIC_SECRET, 256, mechanism=Mechanism.ECDH1_DERIVE, mechanism_param=other)  # qready-expect: ECDH reference


def legacy(session: pkcs11.Session, data: bytes) -> bytes:
    key = session.get_key(key_type=KeyType.DES3)  # qready-expect: 3DES reference
    single = session.get_key(key_type=KeyType.DES)  # qready-expect: DES reference
    stream = Mechanism.RC4  # qready-expect: RC4 reference
    block = Mechanism.RC2_CBC  # qready-expect: RC2 reference
    return key.encrypt(data, mechanism=Mechanism.DES3_CBC_PAD) + single.id + stream + block  # qready-expect: 3DES encrypt


def tpm_scheme(scheme: int, TpmRsaScheme: type) -> bool:
    return scheme == TpmRsaScheme.RSASSA  # qready-expect: RSA reference


class Report:
    DESCRIPTION = "what the report is for"
    AESTHETIC = "plain"


def describe(report: Report, palette: object) -> str:
    return report.DESCRIPTION + report.AESTHETIC + str(palette.RC)  # look-alikes: no algorithm


class HashType:
    """nrfutil's DFU init packet (round 44): Nordic's hash types; SHA128 is a number of its own, no SHA-1"""

    NO_HASH = pb.NO_HASH
    SHA128 = pb.SHA128
    SHA256 = pb.SHA256
    CRC = pb.CRC


class CipherNumbers:
    ARC28 = 28  # an Algorand standard's number: no ARC2
    LEGACY = Mechanism.SHA1_RSA_PKCS  # qready-expect: RSA reference; SHA-1 reference


def edwards_key(session: pkcs11.Session) -> object:
    """certomancer's PKCS#11 integration (round 44): an Edwards-curve key, PKCS#11's CKK_EC_EDWARDS"""
    return session.get_key(key_type=pkcs11.KeyType.EC_EDWARDS)  # qready-expect: EdDSA reference
