# A chat bot's signed webhooks and an SSH helper's key files (shaped on hikari and cottage, audit round 85): an
# extension header's name carries its algorithm's value but runs nothing (`"X-Signature-Ed25519"`); an SSH
# identity's file is named after its key type (`"id_ed25519"`). Loading the key is a use.
import os

from cryptography.hazmat.primitives.asymmetric import ed25519  # qready-expect: EdDSA reference


def verify_interaction(public_key: bytes, request) -> bool:
    signature = request.headers["X-Signature-Ed25519"]
    timestamp = request.headers["X-Signature-Timestamp"]
    key = ed25519.Ed25519PublicKey.from_public_bytes(public_key)  # qready-expect: EdDSA reference
    key.verify(bytes.fromhex(signature), timestamp.encode() + request.body)
    return True


def test_headers(make_request):
    request = make_request(headers={"X-Signature-Ed25519": "7472", "X-Signature-Timestamp": "123123"})
    assert request.headers["X-Signature-Timestamp"] == "123123"


def identity_files(ssh_dir):
    return [os.path.join(ssh_dir, "id_ed25519"), os.path.join(ssh_dir, "id_ecdsa.pub")]


# a vendor's signature header, named after its algorithm without `X-` (telnyx, audit round 88)
SIGNATURE_HEADER = "telnyx-signature-ed25519"


def telnyx_signature(headers):
    return headers.get("telnyx-signature-ed25519"), headers.get("telnyx-timestamp")
