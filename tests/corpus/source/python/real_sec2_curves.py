"""Curves beyond NIST's (shapes from python-ecdsa, fastecdsa and dnspython): SEC 2's Koblitz and small
curves and Brainpool's twisted ones are each ECDSA on that curve, never P-256 for its size."""

from ecdsa import SigningKey  # qready-expect: ECDSA reference
from ecdsa.curves import BRAINPOOLP256t1, SECP112r1  # qready-expect: ECDSA reference brainpoolP256t1

key = SigningKey.generate(curve=BRAINPOOLP256t1)  # qready-expect: ECDSA keygen brainpoolP256t1
small = SECP112r1.order  # qready-expect: ECDSA reference secp112r1
CURVE_BITS = {"secp224k1": 224, "brainpoolP192r1": 192}  # qready-expect: ECDSA reference secp224k1
