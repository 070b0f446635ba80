"""A project's own Ed25519 class and its text-to-bytes helper (shaped on nem-py's sym/ed25519.py, audit round
388, and beem's AESCipher): the helper encodes a string, no signature made; the class and its use stay uses."""
from binascii import unhexlify


class Ed25519:  # qready-expect: EdDSA reference
    @staticmethod
    def str2bytes(text):
        return text.encode() if isinstance(text, str) else text

    def sign(self, message, secret):
        return message + secret


def sign_hex(msg_hex, private_key):
    _sk = Ed25519.str2bytes(private_key)
    _msg = unhexlify(Ed25519.str2bytes(msg_hex))
    return Ed25519().sign(_msg, _sk)  # qready-expect: EdDSA reference
