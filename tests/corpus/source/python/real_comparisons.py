"""Key loading that dispatches on algorithm names compared as values (shapes from python-jose, authlib and
paramiko). A docstring saying "rsa" or "md5" is documentation, not a use."""

import hashlib
import logging

try:
    from .backends import RSAKey  # qready-expect: RSA reference
except ImportError:  # the name rebound when the import fails is not a use
    RSAKey = None

LOG = logging.getLogger(__name__)


def load_key(jwk: dict[str, str], key_type: str, hash_name: str) -> str:
    if key_type == "rsa":  # qready-expect: RSA reference
        return "rsa-key"
    if jwk["kty"] in ("EC", "OKP"):  # qready-expect: ECDSA reference
        return "ec-key"
    if key_type in ["dsa", "ecdsa"]:  # qready-expect: DSA reference; ECDSA reference
        return "legacy"
    if hash_name not in {"md5", "sha1"}:  # qready-expect: MD5 reference; SHA-1 reference
        LOG.info("hash %s is not md5", hash_name)
    match key_type:
        case "x25519":  # qready-expect: ECDH reference
            return "kex"
    if key_type == "rsa_key" or key_type == "description":
        return "not an algorithm name"
    label = "rsa"
    return label if hash_name != "sha256" else "dh"


def chained_digest(data):
    """A call at the end of a chain broken over lines, a comment between its links, is on the line naming it."""
    digest = (hashlib  # the standard library's
              .md5(data))  # qready-expect: MD5 digest
    return digest
