"""Shapes of asyncssh's DH wrapper and cryptography's own tests: pyca's finite-field DH types, and an
operation given a key whose name says its algorithm."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dh  # qready-expect: FFDH reference


class _DH:
    def __init__(self, p: int, g: int) -> None:
        self._pn = dh.DHParameterNumbers(p, g)  # qready-expect: FFDH reference
        self._params = self._pn.parameters()


def sign_both(builder, rsa_key_2048, ec_private_key, token, fernet, aes_key_size, oaep):
    certificate = builder.sign(rsa_key_2048, hashes.SHA256())  # qready-expect: RSA sign
    other = builder.sign(ec_private_key, hashes.SHA256())
    sealed = fernet.encrypt(token)
    wrapped = fernet.encrypt(token, aes_key_size)
    blob = rsa_key_2048.public_key().encrypt(token, oaep)  # qready-expect: RSA encrypt
    return certificate, other, sealed, wrapped, blob


class TestAgent:
    """Twisted conch's key tests (round 26): a method of a key held under its algorithm's name works on it."""

    def test_blobs(self, agent, ed25519Key, session_key, rsa_public):
        agent.blobs = [self.rsaPublic.blob()]  # qready-expect: RSA reference
        agent.add(self.dsaPrivate.privateBlob(), comment=b"My special key")  # qready-expect: DSA reference
        self.assertTrue(ed25519Key.isPublic())  # qready-expect: EdDSA reference
        printed = rsa_public.hex()
        agent.add(session_key.blob())


def self_signed(x509, rsa, subject):
    """PyKMIP's tests (round 28): a builder chain signing with a key generated lines above. The key's algorithm
    does not show on the signing line: five audits judged such lines not-use (cedula-uy-pdf-sign, scrapy,
    nucypher, androidtvremote2, pyexasol: rounds 75 to 92), so the use is the key's generation alone."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen
    return x509.CertificateBuilder().subject_name(
        subject
    ).public_key(
        private_key.public_key()
    ).sign(private_key, hashes.SHA256())


def token(jwt, rsa, payload):
    """mozilla-django-oidc's tests (round 29): a held key given to a call over several lines (not its use)."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen
    return jwt.encode(
        payload,
        private_key,
        algorithm="HS256",
    )


# certomancer's and vncdotool's tests (round 44): constants naming key files, and a file read by one of them
RSA_KEY_FILE_NAME = "tests/data/keys-rsa/root.key.pem"
ED25519_SIGNER = "tests/data/keys-ed25519/signer.key.pem"


def load_signer():
    with open(ED25519_SIGNER, "rb") as handle:
        return handle.read()


def nip44_roundtrip(sk_bytes, ciphertext, NIP44Encrypt):
    """sixty-nuts' NIP-44 test (round 102): a key loaded lines above, then given to an operation whose
    algorithm the line does not show (not-use); the key's load is the use."""
    from coincurve import PrivateKey  # qready-expect: ECDSA reference

    priv = PrivateKey(sk_bytes)  # qready-expect: ECDSA reference
    pub_hex = priv.public_key.format(compressed=True).hex()
    return NIP44Encrypt.decrypt(ciphertext, priv, pub_hex)


def thp_secret(mask_as_privkey, public_bytes):
    """trezor's THP credentials (round 31): a key given to a key agreement, whose method only ECDH and DH
    have, is that agreement's (use)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey  # qready-expect: ECDH reference

    pubkey = X25519PublicKey.from_public_bytes(public_bytes)  # qready-expect: ECDH reference
    return mask_as_privkey.exchange(pubkey)  # qready-expect: ECDH key-agree
