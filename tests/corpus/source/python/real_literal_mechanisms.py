# An HSM's generated OpenAPI client (shaped on nethsm's key_mechanism.py and decrypt_mode.py, audit round 411):
# a mechanism's name given as a type's only allowed value chooses it; a record's field read by a name of
# several words does not.
import typing


def decrypt(arg: typing.Literal["OAEP_SHA512"]) -> bytes:  # qready-expect: RSA reference
    return arg.encode()


def field(record: dict) -> str:
    return record["verify_ec_dsa"]
