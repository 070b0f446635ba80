# Keys told apart by a match statement (shaped on ansible's ssh-agent client, audit round 33): the class a case
# matches and the algorithm constant it compares are the algorithm's.
import enum

from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey  # qready-expect: ECDSA reference
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey  # qready-expect: RSA reference


class KeyAlgo(str, enum.Enum):
    RSA = "ssh-rsa"  # qready-expect: RSA reference
    DSA = "ssh-dss"  # qready-expect: DSA reference

    @property
    def main_type(self):
        match self:
            case self.RSA:  # qready-expect: RSA reference
                return "keys"
            case self.DSA:  # qready-expect: DSA reference
                return "keys"
        raise NotImplementedError(self)


def serialize(private_key, point):
    match private_key:
        case RSAPrivateKey():  # qready-expect: RSA reference
            return private_key.private_numbers()
        case EllipticCurvePrivateKey():  # qready-expect: ECDSA reference
            return private_key.private_numbers()
    match point:
        case Point(x=0):
            return None
