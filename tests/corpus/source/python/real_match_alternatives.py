# A JWS library dispatching on its algorithm enum with match statements (shaped on jws-algorithms, audit round
# 158): every alternative of an or-pattern, on its own line, names the family it matches.
from enum import Enum


class AsymmetricAlgorithm(Enum):
    RS256 = "RS256"  # qready-expect: RSA reference
    PS384 = "PS384"  # qready-expect: RSA reference
    ES384 = "ES384"  # qready-expect: ECDSA reference


def hash_size(algorithm: AsymmetricAlgorithm) -> int:
    match algorithm:
        case (
            AsymmetricAlgorithm.PS384  # qready-expect: RSA reference
            | AsymmetricAlgorithm.ES384  # qready-expect: ECDSA reference
        ):
            return 384
        case AsymmetricAlgorithm.RS256:  # qready-expect: RSA reference
            return 256
    raise ValueError(algorithm)
