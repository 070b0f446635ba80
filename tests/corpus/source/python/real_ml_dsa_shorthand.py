"""A post-quantum verifier's ML-DSA audit (shaped on pq-verify's dsa_audit.py and cli.py, audit round 361): the
project says "dsa" for ML-DSA, and names no classical signature anywhere, so its `dsa` names are no DSA; the
parameter sets it names are ML-DSA's."""

from .dsa_audit import DSA_SIZES, pqverify_audit_dsa

_CCTV_DSA = "ML-DSA-44"  # qready-expect: ML-DSA reference
ML_DSA_PARAMS = ("ML-DSA-44", "ML-DSA-65", "ML-DSA-87")  # qready-expect: ML-DSA reference


def run(flag: str, path: str, param_set: str) -> dict:
    name = "--audit-dsa" if flag.startswith("--dsa") else flag
    if param_set not in DSA_SIZES:
        raise ValueError(name)
    return pqverify_audit_dsa(path, param_set)
