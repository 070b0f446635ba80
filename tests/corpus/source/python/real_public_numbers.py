"""A key rebuilt from a JWK's numbers (paramiko-cloud's azure/keys.py, audit round 169): the numbers' class,
called over several lines, is the use on its own line; the method its result is asked for on the closing line
names no algorithm."""

from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicNumbers  # qready-expect: ECDSA reference


def load_verifying_key(jwk, curve):
    verifying_key = EllipticCurvePublicNumbers(  # qready-expect: ECDSA reference
        int.from_bytes(jwk.x, "big"),
        int.from_bytes(jwk.y, "big"),
        curve,
    ).public_key()
    return verifying_key
