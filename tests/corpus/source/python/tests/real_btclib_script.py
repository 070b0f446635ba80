# A Bitcoin library's tests: an ECDSA signature kept in a test constant, script error codes in a table, and
# its ECDSA module called (btclib, round 51 of the source audit: its `dsa` module is ECDSA on secp256k1, not
# DSA; the calls are not read as ECDSA yet).
from ecc.ecc import dsa, ssa
from btclib.script import ScriptErrorCode

_DSA_SIG = dsa.sign(_MSG, _Q)

CASES = [
    (b"\x01", ScriptErrorCode.SCHNORR_SIG),
    (b"\x02", ScriptErrorCode.ECDSA_SIG),
]


def test_sign():
    sig = dsa.sign(b"message", 1)
    assert dsa.verify(b"message", 1, sig)
