"""pydplus (round 304): a constant named after RSA that holds a JWK member's name (RFC 7518 section 6), or copies
one that does, is a key's field, no algorithm; the key type and the algorithm beside them are uses. gpapi (round
307): a generated protobuf descriptor names a message's field, `sha1` among them."""

from typing import ClassVar, Final

RSA_KEY_TYPE: Final[str] = "RSA"  # qready-expect: RSA reference


class AuthFields:
    JWA_RSA: ClassVar[str] = "RSA"  # qready-expect: RSA reference
    JWA_RSA_N: ClassVar[str] = "n"
    JWA_RSA_E: ClassVar[str] = "e"
    JWA_RSA_DQ: ClassVar[str] = "dq"
    JWA_RSA_QI: ClassVar[str] = "qi"
    JWA_RSA_R: ClassVar[str] = "r"
    JWA_RSA_MODULUS: ClassVar[str] = JWA_RSA_N
    JWA_RSA_PRIME_FACTOR: ClassVar[str] = JWA_RSA_R


_SPLIT = _descriptor.Descriptor(
    name="Split",
    full_name="Split",
    fields=[
        _descriptor.FieldDescriptor(
            name="sha1", full_name="Split.sha1", index=3,
            number=4, type=9, cpp_type=9, label=1,
        ),
    ],
)
