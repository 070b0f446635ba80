"""A Nostr client's keys (shaped on pynostr, audit round 38): coincurve, libsecp256k1's binding, imported under
the curve's name; its key classes are secp256k1's."""
import coincurve as secp256k1  # qready-expect: ECDSA reference


class PrivateKey:
    def __init__(self, raw_secret=None):
        self.raw_secret = raw_secret
        sk = secp256k1.PrivateKey(self.raw_secret)  # qready-expect: ECDSA reference
        self.public_key = sk.public_key.format()[1:]

    @staticmethod
    def from_hex(public_key_hex):
        return secp256k1.PublicKey(bytes.fromhex("02" + public_key_hex))  # qready-expect: ECDSA reference
