# An OpenPGP signer building its packets by hand (shaped on pgpkms, audit round 149): the public-key
# algorithm's octet, a module constant named after RSA, is appended to each packet it writes.
KEY_VERSION = b"\x04"
KEY_ALGORITHM_RSA = b"\x01"  # qready-expect: RSA reference
SIGNATURE_VERSION = b"\x04"


def public_key_packet(created: bytes, modulus: bytes) -> bytes:
    return KEY_VERSION + created + KEY_ALGORITHM_RSA + modulus  # qready-expect: RSA reference


def signature_packet(hash_algorithm: bytes) -> bytes:
    payload = SIGNATURE_VERSION
    payload += KEY_ALGORITHM_RSA  # qready-expect: RSA reference
    payload += hash_algorithm
    return payload
