# PyCrypto's RSA self-test as bflb-crypto-plus ships it (src/CryptoPlus/SelfTest/PublicKey/test_RSA.py, round
# 256): an object named after its algorithm (`rsaObj`) is worked on by its methods, an operation's or not.
from Crypto.PublicKey import RSA  # qready-expect: RSA reference


def check(rsa, ciphertext, blinding_factor):
    rsaObj = rsa.generate(1024)  # qready-expect: RSA keygen
    pub = rsaObj.publickey()  # qready-expect: RSA reference
    blinded_ctext = rsaObj.blind(ciphertext, blinding_factor)  # qready-expect: RSA reference
    return pub, blinded_ctext
