"""sgcp (round 314): a nonce's maker imported from the project's ECDH module makes random bytes, no key
agreed; the key pair class imported beside it is X25519's."""

from sgcp.crypto.ecdh import X25519KeyPair, generate_nonce  # qready-expect: ECDH reference


class ClientHandshake:
    def __init__(self) -> None:
        self._keypair = X25519KeyPair.generate()  # qready-expect: ECDH keygen
        self._nonce = generate_nonce(32)
