# A signature package's own ASN.1 codec and number theory (shaped on slh-dsa's tests/test_asn.py, audit round
# 66, and pywallet's keys.py): a name imported from such a module of a package named after an algorithm is
# the module's, not the algorithm's; its keys and signing stay uses.
import ecdsa  # qready-expect: ECDSA reference
from ecdsa.numbertheory import square_root_mod_prime
from slhdsa.asn import BitString, Integer, ObjectIdentifier, Schema
from slhdsa import KeyPair, sha2_128s  # qready-expect: SLH-DSA reference


class Child(Schema):
    oid: ObjectIdentifier
    a: Integer
    bits: BitString


def y_of(x, p, curve):
    alpha = (pow(x, 3, p) + curve.a() * x + curve.b()) % p
    return square_root_mod_prime(alpha, p)


def sign_both(message, sigder, order):
    pair = KeyPair.gen(sha2_128s)  # qready-expect: SLH-DSA reference
    r, s = ecdsa.util.sigdecode_der(sigder, order)  # qready-expect: ECDSA reference
    return pair.sign(message), r, s


# COSE's key type EC2 is an elliptic-curve key; Amazon's EC2 credentials are not (keystoneclient, round 66)
def key_kind(KeyType, ec2, cred, key):
    if key.kty == KeyType.EC2:  # qready-expect: ECDSA reference
        return "ec"  # qready-expect: ECDSA reference
    if key.kty == CoseKty.EC2:  # qready-expect: ECDSA reference
        return "cose"
    aliases = {Provider.EC2_US_EAST: Provider.EC2}  # libcloud's cloud provider, round 86
    return isinstance(cred, ec2.EC2) or aliases
