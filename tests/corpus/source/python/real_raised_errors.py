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


def check_key(key, algorithms):
    """Round 35 (spsdk): a message built from the cipher's key sizes names AES without using it."""
    if len(key) * 8 not in algorithms.AES.key_sizes:  # qready-expect: AES reference
        raise ValueError(
            "The key must be a valid AES key length: "
            f"{', '.join([str(k) for k in algorithms.AES.key_sizes])}"
        )
    return key


def verify_report(report, error):
    """Round 164 (nearai-inference-sdk, x402-hpke): what a raised call is given is its error's details, whatever
    builds the error (a helper, a class not named an error)."""
    if report.algo == "ecdsa":  # qready-expect: ECDSA reference
        raise _invalid_signature("ecdsa", error) from error
    if report.low_order:
        raise EcdhLowOrder("ECDH_LOW_ORDER")
    return report
