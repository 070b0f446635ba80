"""Certificate helpers (shape of real code: multi-line imports, isinstance dispatch, registries)."""

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import (
    dsa,  # qready-expect: DSA reference
    ec,  # qready-expect: ECDSA reference
    ed25519,  # qready-expect: EdDSA reference
    rsa,  # qready-expect: RSA reference
)

# curve names as registry keys are uses of elliptic-curve cryptography
CURVE_BITS = {
    "secp256r1": 256,  # qready-expect: ECDSA reference P-256
    "secp384r1": 384,  # qready-expect: ECDSA reference P-384
}


def key_kind(cert: x509.Certificate) -> str:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):  # qready-expect: RSA reference
        return f"rsa-{key.key_size}"  # qready-expect: RSA reference
    if isinstance(key, ec.EllipticCurvePublicKey):  # qready-expect: ECDSA reference
        return key.curve.name
    if isinstance(key, dsa.DSAPublicKey):  # qready-expect: DSA reference
        return "dsa"  # qready-expect: DSA reference
    if isinstance(key, ed25519.Ed25519PublicKey):  # qready-expect: EdDSA reference
        return "ed25519"  # qready-expect: EdDSA reference
    return "unknown"


def describe(kind: str) -> str:
    # The message mentions RSA and ECDSA but is only text.
    return f"certificate with a {kind} key (RSA or ECDSA)"
