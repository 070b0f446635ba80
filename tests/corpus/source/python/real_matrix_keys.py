"""matrix-synapse and matrix-nio (rounds 14 and 46): Matrix names its end-to-end algorithms in event content and
prefixes its key ids with the key's algorithm"""

from __future__ import annotations

MEGOLM = "m.megolm.v1.aes-sha2"  # qready-expect: AES reference
OLM = "m.olm.v1.curve25519-aes-sha2"  # qready-expect: ECDH reference


def encrypted_room(helper, room_id: str) -> None:
    helper.send_state(room_id, "m.room.encryption", {"algorithm": "m.megolm.v1.aes-sha2"})  # qready-expect: AES reference


def signing_key_id(version: str) -> str:
    testverifykey_id = "ed25519:ver1"  # qready-expect: EdDSA reference
    return testverifykey_id + version


def room_topic() -> str:
    return "note: keys rotate weekly"
