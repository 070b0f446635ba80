"""aiss-standard's shapes (aiss/stamp.py, stamp_aiss2.py; round 221): a project's module named after its
algorithm also holds plain text encoding helpers; calling them encodes a signature's bytes, no cryptography."""

from aiss.crypto import ed25519  # qready-expect: EdDSA reference


def stamp(event, key, payload):
    signature = ed25519.sign(key, payload)  # qready-expect: EdDSA sign
    event["signature"] = ed25519.encode_base64(signature)
    sig_bytes = ed25519.decode_base58(event["signature"])
    return ed25519.verify(key.public, payload, sig_bytes)  # qready-expect: EdDSA verify
