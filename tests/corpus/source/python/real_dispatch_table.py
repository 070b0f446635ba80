# A JWT service's table of post-quantum signers (shaped on pqjwt's app.py, audit round 142): the project's
# functions handed on as values, named for the operation then the algorithm, are uses; a helper named for
# neither is none.
from .pqc import generate_keypair_sphincs_shake128f, sign_sphincs128f, verify_dilithium3  # qready-expect: SLH-DSA reference; Dilithium reference
from .util import b64url_encode

SCHEMES = {
    "SPHINCS+-128f": {
        "generate": generate_keypair_sphincs_shake128f,  # qready-expect: SLH-DSA reference
        "sign": sign_sphincs128f,  # qready-expect: SLH-DSA reference
        "encode": b64url_encode,
    },
    "Dilithium3": {  # qready-expect: Dilithium reference
        "verify": verify_dilithium3,  # qready-expect: Dilithium reference
    },
}
