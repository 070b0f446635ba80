"""A wallet library's own secp256k1 arithmetic (shaped on libcrypto's signing.py, audit round 342): the point
helpers imported from its curve module serve every scheme on the curve, and their lines name none; the
import names the curve, and a helper saying what it does with a key is a use."""

from .secp256k1 import _point_add, compress_public_key, ecdsa_sign  # qready-expect: ECDSA reference secp256k1


def combine(part1, part2):
    cx, cy = _point_add(part1[0], part1[1], part2[0], part2[1])
    return compress_public_key((cx, cy))


def signed(digest, key):
    return ecdsa_sign(digest, key)  # qready-expect: ECDSA sign
