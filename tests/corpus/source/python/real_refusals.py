# Exceptions that refuse an algorithm (shaped on stream-unzip, audit round 75): a refusal's name uses
# nothing; the decryption the module does is the use.
from Crypto.Cipher import AES  # qready-expect: AES reference


class EncryptionMechanismNotAllowed(Exception):
    pass


class AESNotAllowed(EncryptionMechanismNotAllowed):
    pass


def decrypt(key, nonce, data):
    cipher = AES.new(key, AES.MODE_CTR, nonce=nonce)  # qready-expect: AES encrypt
    return cipher.decrypt(data)
