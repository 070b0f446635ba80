"""Parsing of CLI values that click does not know: sizes, format lists, thresholds, timestamps."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from qready.errors import ConfigError
from qready.model import Assessment, Threat

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
_LEVELS = ("any", "grover-weakened", "shor-broken", "critical", "high", "medium", "low")
THRESHOLDS = ("never", *_LEVELS, *(f"new:{level}" for level in _LEVELS))
_TIERS = ("low", "medium", "high", "critical")  # urgency tiers, least urgent first (not-quantum-urgent: none)
_RANK = {
    Threat.SHOR_BROKEN: 3,
    Threat.GROVER_WEAKENED: 2,
    Threat.QUANTUM_RESISTANT: 1,
    Threat.NOT_APPLICABLE: 1,
}


def parse_size(text: str) -> int:
    """`10MB`, `512k`, `1048576` -> bytes."""
    match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", text)
    if not match or match.group(2).lower() not in _UNITS:
        raise ConfigError(f"--max-file-size: {text!r} is not a size (examples: 10MB, 512k, 1048576)")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def parse_formats(text: str, known: list[str]) -> list[str]:
    formats = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [f for f in formats if f not in known]
    if unknown or not formats:
        raise ConfigError(
            f"--format: unknown format {', '.join(unknown) or text!r}; known: {', '.join(known)}"
        )
    return list(dict.fromkeys(formats))


def fails(threat: Threat, threshold: str, tier: str | None = None, new: bool = True) -> bool:
    """Does a finding of `threat` (urgency `tier`; `new` against the baseline) meet the --fail-on threshold?

    A threat threshold counts that threat and worse, an urgency tier that tier and more urgent; `new:X`
    counts only findings the baseline does not have.
    """
    prefix, _, level = threshold.rpartition(":")
    if level == "never" or (prefix == "new" and not new):
        return False
    if level == "any":
        return True
    if level in _TIERS:
        return tier in _TIERS and _TIERS.index(tier) >= _TIERS.index(level)
    return _RANK[threat] >= _RANK[Threat(level)]


def gate_fails(assessment: Assessment, threshold: str) -> bool:
    """Does any finding that is not suppressed meet the --fail-on threshold?"""
    if threshold == "never":  # the default: no finding to look at
        return False
    comparison = assessment.comparison
    for finding in assessment.inventory.findings:
        verdict = assessment.verdict_for(finding.fingerprint)
        if verdict is not None and verdict.suppressed is not None:
            continue
        tier = verdict.tier if verdict is not None else None
        new = comparison is None or comparison.status(finding.fingerprint) == "new"
        if fails(finding.algorithm.threat, threshold, tier, new):
            return True
    return False


def report_timestamp(reproducible: bool) -> datetime:
    """SOURCE_DATE_EPOCH when set; the Unix epoch under --reproducible; otherwise now (UTC, seconds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        if not epoch.strip().isdigit():
            raise ConfigError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a whole number of seconds")
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    if reproducible:
        return datetime.fromtimestamp(0, tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def read_passwords(values: tuple[str, ...], files: tuple[Path, ...]) -> tuple[str, ...]:
    """Passwords from flags, then one per line from each --keystore-password-file."""
    passwords = list(values)
    for path in files:
        try:
            passwords.extend(line.rstrip("\r\n") for line in path.read_text(encoding="utf-8").splitlines())
        except OSError as exc:
            raise ConfigError(f"--keystore-password-file {path}: {exc.strerror}") from None
    return tuple(dict.fromkeys(passwords))
