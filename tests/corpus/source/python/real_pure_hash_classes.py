# A pure-Python hashlib for microcontrollers (shaped on adafruit-circuitpython-hashlib, audit round 154):
# classes named in lower case after the digest they implement are definitions, as functions are; a class
# named like a test is none.
class sha1:  # qready-expect: SHA-1 reference
    digest_size = 20
    block_size = 64

    def __init__(self, data: bytes = b"") -> None:
        self._h = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)
        self._data = data


class md5(object):  # qready-expect: MD5 reference
    digest_size = 16


class test_md5_vectors:
    vectors = [b"abc"]
