"""Key management for the signing service.

This module creates RSA and EC keys; "RS256" in a docstring is documentation, not a use.
"""

from __future__ import annotations

import logging

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa  # qready-expect: ECDSA reference; RSA reference
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # qready-expect: EdDSA reference

LOG = logging.getLogger(__name__)
DEFAULT_BITS = 3072
LEGACY_BITS = 1024


class KeyService:
    """Creates and uses keys."""

    def new_rsa(self, bits: int = DEFAULT_BITS) -> rsa.RSAPrivateKey:  # qready-expect: RSA reference
        LOG.info("generating RSA key of %d bits", bits)
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen 2048

    def new_service_key(self) -> rsa.RSAPrivateKey:  # qready-expect: RSA reference
        return rsa.generate_private_key(  # qready-expect: RSA keygen 3072
            public_exponent=65537,
            key_size=DEFAULT_BITS,
        )

    def legacy(self) -> rsa.RSAPrivateKey:  # qready-expect: RSA reference
        return rsa.generate_private_key(65537, LEGACY_BITS)  # qready-expect: RSA keygen 1024

    def new_ec(self) -> ec.EllipticCurvePrivateKey:  # qready-expect: ECDSA reference
        return ec.generate_private_key(ec.SECP384R1())  # qready-expect: ECDSA keygen P-384

    def new_ed25519(self) -> Ed25519PrivateKey:  # qready-expect: EdDSA reference
        return Ed25519PrivateKey.generate()  # qready-expect: EdDSA reference

    def sign(self, key: rsa.RSAPrivateKey, data: bytes) -> bytes:  # qready-expect: RSA reference
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())  # qready-expect: RSA sign

    def sign_pss(self, key: rsa.RSAPrivateKey, data: bytes) -> bytes:  # qready-expect: RSA reference
        return key.sign(  # the PSS object is on the next line
            data,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),  # qready-expect: RSA sign
            hashes.SHA256(),
        )

    def ecdsa_sign(self, key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:  # qready-expect: ECDSA reference
        return key.sign(data, ec.ECDSA(hashes.SHA256()))  # qready-expect: ECDSA sign

    def export(self, key: rsa.RSAPrivateKey) -> bytes:  # qready-expect: RSA reference
        # rsa.generate_private_key(public_exponent=65537, key_size=512) would be too small
        return key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def test_rsa_keygen_is_fast() -> None:
    LOG.debug("RSA")
    LOG.debug("signing with ES384 keys")
