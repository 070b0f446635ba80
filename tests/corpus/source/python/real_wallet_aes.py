"""A wallet's key encryption (shaped on cryptos' wallet_utils and pyAesCrypt, audit round 38): pyaes' modes and
encrypters are AES, and so is a file encrypted by pyAesCrypt."""
import pyaes  # qready-expect: AES reference
import pyAesCrypt  # qready-expect: AES reference

RSA_KEY_FILE = "keys/rsa.pem"


def encrypt_seed(key, iv, data):
    aes_cbc = pyaes.AESModeOfOperationCBC(key, iv=iv)  # qready-expect: AES reference
    aes = pyaes.Encrypter(aes_cbc, padding=pyaes.PADDING_NONE)  # qready-expect: AES reference
    return aes.feed(data) + aes.feed()  # qready-expect: AES reference


def encrypt_backup(path, password):
    pyAesCrypt.encryptFile(path, path + ".aes", password)  # qready-expect: AES encrypt
