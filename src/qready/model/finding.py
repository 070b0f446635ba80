"""A finding: one observed use or presence of an algorithm at one place."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from qready.model.algorithm import Algorithm
from qready.model.location import Location
from qready.runtime import cached_property


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Finding:
    """`rule_id` is stable (documented per detector); `evidence` is a short, redacted excerpt.

    `provenance` pairs a parameter with where its value came from (`("key_size", "observed")`).
    `function` is what the code does with the algorithm (keygen, sign, encrypt, digest, reference...).
    """

    rule_id: str
    algorithm: Algorithm
    location: Location
    evidence: str
    symbol: str | None = None
    asset_ref: str | None = None
    confidence: Confidence = Confidence.HIGH
    provenance: tuple[tuple[str, str], ...] = ()
    function: str | None = None
    context: str | None = None  # production, test, example, vendored or generated code (source findings)

    @cached_property
    def fingerprint(self) -> str:
        """Content-derived id, stable across line moves: no line number, no time, no machine path.

        A finding loaded from a saved document keeps the id stored with it (so its verdict still links up
        after the formula changes); `current_fingerprint()` always applies today's formula.
        """
        return self.current_fingerprint()

    def current_fingerprint(self) -> str:
        """The fingerprint by today's formula. The evidence counts without its whitespace, so re-indenting
        or reformatting a line (`key_size=2048` -> `key_size = 2048`) keeps the finding's identity."""
        parts = (
            self.rule_id,
            self.algorithm.name,
            self.location.path,
            self.symbol or "",
            "".join(self.evidence.split()),
            self.asset_ref or "",
        )
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]
