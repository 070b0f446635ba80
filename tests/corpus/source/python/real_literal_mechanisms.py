# An HSM's generated OpenAPI client (shaped on nethsm's key_mechanism.py and decrypt_mode.py, audit round 411):
# a mechanism's name given as a type's only allowed value chooses it; a record's field read by a name of
# several words does not.
import typing


def decrypt(arg: typing.Literal["OAEP_SHA512"]) -> bytes:  # qready-expect: RSA reference
    return arg.encode()


def field(record: dict) -> str:
    return record["verify_ec_dsa"]


class KeyMechanism:
    @classmethod
    def validate(cls, value: str) -> str:
        return value

    @property
    def ECDSA_SIGNATURE(self) -> str:  # qready-expect: ECDSA reference
        return KeyMechanism.validate("ECDSA_Signature")  # qready-expect: ECDSA reference


def sign(mode: typing.Literal["EdDSA_Signature", "ECDSA_Signature"]) -> bytes:  # qready-expect: EdDSA reference; ECDSA reference
    return mode.encode()


def signature_field(signed: dict) -> bytes:
    return signed["sig_ed25519"]
