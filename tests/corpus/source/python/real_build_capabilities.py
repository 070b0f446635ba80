# A binding that asks which modules its native library was built with (shaped on python-secp256k1 and pgpy,
# audit round 156): the flags and checks of what the build has, and a value formatted into an exception's
# text, use nothing; the comparison that picks the curve and the probe of the library's symbol do.
from pysecp256k1.low_level import Libsecp256k1Exception, has_secp256k1_ecdh

HAS_SCHNORRSIG = hasattr(lib, "secp256k1_schnorrsig_sign32")  # qready-expect: Schnorr reference


def check_curve(curve: object) -> None:
    if curve != EllipticCurveOID.Ed25519:  # qready-expect: EdDSA reference
        raise ValueError("EdDSA only supported with {}".format(EllipticCurveOID.Ed25519))
    if not has_secp256k1_ecdh:
        raise Libsecp256k1Exception("built without the ECDH module")
