"""Shapes of asyncssh's DH wrapper and cryptography's own tests: pyca's finite-field DH types, and an
operation given a key whose name says its algorithm."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dh  # qready-expect: FFDH reference


class _DH:
    def __init__(self, p: int, g: int) -> None:
        self._pn = dh.DHParameterNumbers(p, g)  # qready-expect: FFDH reference
        self._params = self._pn.parameters()


def sign_both(builder, rsa_key_2048, ec_private_key, token, fernet, aes_key_size, oaep):
    certificate = builder.sign(rsa_key_2048, hashes.SHA256())  # qready-expect: RSA sign
    other = builder.sign(ec_private_key, hashes.SHA256())
    sealed = fernet.encrypt(token)
    wrapped = fernet.encrypt(token, aes_key_size)
    blob = rsa_key_2048.public_key().encrypt(token, oaep)  # qready-expect: RSA encrypt
    return certificate, other, sealed, wrapped, blob
