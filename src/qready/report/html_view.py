"""What the HTML report shows, computed once from the Assessment: one row per finding (with its verdict,
asset, group and earliest deadline), the summary counts, the migration waves and the data the page's script
filters and sorts. Labels of closed vocabularies (threats, tiers, requirements) are catalog strings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from qready.model import (
    Assessment,
    Asset,
    Certificate,
    Endpoint,
    Finding,
    KeyMaterial,
    Library,
    PolicyDeadline,
    ProtocolConfig,
    Threat,
    Verdict,
    Wave,
)
from qready.report.i18n import N_, Translator
from qready.report.readiness import TIERS, scored_tier, tier_rank

SUPPRESSED = "suppressed"
THREAT_ORDER = tuple(Threat)  # Shor-broken, Grover-weakened, quantum-resistant, not applicable
LABELS = {
    "threat": {
        "shor-broken": N_("Broken by Shor"),
        "grover-weakened": N_("Weakened by Grover"),
        "quantum-resistant": N_("Quantum-resistant"),
        "not-applicable": N_("Not applicable"),
    },
    "tier": {
        "critical": N_("Critical"),
        "high": N_("High"),
        "medium": N_("Medium"),
        "low": N_("Low"),
        "not-quantum-urgent": N_("Not quantum-urgent"),
        SUPPRESSED: N_("Suppressed"),
    },
    "requirement": {
        "start": N_("migration starts"),
        "prefer": N_("post-quantum preferred"),
        "hybrid": N_("hybrid required"),
        "deprecated": N_("deprecated"),
        "migrate": N_("migration required"),
        "exclusive": N_("post-quantum only"),
        "disallowed": N_("disallowed"),
    },
    "context": {
        "production": N_("production"),
        "test": N_("test"),
        "example": N_("example"),
        "vendored": N_("vendored"),
        "generated": N_("generated"),
    },
    "confidence": {"high": N_("high"), "medium": N_("medium"), "low": N_("low")},
    "status": {
        "new": N_("new"),
        "unchanged": N_("unchanged"),
        "failed": N_("failed"),
        "skipped": N_("skipped"),
    },
    "kind": {
        "private-key": N_("private key"),
        "public-key": N_("public key"),
        "secret-key": N_("secret key"),
    },
}


@dataclass(frozen=True)
class Labels:
    """Translated labels for the templates: `labels.of("tier", "high")`; an unknown value shows as is."""

    t: Translator

    def of(self, vocabulary: str, value: str | None) -> str:
        if value is None:
            return ""
        message = LABELS[vocabulary].get(value)
        return self.t.gettext(message) if message is not None else value


@dataclass(frozen=True)
class Row:
    """One finding as the page shows it. `number` is its id in the page (fingerprints can repeat)."""

    number: int
    finding: Finding
    verdict: Verdict | None
    asset: Asset | None
    group: str  # the top-level folder, the endpoint's host, or "" for a file at the top
    tier: str  # the urgency tier, or "suppressed"
    status: str | None  # new / unchanged against the baseline, when there is one

    @property
    def earliest(self) -> PolicyDeadline | None:
        return self.verdict.earliest if self.verdict is not None else None

    @property
    def threat(self) -> str:
        return str(self.finding.algorithm.threat)


def group_of(finding: Finding) -> str:
    """The repository or host a finding belongs to: the endpoint's host, else the first folder of its path."""
    location = finding.location
    if isinstance(location, Endpoint):
        return location.host
    head, slash, _ = location.path.partition("/")
    return head if slash else ""


def _tier(finding: Finding, verdict: Verdict | None) -> str:
    if verdict is not None and verdict.suppressed is not None:
        return SUPPRESSED
    return scored_tier(finding, verdict)


def build_rows(assessment: Assessment) -> tuple[Row, ...]:
    """Every finding, most urgent tier first, then in the inventory's order (by place)."""
    assets = {asset.ref: asset for asset in assessment.inventory.assets}
    comparison = assessment.comparison
    rows = []
    for number, finding in enumerate(assessment.inventory.findings, start=1):
        verdict = assessment.verdict_for(finding.fingerprint)
        rows.append(
            Row(
                number=number,
                finding=finding,
                verdict=verdict,
                asset=assets.get(finding.asset_ref) if finding.asset_ref else None,
                group=group_of(finding),
                tier=_tier(finding, verdict),
                status=comparison.status(finding.fingerprint) if comparison is not None else None,
            )
        )
    return tuple(sorted(rows, key=lambda row: (tier_rank(row.tier), row.number)))


@dataclass(frozen=True)
class WaveView:
    number: int
    wave: Wave
    rows: tuple[Row, ...]


def wave_views(assessment: Assessment, rows: tuple[Row, ...]) -> tuple[WaveView, ...]:
    """The migration waves with their findings (every finding whose fingerprint the wave names)."""
    views = []
    for number, wave in enumerate(assessment.waves, start=1):
        members = set(wave.fingerprints)
        views.append(WaveView(number, wave, tuple(r for r in rows if r.finding.fingerprint in members)))
    return tuple(views)


def threat_counts(rows: tuple[Row, ...]) -> tuple[tuple[str, int], ...]:
    counts = Counter(row.threat for row in rows)
    return tuple((str(threat), counts[threat]) for threat in THREAT_ORDER if counts[threat])


def tier_counts(rows: tuple[Row, ...]) -> tuple[tuple[str, int], ...]:
    counts = Counter(row.tier for row in rows)
    return tuple((tier, counts[tier]) for tier in (*TIERS, SUPPRESSED) if counts[tier])


def milestone_counts(rows: Iterable[Row]) -> Counter[tuple[str, date, str]]:
    """(policy name, day, requirement) -> how many findings (not suppressed) it is the milestone of."""
    counts: Counter[tuple[str, date, str]] = Counter()
    for row in rows:
        if row.verdict is not None and row.tier != SUPPRESSED:
            for deadline in row.verdict.deadlines:
                counts[(deadline.policy_name, deadline.effective, deadline.requirement)] += 1
    return counts


def next_deadlines(rows: tuple[Row, ...]) -> tuple[tuple[str, date, str, int], ...]:
    """The first milestone of each policy (policy name, day, requirement, findings), soonest first."""
    first: dict[str, tuple[str, date, str, int]] = {}
    for (policy, day, requirement), count in sorted(milestone_counts(rows).items()):
        first.setdefault(policy, (policy, day, requirement, count))
    return tuple(sorted(first.values(), key=lambda item: (item[1], item[0])))


def asset_facts(asset: Asset | None, t: Translator, labels: Labels) -> tuple[tuple[str, str], ...]:
    """(label, value) lines describing the asset a finding is about."""
    match asset:
        case Certificate():
            facts = [(N_("Subject"), asset.subject), (N_("Issuer"), asset.issuer or "")]
            facts.append((N_("Valid until"), _day(asset.not_after, t)))
            facts.append((N_("Key size"), _bits(asset.key_size, t)))
        case KeyMaterial():
            facts = [(N_("Kind"), labels.of("kind", asset.kind)), (N_("Format"), asset.format)]
            facts.append((N_("Key size"), _bits(asset.size, t)))
            facts.append((N_("Note"), asset.note or ""))
        case ProtocolConfig():
            facts = [(N_("Protocol"), f"{asset.protocol} {asset.version or ''}".strip())]
            facts.append((N_("Post-quantum key exchange"), asset.advice or ""))
        case Library():
            facts = [(N_("Library"), f"{asset.name} {asset.version or ''}".strip())]
            facts.append((N_("Note"), asset.note or ""))
        case None:
            facts = []
    return tuple((t.gettext(label), value) for label, value in facts if value)


def _day(moment: datetime | None, t: Translator) -> str:
    return t.date(moment.date()) if moment is not None else ""


def _bits(size: int | None, t: Translator) -> str:
    return t.gettext("%(bits)s bits") % {"bits": t.integer(size)} if size else ""


def _search_text(row: Row, labels: Labels) -> str:
    finding = row.finding
    parts = (
        str(finding.location),
        finding.algorithm.name,
        finding.rule_id,
        finding.evidence,
        finding.symbol or "",
        labels.of("threat", row.threat),
        labels.of("tier", row.tier),
    )
    return " ".join(parts).lower()


def script_data(rows: tuple[Row, ...], t: Translator, labels: Labels) -> dict[str, object]:
    """What the page's script needs to filter and sort the table (serialised as JSON in the page)."""
    return {
        "lang": t.lang,
        "messages": {"shown": t.gettext("Findings shown: {shown} of {total}")},
        "rows": [
            {
                "id": row.number,
                "search": _search_text(row, labels),
                "threat": row.threat,
                "tier": row.tier,
                "keys": {
                    "location": str(row.finding.location),
                    "algorithm": row.finding.algorithm.name,
                    "bits": row.finding.algorithm.classical_bits,
                    "threat": THREAT_ORDER.index(row.finding.algorithm.threat),
                    "urgency": tier_rank(row.tier),
                    "deadline": row.earliest.effective.isoformat() if row.earliest else None,
                    "rule": row.finding.rule_id,
                },
            }
            for row in rows
        ],
    }
