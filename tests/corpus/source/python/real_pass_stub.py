# jmz-tool's cryptojs/crypto.py (round 261): a method named after a hash whose body only passes implements
# nothing; an abstract method's (decorated) or a documented declaration still declares the API.
import abc
import hashlib


class Crypto:
    def md5(self, data):
        pass

    def md5_hex(self, data):  # qready-expect: MD5 reference
        return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest


class Signer(abc.ABC):
    @abc.abstractmethod
    def rsa_sign(self, data):  # qready-expect: RSA reference
        pass

    def ed25519_verify(self, data, signature):  # qready-expect: EdDSA reference
        """Verify an Ed25519 signature (implemented by subclasses)."""
