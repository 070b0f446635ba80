# A TLS audit tool's findings (shaped on vamp-ssl-audit, audit round 169): the advice printed with each
# finding is text named after the algorithm it is about; the tool's own use of an algorithm is still a use.
from ._advice import (
    _REMED_3DES,
    _REMED_RSA_SMALL,
)
from cryptography.hazmat.primitives.asymmetric import rsa  # qready-expect: RSA reference


def weak_key(info):
    if isinstance(info.key, rsa.RSAPublicKey) and info.key.key_size < 2048:  # qready-expect: RSA reference
        return Finding(remediation=_REMED_RSA_SMALL)
    return Finding(remediation=_REMED_3DES)
