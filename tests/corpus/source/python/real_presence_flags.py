"""botocore's compat.py (round 103): a presence test's result kept in a flag says whether the library has
an algorithm, it does not use it; the import tested and the digest computed are the uses."""

try:
    import hashlib

    hashlib.md5()  # qready-expect: MD5 digest
    MD5_AVAILABLE = True
except (AttributeError, ValueError):
    MD5_AVAILABLE = False

HAS_ED25519 = True  # the platform's OpenSSL has it


def configure(options):
    return options(ED25519_SUPPORTED=True)  # qready-expect: EdDSA reference
