# An ECIES helper (shaped on ontology-python-sdk's crypto/ecies.py, audit round 120): python-ecdsa's number
# helpers, listed from ecdsa.util or called, are generic conversions; the module, its signature encodings and
# the curve are the uses.
import ecdsa  # qready-expect: ECDSA reference
from ecdsa.util import (  # qready-expect: ECDSA reference
    number_to_string,
    string_to_number,
)
from ecdsa.util import sigencode_der  # qready-expect: ECDSA reference
from ecdsa.ecdsa import string_to_int  # qready-expect: ECDSA reference


def shared_point(private_key, public_point, digest):
    scalar = string_to_number(digest)
    point = public_point * private_key.privkey.secret_multiplier
    return number_to_string(point.x(), ecdsa.NIST256p.order), scalar  # qready-expect: ECDSA reference P-256


def sign(signing_key, message):
    return signing_key.sign(message, sigencode=sigencode_der)  # qready-expect: ECDSA reference


def public_x(secret):
    """A BIP32 key's x coordinate from its compressed form (shaped on secret-sdk's BIP32Key.py, audit round
    184): python-ecdsa's `ecdsa.ecdsa` module exports the same number helpers as `ecdsa.util`."""
    return string_to_int(secret[1:])
