"""JWK and SSH key helpers written in the style of PyJWT, paramiko, trustme and Django.

Docstrings naming RSA, "P-256" or MD5PasswordHasher are documentation, not uses.
"""

from __future__ import annotations

import enum
import hmac
import logging
from hashlib import md5, sha1  # qready-expect: MD5 reference; SHA-1 reference

from cryptography.hazmat.primitives.asymmetric.ec import (  # qready-expect: ECDSA reference
    ECDSA,  # qready-expect: ECDSA reference
    SECP256R1,  # qready-expect: ECDSA reference
    EllipticCurvePublicKey,  # qready-expect: ECDSA reference
)
from cryptography.hazmat.primitives.asymmetric.padding import OAEP, PSS  # qready-expect: RSA reference
from cryptography.hazmat.primitives.asymmetric.rsa import (  # qready-expect: RSA reference
    RSAPublicNumbers,  # qready-expect: RSA reference
    rsa_recover_prime_factors,  # qready-expect: RSA reference
)

LOG = logging.getLogger(__name__)


class KeyType(enum.Enum):
    RSA = 0  # qready-expect: RSA reference
    EC = 1  # qready-expect: ECDSA reference


class RSAKeyError(Exception):
    pass


class RSAKey:  # qready-expect: RSA reference
    def load(self, filename: str, password: bytes | None = None) -> bytes:
        return self._read_private_key_file("RSA", filename, password)  # qready-expect: RSA reference

    def numbers(self, n: int, e: int, d: int) -> tuple[int, int]:
        LOG.info("recovering RSA factors")  # a log message, not a use
        return rsa_recover_prime_factors(n, e, d)  # qready-expect: RSA reference

    def unwrap(self, key, data: bytes, mgf) -> bytes:
        return key.decrypt(data, OAEP(mgf, None, None))  # qready-expect: RSA decrypt

    def check(self, key, sig: bytes, data: bytes, mgf, hash_alg) -> None:
        key.verify(sig, data, PSS(mgf=mgf, salt_length=32), hash_alg)  # qready-expect: RSA verify


def to_jwk(key: EllipticCurvePublicKey) -> dict[str, str]:  # qready-expect: ECDSA reference
    if isinstance(key.curve, SECP256R1):  # qready-expect: ECDSA reference P-256
        crv = "P-256"  # qready-expect: ECDSA reference P-256
    else:
        crv = "P-384"  # qready-expect: ECDSA reference P-384
    return {"kty": "EC", "crv": crv}  # qready-expect: ECDSA reference


def rsa_jwk(n: int, e: int) -> dict[str, object]:  # qready-expect: RSA reference
    return {"kty": "RSA", "n": n, "e": e}  # qready-expect: RSA reference


def oct_jwk(k: str) -> dict[str, str]:
    return {"kty": "oct", "k": k}


def new_key(key_type: KeyType = KeyType.EC) -> None:  # qready-expect: ECDSA reference
    if key_type is KeyType.RSA:  # qready-expect: RSA reference
        LOG.debug("curve %s", "nistp256 is the default")  # text inside a longer string is not a curve


def salted_hmac(key: bytes, value: bytes, *, algorithm: str = "sha1") -> bytes:  # qready-expect: SHA-1 reference
    return hmac.new(key, value, digestmod="md5").digest()  # qready-expect: MD5 mac


def legacy_digest(data: bytes) -> str:
    return md5(data).hexdigest()  # qready-expect: MD5 digest


def thumbprint(cert: bytes) -> str:
    return sha1(cert).hexdigest()  # qready-expect: SHA-1 digest


class MD5PasswordHasher:  # qready-expect: MD5 reference
    algorithm = "md5"  # qready-expect: MD5 reference
    iterations = 1


class SHA256PasswordHasher:
    algorithm = "sha256"
    digest_size = 32


def signer(verify_key) -> object:
    return ECDSA(verify_key)  # qready-expect: ECDSA sign


def test_rsa_key_roundtrip() -> None:
    ssh_curve = "nistp384"  # qready-expect: ECDSA reference P-384
    numbers = RSAPublicNumbers(65537, 7)  # qready-expect: RSA reference
    assert numbers.e == 65537 and ssh_curve
