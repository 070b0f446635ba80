"""trust-ledger-core's signer tests (round 112): a record's field holding a signature's bytes, named after its
algorithm, is a value's name; the signature's check is the use, and a setting's name stays one."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # qready-expect: EdDSA reference


def test_verify(signed, public_bytes, b64decode, canonical, config):
    unsigned = {k: v for k, v in signed.items() if k != "sig_ed25519"}
    sig_b64 = signed["sig_ed25519"]
    key = Ed25519PublicKey.from_public_bytes(public_bytes)  # qready-expect: EdDSA reference
    key.verify(b64decode(sig_b64), canonical(unsigned))
    assert config.get("rsa_bits") == 4096  # qready-expect: RSA reference


def from_alipay_dict(d, model):
    """alipay-sdk-python's generated models (round 111): a key's field copied from a record."""
    o = model()
    if "ecdh_publickey" in d:
        o.ecdh_publickey = d["ecdh_publickey"]
    return o
