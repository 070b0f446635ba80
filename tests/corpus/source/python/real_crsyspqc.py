# A post-quantum library's Python interface (shaped on crsyspqc's crsyspqc.py and its tests, audit round 235):
# its `Dsa` is its digital signature algorithms, ML-DSA and SLH-DSA, no classic DSA; the parameter sets it names
# are the uses.
from ctypes import c_char_p, c_int, windll

_didll = windll.diCrPQC

__all__ = ["General", "Dsa", "Kem"]


class Dsa:
    class Alg:
        ML_DSA_44 = 0x20  # qready-expect: ML-DSA reference
        ML_DSA_87 = 0x22  # qready-expect: ML-DSA reference

    @staticmethod
    def sign(alg, msg, privatekey):
        n = _didll.DSA_Sign(None, 0, msg, len(msg), privatekey, len(privatekey), int(alg))
        return n


_didll.DSA_Sign.argtypes = [c_char_p, c_int, c_char_p, c_int, c_char_p, c_int, c_int]


def test_sign(sk):
    return Dsa.sign(Dsa.Alg.ML_DSA_87, b"abc", sk)  # qready-expect: ML-DSA sign
