# A libssh binding and a signed receipt (shaped on pysecure's types.py and trust-gate-mcp's server.py, audit
# round 136): a C struct's fields declared to ctypes, and fields holding encoded signatures, are named after
# what they hold; a parameter set chosen by its name is a use.
import hashlib
from ctypes import Structure, c_int, c_void_p


class SshKeyStruct(Structure):
    _fields_ = [("type", c_int), ("rsa", c_void_p), ("ecdsa", c_void_p)]


SIGNED_FIELDS = {"signature_b64", "ml_dsa_signature_b64", "ml_dsa_public_key_b64"}


def algorithms(probe, signer):
    found = []
    if probe.get("slh_dsa_signature_b64"):
        found.append("hash-based")
    found.append(signer.sign(b"body", "ml_dsa_65"))  # qready-expect: ML-DSA sign
    return found


def md5_hash(data):  # qready-expect: MD5 reference
    return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest


def report(text):
    # (encryptions' demo, audit round 135: a digest computed for a print still computes)
    print("MD5 Hash:", md5_hash(text))  # qready-expect: MD5 reference
    print("key type: rsa")


# aloecrypt (round 107): a native plugin's conversion called by its name, Kyber's key to PEM
def kyber_to_pem(plugin, packed):  # qready-expect: Kyber reference
    return plugin.call("kyber_kem_to_x_pem", packed).decode()  # qready-expect: Kyber reference
