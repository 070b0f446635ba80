# A quantum-risk client's registry of algorithm names (shaped on qtrust-sdk's schema.py and risk.py, audit round
# 229): a sized variant's name, its size after a dash or an underscore, names that variant (as key type options
# and KMS key specs give them); a key's number after a dash does not size it.
SUPPORTED = [
    "RSA-1024", "RSA-2048",  # qready-expect: RSA reference 1024
    "DSA-1024",  # qready-expect: DSA reference
]
KEY_SPEC_RSA_4096 = "RSA_4096"  # qready-expect: RSA reference 4096
BROKEN = ("RSA-3072", "ECDSA-P384")  # qready-expect: RSA reference 3072; ECDSA reference P-384


def inventory(client):
    return client.report(algorithm="RSA-2048", host="a.example")  # qready-expect: RSA reference 2048


LABELS = {"alg": "RSA256"}  # qready-expect: RSA reference
KEY_IDS = ["X25519-01", "X25519-02"]


def key_id(pub_hex, digest):
    # air-trust's key format (round 239): an algorithm's tag before the value it tags names the algorithm; a
    # hash's tag before a digest is the digest's value
    checksum = f"md5:{digest}"
    return f"ed25519:{pub_hex}", checksum  # qready-expect: EdDSA reference
