"""Mercurial's node constants (round 31): `sha1nodeconstants` holds a node's length and its null and placeholder
ids, no digest; the node is hashed with hashlib's SHA-1 elsewhere."""

import hashlib

from mercurial.node import sha1nodeconstants


def candidates(nodes: list[bytes]) -> list[bytes]:
    nodes.append(sha1nodeconstants.nullid)
    return nodes


def hashrevision(text: bytes, p1: bytes, p2: bytes) -> bytes:
    s = hashlib.sha1(min(p1, p2))  # qready-expect: SHA-1 digest
    s.update(max(p1, p2) + text)
    return s.digest()
