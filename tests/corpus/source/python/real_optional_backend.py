# A library whose cipher backend is optional (shaped on biencrypt, audit round 139, and botocore's
# MD5_AVAILABLE, round 103): the flag and the check of whether the import succeeded use nothing; the cipher
# the backend then runs is a use.
try:
    from Crypto.Cipher import AES  # qready-expect: AES reference

    AES_AVAILABLE = True
except ImportError:
    AES_AVAILABLE = False


def _check_aes_available() -> None:
    if not AES_AVAILABLE:
        raise RuntimeError("pycryptodome is not installed")


def encrypt(key: bytes, data: bytes) -> bytes:
    _check_aes_available()
    return AES.new(key, AES.MODE_GCM).encrypt(data)  # qready-expect: AES encrypt


# a check of whether the installed OpenSSL supports MD4 (certihound's utils/compat.py, round 438): a probe, no
# use; the digest it computes to find out is one
def _openssl_supports_md4() -> bool:
    try:
        hashlib.new("md4", b"")  # qready-expect: MD4 digest
        return True
    except ValueError:
        return False


supports_rc4 = True
