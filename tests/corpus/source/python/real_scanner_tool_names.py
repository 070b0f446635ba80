# A post-quantum audit tool's own modules (shaped on qls-pro, audit round 447): a class that scans other code
# for AES or RSA is named after what it looks for, and is no use of it; the tool's own AES encryption of its
# report is.
from Crypto.Cipher import AES  # qready-expect: AES reference
from engine.modules import AESScanner, SecretsScanner, TLSScanner


class RSADetector:
    pattern = r"rsa\.generate_private_key"


class Md5Checker:
    pass


def scanners():
    return [AESScanner(), RSADetector(), Md5Checker(), SecretsScanner(), TLSScanner()]


def seal(report: bytes, key: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)  # qready-expect: AES encrypt
    return cipher.encrypt(report)
