"""graphenelib and ms-active-directory (round 58): an AES object given to the project's own encrypting
function by its algorithm's name; python-ecdsa's signature codecs and curve arithmetic; a Kerberos enctype
table's camel-cased OID names and a PBES2 scheme's."""

import ecdsa  # qready-expect: ECDSA reference
from Crypto.Cipher import AES  # qready-expect: AES reference



def _encrypt_xor(a, b, aes):
    a = unhexlify("%0.32x" % (int((a), 16) ^ int(hexlify(b), 16)))
    return aes.encrypt(a)  # qready-expect: AES encrypt


def encrypt(privkeyhex, derived_half1, derived_half2):
    aes = AES.new(derived_half2, AES.MODE_ECB)  # qready-expect: AES encrypt
    encrypted_half1 = _encrypt_xor(privkeyhex[:32], derived_half1[:16], aes)  # qready-expect: AES encrypt
    checked = _encrypt_xor(privkeyhex[32:], derived_half1[16:], key)
    return encrypted_half1 + checked


def recover(curve, x, y, order, sigder, sk):
    R = ecdsa.ellipticcurve.Point(curve, x, y, order)  # qready-expect: ECDSA reference
    r, s = ecdsa.util.sigdecode_der(sigder, sk.curve.generator.order())  # qready-expect: ECDSA reference
    pem = ecdsa.der.unpem(sigder)
    return R, r, s, pem


ENCTYPES = {
    16: "des3-cbc-sha1",  # qready-expect: 3DES reference; SHA-1 reference
    13: "rsaEncryption-EnvOID",  # qready-expect: RSA reference
    9: "dsaWithSHA1-CmsOID",  # qready-expect: DSA reference; SHA-1 reference
    26: "TCP_MD5SIG",
}
PROTECTION = "PBKDF2WithHMAC-SHA1AndDES-EDE3-CBC"  # qready-expect: SHA-1 reference; 3DES reference
