import hashlib
import hashlib as hl
import hmac

import jwt
import paramiko
from Crypto.Cipher import AES, DES, DES3, ARC4  # qready-expect: AES reference; DES reference; 3DES reference; RC4 reference
from Crypto.Hash import MD5  # qready-expect: MD5 reference
from Crypto.PublicKey import RSA, ECC  # qready-expect: RSA reference; ECDSA reference

SUPPORTED_JWT = ["RS256", "ES384", "EdDSA", "HS256"]  # qready-expect: RSA reference; ECDSA reference; EdDSA reference
SSH_HOST_KEYS = ("ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512")  # qready-expect: EdDSA reference; ECDSA reference; RSA reference


def fingerprint(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest


def etag(data: bytes) -> str:
    return hl.sha1(data).hexdigest()  # qready-expect: SHA-1 digest


def checksum(data: bytes, name: str = "sha256") -> str:
    return hashlib.new("md4", data).hexdigest()  # qready-expect: MD4 digest


def strong(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, "sha256").digest()


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    cipher = DES3.new(key, DES3.MODE_CBC, b"\0" * 8)  # qready-expect: 3DES encrypt
    single = DES.new(key[:8], DES.MODE_ECB)  # qready-expect: DES encrypt
    stream = ARC4.new(key)  # qready-expect: RC4 encrypt
    modern = AES.new(key, AES.MODE_GCM)  # qready-expect: AES encrypt
    return cipher.encrypt(data) + single.encrypt(data) + stream.encrypt(data) + modern.encrypt(data)


def keys() -> None:
    rsa_key = RSA.generate(2048)  # qready-expect: RSA keygen 2048
    ec_key = ECC.generate(curve="P-256")  # qready-expect: ECDSA keygen P-256
    ssh_key = paramiko.RSAKey.generate(bits=4096)  # qready-expect: RSA keygen 4096
    token = jwt.encode({"sub": "x"}, "secret", algorithm="HS256")
    signed = jwt.encode({"sub": "x"}, rsa_key.export_key(), algorithm="RS512")  # qready-expect: RSA sign
    print("MD5 is weak; use SHA-256", token, signed, ssh_key, ec_key)
