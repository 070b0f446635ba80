# An agent audit trail's signing (shaped on air-trust's air_trust/chain.py, audit round 239): a function of the
# project's own package, renamed on import after its algorithm, is that algorithm's wherever it is called; a
# library's function renamed so is what the library says it is.
from air_trust.keys import build_signing_payload, load_public_key_hex, sign as ed25519_sign
from hashlib import md5 as digest  # qready-expect: MD5 reference


def seal(event, data):
    payload = build_signing_payload(event, data)
    event.signature = ed25519_sign(event.fingerprint, payload)  # qready-expect: EdDSA sign
    event.public_key = load_public_key_hex(event.fingerprint)
    return digest(payload)  # qready-expect: MD5 digest
