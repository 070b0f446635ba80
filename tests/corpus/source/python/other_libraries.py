"""Keys made with the smaller Python crypto libraries (python-rsa, python-ecdsa, PyNaCl, pyOpenSSL, M2Crypto)."""

import ecdsa  # qready-expect: ECDSA reference
import M2Crypto
import nacl.public  # qready-expect: ECDH reference
import nacl.signing  # qready-expect: EdDSA reference
import rsa  # qready-expect: RSA reference
from OpenSSL import crypto

ISSUER_BITS = 3072


def python_rsa() -> bytes:  # qready-expect: RSA reference
    public, private = rsa.newkeys(2048)  # qready-expect: RSA keygen 2048
    return rsa.sign(b"message", private, "SHA-256")  # qready-expect: RSA reference


def python_rsa_raw(public, private, number: int) -> int:  # qready-expect: RSA reference
    # textbook RSA and the PKCS#1 v1.5 module's calls (pychacha, audit round 349)
    cipher = rsa.core.encrypt_int(number, public.e, public.n)  # qready-expect: RSA encrypt
    rsa.pkcs1.verify(b"message", rsa.pkcs1.sign_hash(b"d" * 32, private, "SHA-256"), public)  # qready-expect: RSA verify
    return rsa.core.decrypt_int(cipher, private.d, private.n)  # qready-expect: RSA decrypt


def python_ecdsa() -> bytes:  # qready-expect: ECDSA reference
    signing_key = ecdsa.SigningKey.generate(curve=ecdsa.NIST384p)  # qready-expect: ECDSA keygen P-384
    return signing_key.sign(b"message")


def pynacl() -> None:
    signing_key = nacl.signing.SigningKey.generate()  # qready-expect: EdDSA reference
    box_key = nacl.public.PrivateKey.generate()  # qready-expect: ECDH reference
    print(signing_key, box_key)


def pyopenssl() -> crypto.PKey:
    key = crypto.PKey()
    key.generate_key(crypto.TYPE_RSA, ISSUER_BITS)  # qready-expect: RSA reference
    return key


def m2crypto() -> None:
    key = M2Crypto.RSA.gen_key(4096, 65537)  # qready-expect: RSA keygen 4096
    print("generated an RSA key for", key)
