"""Key classes, private classes and fused algorithm names, in the style of sshkey-tools, minikerberos,
python-olm, jwskate and sslyze (round 12 of the source audit)."""

from jwskate.jwa.encryption.aesgcm import BaseAESGCM  # noqa: F401  # qready-expect: AES reference
from nassl.ephemeral_key_info import EcDhEphemeralKeyInfo  # qready-expect: ECDH reference
from sshkey_tools.keys import EcdsaPrivateKey, RsaPrivateKey  # qready-expect: ECDSA reference; RSA reference

from . import _curve25519  # qready-expect: ECDH reference


class _EnctypeProfile:
    pass


class _RC4(_EnctypeProfile):  # qready-expect: RC4 reference
    pass


def load(path: str, private: bytes, public: bytes) -> object:
    child = RsaPrivateKey.from_file(path)  # qready-expect: RSA reference
    other = EcdsaPrivateKey.from_file(path)  # qready-expect: ECDSA reference
    shared = _curve25519.make_shared(private, public)  # qready-expect: ECDH reference
    key_file = open(path).read()  # not a use: a file
    return child, other, shared, key_file


def ephemeral(key: object) -> bool:
    return isinstance(key, EcDhEphemeralKeyInfo)  # qready-expect: ECDH reference
