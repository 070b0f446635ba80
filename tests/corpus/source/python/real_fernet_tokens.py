"""Fernet tokens (shapes of django-encrypted-model-fields and cryptonest, audit round 166): pyca/cryptography's
recipe is AES-128 in CBC mode with HMAC-SHA256, whatever key the caller gives it."""

from cryptography.fernet import Fernet, MultiFernet  # qready-expect: AES reference


def new_key() -> bytes:
    return Fernet.generate_key()  # qready-expect: AES keygen


class EncryptedField:
    def __init__(self, keys: list[bytes]) -> None:
        self.crypter = MultiFernet([Fernet(k) for k in keys])  # qready-expect: AES encrypt

    def get_prep_value(self, value: str) -> bytes:
        return self.crypter.encrypt(value.encode())


fernet_key_help = "a urlsafe base64 Fernet key"
