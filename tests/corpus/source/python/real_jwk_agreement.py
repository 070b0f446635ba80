"""Shapes of cwt's COSE tests (round 27): an EC JWK whose `alg` is an ECDH one is a key-agreement key, the
JWK beside it that signs is not; a PKCS #11 mechanism named in a variable called after it."""

from cwt import COSEKey

RECIPIENT = COSEKey.from_jwk(
    {
        "kty": "EC",  # qready-expect: ECDH reference
        "crv": "P-256",  # qready-expect: ECDH reference P-256
        "alg": "ECDH-SS+A128KW",  # qready-expect: ECDH reference; AES reference
        "kid": "meriadoc.brandybuck@buckland.example",
    }
)
SIGNER = COSEKey.from_jwk(
    {
        "kty": "EC",  # qready-expect: ECDSA reference
        "crv": "P-256",  # qready-expect: ECDSA reference P-256
        "alg": "ES256",  # qready-expect: ECDSA reference
    }
)
ONE_LINE = {"kty": "EC", "crv": "P-384", "alg": "ECDH-ES"}  # qready-expect: ECDH reference
SIGNING_LINE = {"kty": "EC", "crv": "P-384", "alg": "ES384"}  # qready-expect: ECDSA reference P-384


def mechanism(pss: bool) -> str:
    mech = "SHA256_RSA_PKCS"  # qready-expect: RSA reference
    if pss:
        mech = "SHA224_RSA_PKCS_PSS"  # qready-expect: RSA reference
    return mech
