# A post-quantum registry keyed by liboqs' algorithm names (shaped on qnsi's _registry.py, audit round 108,
# and liboqs-python): SPHINCS+'s round-3 names are SLH-DSA's parameter sets; the other KEMs by their sets.
import oqs

SIGNATURES = {
    "SPHINCS+-SHAKE-128f-simple": 1,  # qready-expect: SLH-DSA reference
    "SPHINCS+-SHA2-256s-simple": 5,  # qready-expect: SLH-DSA reference
}
KEMS = ["FrodoKEM-640-AES", "Classic-McEliece-348864f", "HQC-128"]  # qready-expect: FrodoKEM reference; Classic-McEliece reference; HQC reference


def firmware_signer() -> oqs.Signature:
    return oqs.Signature("SPHINCS+-SHA2-128f-simple")  # qready-expect: SLH-DSA reference
