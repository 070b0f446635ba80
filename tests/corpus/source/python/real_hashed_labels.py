# Labels fed to a hash (shaped on hope-genome's simulated post-quantum schemes, audit round 178): the text a
# hash reads is data, no algorithm chosen; a header's algorithm given in a dict to a dict's update is one.
import hashlib

import jwt


def shared_secret(seed: bytes) -> bytes:
    hasher = hashlib.sha256()
    hasher.update(b"KYBER_SHARED_SECRET")
    hasher.update(b"RSA-OAEP label")
    hasher.update(seed)
    return hasher.digest()


def token(claims: dict[str, str], key: str, headers: dict[str, str]) -> str:
    headers.update({"alg": "RS256"})  # qready-expect: RSA reference
    return jwt.encode(claims, key, headers=headers)
