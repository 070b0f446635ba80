# Settings that name a library's object by its import path (shaped on django-rest-knox's settings, audit
# round 129): the object is chosen as if it were imported; a file's name with a dot is no path.
import importlib

REST_KNOX = {
    "SECURE_HASH_ALGORITHM": "hashlib.md5",  # qready-expect: MD5 digest
    "AUTH_TOKEN_CHARACTER_LENGTH": 64,
}

LEGACY_CIPHER = __import__("Crypto.Cipher.DES3")  # qready-expect: 3DES reference
KEY_FILE = "keys/id_rsa.pub"
KEY_NAME = "server.key"


def hasher():
    module, _, name = REST_KNOX["SECURE_HASH_ALGORITHM"].rpartition(".")
    return getattr(importlib.import_module(module), name)


def test_raw_keys():
    # a test that needs a module imports it by name, or is skipped (kredent's tests, round 213)
    ed25519 = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519")  # qready-expect: EdDSA reference
    yaml = pytest.importorskip("yaml")
    return ed25519, yaml
