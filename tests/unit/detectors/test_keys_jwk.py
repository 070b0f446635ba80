"""JWK and JWKS: key types, alg handling, locations, identity, bounded parsing."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from qready.detectors.base import DetectContext
from qready.detectors.keys import KeysDetector
from qready.detectors.pubkey import public_key_digest
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import default_catalog
from qready.model import KeyMaterial


def _b64(value: int) -> str:
    return (
        base64.urlsafe_b64encode(value.to_bytes((value.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()
    )


def _detect(
    text: str, rel: str = "keys.json"
) -> tuple[list[KeyMaterial], list[tuple[object, str, str]], list[str]]:
    detection = KeysDetector().detect(ScannedFile(rel, text.encode()), DetectContext(default_catalog()))
    keys = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    return (
        keys,
        [(f.location.line, f.rule_id, f.algorithm.name) for f in detection.findings],
        detection.problems,
    )  # type: ignore[union-attr]


def test_rsa_jwk_identity_is_the_spki_digest_and_alg_is_the_finding_algorithm() -> None:
    key = rsa.generate_private_key(65537, 2048)
    numbers = key.public_key().public_numbers()
    text = json.dumps({"kty": "RSA", "alg": "RS256", "n": _b64(numbers.n), "e": _b64(numbers.e), "kid": "k1"})
    keys, found, problems = _detect(text)
    assert keys[0].identity == public_key_digest(key)
    assert (keys[0].kind, keys[0].size, keys[0].algorithm.name if keys[0].algorithm else None) == (
        "public-key",
        2048,
        "RSA-2048",
    )
    assert found == [(1, "jwk.key", "RSA-PKCS1-1.5-SHA-256-2048")]
    assert problems == []


def test_private_member_makes_a_private_key() -> None:
    keys, _, _ = _detect('{"kty": "OKP", "crv": "Ed25519", "x": "' + "A" * 43 + '", "d": "secret"}')
    assert (keys[0].kind, keys[0].algorithm.name if keys[0].algorithm else None) == ("private-key", "Ed25519")


def test_single_line_jwks_keys_fall_back_to_items_when_lines_are_ambiguous() -> None:
    text = '{"keys": [{"kty": "OKP", "crv": "X25519", "x": "' + "A" * 43 + '"}], "meta": {"kty": 5}}'
    keys, _, _ = _detect(text)
    assert keys[0].locations[0].item == "key #1"  # type: ignore[union-attr]


def test_oct_key_without_alg_is_kept_with_a_note_and_no_finding() -> None:
    keys, found, problems = _detect('{"kty": "oct", "k": "c2VjcmV0c2VjcmV0c2VjcmV0"}')
    assert (keys[0].kind, keys[0].size, keys[0].algorithm) == ("secret-key", 144, None)
    assert keys[0].note == "oct key without alg: algorithm unknown"
    assert found == []
    assert problems == ["keys.json:1: JWK kty 'oct': algorithm unknown"]


def test_json_without_kty_is_not_wanted() -> None:
    assert not KeysDetector().wants(ScannedFile("package.json", b'{"name": "x", "keys": []}'))


def test_absurd_nesting_is_refused_before_parsing() -> None:
    text = '{"kty": "RSA", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(DetectorError, match="JSON nested deeper than 32 levels"):
        _detect(text)


def test_invalid_json_is_a_clear_error() -> None:
    with pytest.raises(DetectorError, match="not valid JSON"):
        _detect('{"kty": "RSA", ')


def test_invalid_member_is_a_problem_for_that_key_only() -> None:
    text = (
        '[{"kty": "RSA", "n": 5, "e": "AQAB"},\n {"kty": "OKP", "crv": "Ed25519", "x": "' + "A" * 43 + '"}]'
    )
    keys, found, problems = _detect(text)
    assert found == [(2, "jwk.key", "Ed25519")]
    assert problems == ["keys.json:1: JWK member 'n' is not a string"]
    assert len(keys) == 1
