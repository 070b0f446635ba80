"""COSE algorithms by their numbers in IANA's COSE Algorithms registry (shaped on py_webauthn's and fido2's
registration options and COSE headers): a number keyed by "alg" is that algorithm; a number the registry does
not give, or a key of another name, names nothing."""

CREDENTIAL_PARAMETERS = [
    {"type": "public-key", "alg": -7},  # qready-expect: ECDSA reference
    {"type": "public-key", "alg": -257},  # qready-expect: RSA reference
]
PROTECTED_HEADER = {"alg": -8}  # qready-expect: EdDSA reference
PQC_HEADER = {"alg": -48, "kid": b"k1"}  # qready-expect: ML-DSA reference
NOT_REGISTERED = {"alg": -2}
OTHER_KEY = {"balance": -7, "algorithm_version": -1}


def sign_header(alg=-35):  # qready-expect: ECDSA reference
    return {"alg": alg}


def receipt_header():
    """The receipt's protected header, as the log returned it: {alg=-35 (ES384), vds=2} (a text, shaped on
    scitt-cose's interop notes)."""
    return "phdr: {alg: -7}"
