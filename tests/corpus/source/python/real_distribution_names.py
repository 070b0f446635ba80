"""Shaped on rsa-cli 0.3.1's rsa/core/cli.py (audit round 173): an installed distribution's name asked its
version or metadata is a name, whatever words it holds; a scheme named as an argument stays its use."""

from importlib import metadata
from importlib.metadata import version

import jwt

__version__ = version("rsa-cli")
REQUIRES = metadata.metadata("ecdsa-tools")["Requires-Dist"]


def sign(claims, key):
    return jwt.encode(claims, key, algorithm="RS256")  # qready-expect: RSA sign
