# A cipher library's tests (shaped on pycryptoplus' test/test.py, audit round 70): a dictionary of test vectors
# imported from the vectors' module is test data; the cipher under test is the use.
import unittest

from Crypto.Cipher import AES  # qready-expect: AES reference
from CryptoPlus.testvectors import dict_xts_aes


class TestXTS(unittest.TestCase):
    def test_vectors(self):
        for key, vector in dict_xts_aes.items():
            cipher = AES.new(vector["key"], AES.MODE_ECB)  # qready-expect: AES encrypt
            self.assertEqual(cipher.encrypt(vector["pt"]), vector["ct"])
