"""`qready diff OLD NEW`: what one scan (or CBOM) has that the other has not, and what changed in between.

Findings match as the CI gate matches them (baseline.py): by fingerprint when both sides are qready JSON
reports, else by occurrence key (algorithm, path, symbol, evidence). A finding present on both sides is
*changed* when a parameter differs (key size, curve, classical bits, quantum level, threat, mode, padding,
or its urgency when both sides were assessed). Unmatched findings at the same site (same path and symbol,
and the same rule when rules are known) are paired in line order: `RSA-2048` becoming `RSA-4096` on the
`generate_private_key` call is one change, not a removal and an addition. The rest are added or removed.
Certificates with the same subject and libraries with the same name are compared the same way.

Pure: the CLI reads the files and renders the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from qready.assess.baseline import Match, identity, place
from qready.model import (
    Algorithm,
    Assessment,
    Certificate,
    Finding,
    Inventory,
    Library,
    location_line,
)

_PARAMETERS: tuple[tuple[str, Callable[[Algorithm], object]], ...] = (
    ("algorithm", lambda a: a.name),
    ("key size", lambda a: a.key_size),
    ("curve", lambda a: a.curve),
    ("classical bits", lambda a: a.classical_bits),
    ("quantum level", lambda a: a.nist_quantum_level),
    ("threat", lambda a: a.threat.value),
    ("mode", lambda a: a.mode),
    ("padding", lambda a: a.padding),
)


@dataclass(frozen=True)
class Side:
    """One side of the comparison: a qready JSON report (with its verdicts) or an imported CBOM."""

    source: str
    inventory: Inventory
    assessment: Assessment | None = None  # None for a CBOM: no rule ids, no verdicts

    def tier(self, finding: Finding) -> str | None:
        verdict = self.assessment.verdict_for(finding.fingerprint) if self.assessment else None
        return verdict.tier if verdict is not None else None


@dataclass(frozen=True)
class Change:
    """One thing present on both sides with different parameters: (field, old, new) triples."""

    subject: str
    fields: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class ScanDiff:
    old: str
    new: str
    added: tuple[Finding, ...]
    removed: tuple[Finding, ...]
    changed: tuple[Change, ...]


def _text(value: object) -> str:
    return "-" if value is None else str(value)


def algorithm_changes(old: Algorithm | None, new: Algorithm | None) -> list[tuple[str, str, str]]:
    """The parameters that differ between two algorithms."""
    if old is None or new is None:
        return [] if old is new else [("algorithm", _text(old and old.name), _text(new and new.name))]
    found = []
    for name, read in _PARAMETERS:
        before, after = read(old), read(new)
        if before != after:
            found.append((name, _text(before), _text(after)))
    return found


def subject(finding: Finding) -> str:
    """`path:line rule symbol`: where a finding is, for people."""
    line = location_line(finding.location)
    where = finding.location.path + (f":{line}" if line is not None else "")
    return " ".join(part for part in (where, finding.rule_id, finding.symbol) if part)


def _site(finding: Finding, with_rule: bool) -> tuple[str, str, str]:
    return (*place(finding), finding.rule_id if with_rule else "")


def _finding_change(old: Finding, new: Finding, sides: tuple[Side, Side]) -> Change | None:
    fields = algorithm_changes(old.algorithm, new.algorithm)
    before, after = sides[0].tier(old), sides[1].tier(new)
    if before is not None and after is not None and before != after:
        fields.append(("urgency", before, after))
    return Change(subject(new), tuple(fields)) if fields else None


def _pair_by_site(
    removed: list[Finding], added: list[Finding], sides: tuple[Side, Side], with_rule: bool
) -> tuple[list[Change], list[Finding], list[Finding]]:
    """Unmatched findings at the same site, paired in line order, become changes."""
    waiting: dict[tuple[str, str, str], list[Finding]] = {}
    for finding in sorted(removed, key=lambda f: location_line(f.location) or 0):
        waiting.setdefault(_site(finding, with_rule), []).append(finding)
    changes: list[Change] = []
    still_added: list[Finding] = []
    for finding in sorted(added, key=lambda f: location_line(f.location) or 0):
        queue = waiting.get(_site(finding, with_rule))
        if not queue:
            still_added.append(finding)
            continue
        change = _finding_change(queue.pop(0), finding, sides)
        if change is not None:
            changes.append(change)
    still_removed = [f for queue in waiting.values() for f in queue]
    return changes, still_added, still_removed


def _findings(old: Side, new: Side) -> tuple[list[Change], list[Finding], list[Finding]]:
    match = Match.FINGERPRINT if old.assessment and new.assessment else Match.OCCURRENCE
    before = {identity(f, match): f for f in old.inventory.findings}
    after = {identity(f, match): f for f in new.inventory.findings}
    changes = [
        change
        for key, finding in after.items()
        if key in before and (change := _finding_change(before[key], finding, (old, new))) is not None
    ]
    added = [f for key, f in after.items() if key not in before]
    removed = [f for key, f in before.items() if key not in after]
    paired, added, removed = _pair_by_site(removed, added, (old, new), match is Match.FINGERPRINT)
    return changes + paired, added, removed


def _replaced(old: Inventory, new: Inventory) -> Iterable[tuple[Certificate, Certificate]]:
    """Certificates (or requests) whose subject is on both sides once, with different contents: re-issued."""
    olds = [a for a in old.assets if isinstance(a, Certificate)]
    news = [a for a in new.assets if isinstance(a, Certificate)]
    kept = {a.ref for a in olds} & {a.ref for a in news}
    before: dict[tuple[str, bool], list[Certificate]] = {}
    after: dict[tuple[str, bool], list[Certificate]] = {}
    for side, certificates in ((before, olds), (after, news)):
        for cert in certificates:
            if cert.ref not in kept:
                side.setdefault((cert.subject, cert.request), []).append(cert)
    for key, [cert] in ((k, v) for k, v in after.items() if len(v) == 1):
        if len(before.get(key, [])) == 1:
            yield before[key][0], cert


def _certificate_changes(old: Inventory, new: Inventory) -> Iterable[Change]:
    for was, cert in _replaced(old, new):
        fields = [
            (f"signature {n}", o, w)
            for n, o, w in algorithm_changes(was.signature_algorithm, cert.signature_algorithm)
        ]
        fields += [
            (f"public key {n}", o, w) for n, o, w in algorithm_changes(was.public_key, cert.public_key)
        ]
        if was.not_after != cert.not_after:
            fields.append(("not after", _day(was.not_after), _day(cert.not_after)))
        kind = "certificate request" if cert.request else "certificate"
        yield Change(
            f"{kind} {cert.subject}", tuple(fields) or (("sha-256", was.sha256[:16], cert.sha256[:16]),)
        )


def _day(moment: datetime | None) -> str:
    return _text(moment.date() if moment is not None else None)


def _library_changes(old: Inventory, new: Inventory) -> Iterable[Change]:
    before = {a.name: a for a in old.assets if isinstance(a, Library)}
    for library in (a for a in new.assets if isinstance(a, Library)):
        was = before.get(library.name)
        if was is not None and was.version != library.version:
            yield Change(
                f"library {library.name}", (("version", _text(was.version), _text(library.version)),)
            )


def diff_scans(old: Side, new: Side) -> ScanDiff:
    """Added, removed and changed findings (and changed certificates and libraries) from `old` to `new`."""
    changes, added, removed = _findings(old, new)
    changes += [
        *_certificate_changes(old.inventory, new.inventory),
        *_library_changes(old.inventory, new.inventory),
    ]
    return ScanDiff(
        old.source,
        new.source,
        _ordered(added),
        _ordered(removed),
        tuple(sorted(changes, key=lambda c: c.subject)),
    )


def _ordered(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings,
            key=lambda f: (f.location.path, location_line(f.location) or 0, f.rule_id, f.algorithm.name),
        )
    )


__all__ = ["Change", "ScanDiff", "Side", "algorithm_changes", "diff_scans", "subject"]
