"""Content-derived refs: the formula is part of every saved scan and CBOM, so its bytes must not change."""

from __future__ import annotations

import hashlib
import json
import random

from qready.model.asset import content_ref


def _by_json(kind: str, name: str, **identity: str) -> str:
    payload = json.dumps([kind, name, identity], sort_keys=True, separators=(",", ":"))
    return f"{kind}:{name}:{hashlib.sha256(payload.encode()).hexdigest()[:16]}"


def test_refs_keep_their_recorded_values() -> None:
    # values computed by the json.dumps formula every earlier release used
    subject = 'CN=\u00e9t\u00e9 "x",O=A\\B'
    assert content_ref("certificate", subject, sha256="ab" * 32) == f"certificate:{subject}:8622e6632681e9f6"
    assert content_ref("algorithm", "AES-128-GCM", mode="gcm", family="AES") == (
        "algorithm:AES-128-GCM:c0f93ea706587181"
    )


def test_refs_match_the_json_formula_for_any_text() -> None:
    rng = random.Random(20261130)
    alphabet = 'ab"\\\u00e9\u65e5\x00\n\x1f ,:{}[]\U0001f511'

    def text() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))

    for _ in range(3000):
        identity = {text(): text() for _ in range(rng.randint(0, 3))}
        kind, name = text(), text()
        assert content_ref(kind, name, **identity) == _by_json(kind, name, **identity)
