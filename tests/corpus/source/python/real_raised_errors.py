# Errors named after an algorithm (shaped on onionbalance, pyhanko-certvalidator and pykyber, audit rounds 7 and
# 33): the classes raised, caught or expected are errors' names, not uses; the operation that raises is.
import pytest

from ed25519_dalek import ed_from_seed  # qready-expect: EdDSA reference
from .errors import DSAParametersUnavailable, NoEd25519Identity, RSAKeyTooShort  # qready-expect: DSA reference; EdDSA reference; RSA reference


def descriptor(node, key):
    try:
        return node.ed25519_identity()  # qready-expect: EdDSA reference
    except (NoEd25519Identity, KeyError):
        return None


def check(key):
    if key.size < 2048:
        raise RSAKeyTooShort(key.size)
    return key


def test_parameters(validator, seed):
    with pytest.raises(DSAParametersUnavailable):
        validator.validate()
    with pytest.raises(ValueError):
        ed_from_seed(seed)  # qready-expect: EdDSA reference


class Ed25519UsageError(ValueError):
    pass
