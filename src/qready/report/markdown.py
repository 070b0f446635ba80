"""Markdown summary for a pull-request comment: counts by urgency and threat, the baseline comparison, the
most urgent findings and what could not be scanned, in English or French (`ReportOptions.lang`).

Every value that comes from scanned files (paths, evidence, reasons) is either a code span (`code_span`) or
escaped prose (`escape_markdown`): a file named `<img src=x onerror=alert(1)>|@team.pem` renders as text,
breaks no table and mentions nobody.

The strings live in `_TEXT` below, keyed by language, until the report catalogs (report/locale) carry them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import ClassVar

from babel.dates import format_date
from babel.numbers import format_decimal

from qready.errors import ConfigError
from qready.model import (
    Assessment,
    AttackCost,
    Comparison,
    Finding,
    Outcome,
    Threat,
    Verdict,
    location_line,
)
from qready.report.base import ReportOptions
from qready.report.cbom_assessment import estimate_text
from qready.report.readiness import TIERS, tier_rank

TOP_FINDINGS = 15  # rows of the findings table
TOP_PROBLEMS = 10
SUPPRESSED = "suppressed"

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "waves": "Migration plan",
        "attack": "What breaking them would take",
        "attack_target": "Target",
        "attack_published": "Cheapest published estimate",
        "attack_model": "qready model ({profile})",
        "title": "qready: quantum readiness",
        "finding": "finding",
        "findings": "findings",
        "file": "file scanned",
        "files": "files scanned",
        "endpoint": "endpoint probed",
        "endpoints": "endpoints probed",
        "scope": "policies {policy} · assessed on {day}",
        "urgency": "Urgency",
        "total": "Total",
        "baseline": "Compared with the baseline {file}",
        "new_one": "new",
        "new_many": "new",
        "unchanged_one": "unchanged",
        "unchanged_many": "unchanged",
        "fixed_one": "fixed",
        "fixed_many": "fixed",
        "failed": "failed",
        "skipped": "skipped",
        "top": "Most urgent findings",
        "top_new": "Most urgent findings (new first)",
        "status": "Status",
        "location": "Location",
        "algorithm": "Algorithm",
        "threat": "Threat",
        "deadline": "Earliest deadline",
        "replacement": "Replacement",
        "more": "…and {count} more in the full report.",
        "none": "No findings.",
        "problems": "Not scanned completely ({count})",
        "more_problems": "…and {count} more.",
        "footer": "qready {version} · catalog {catalog}",
        "from": "{requirement} from {day}",
        "new": "new",
        "unchanged": "unchanged",
        "critical": "critical",
        "high": "high",
        "medium": "medium",
        "low": "low",
        "not-quantum-urgent": "not quantum-urgent",
        "suppressed": "suppressed",
        "shor-broken": "broken by Shor",
        "grover-weakened": "weakened by Grover",
        "quantum-resistant": "quantum-resistant",
        "not-applicable": "not applicable",
        "start": "start",
        "prefer": "prefer",
        "hybrid": "hybrid",
        "deprecated": "deprecated",
        "migrate": "migrate",
        "exclusive": "exclusive",
        "disallowed": "disallowed",
    },
    "fr": {
        "waves": "Plan de migration",
        "attack": "Ce qu'il faudrait pour les casser",
        "attack_target": "Cible",
        "attack_published": "Estimation publiée la moins coûteuse",
        "attack_model": "Modèle qready ({profile})",
        "title": "qready : préparation quantique",
        "finding": "constat",
        "findings": "constats",
        "file": "fichier analysé",
        "files": "fichiers analysés",
        "endpoint": "point d’accès sondé",
        "endpoints": "points d’accès sondés",
        "scope": "politiques {policy} · évalué le {day}",
        "urgency": "Urgence",
        "total": "Total",
        "baseline": "Comparaison avec la référence {file}",
        "new_one": "nouveau",
        "new_many": "nouveaux",
        "unchanged_one": "inchangé",
        "unchanged_many": "inchangés",
        "fixed_one": "corrigé",
        "fixed_many": "corrigés",
        "failed": "échec",
        "skipped": "ignoré",
        "top": "Constats les plus urgents",
        "top_new": "Constats les plus urgents (nouveaux d’abord)",
        "status": "Statut",
        "location": "Emplacement",
        "algorithm": "Algorithme",
        "threat": "Menace",
        "deadline": "Première échéance",
        "replacement": "Remplacement",
        "more": "…et {count} de plus dans le rapport complet.",
        "none": "Aucun constat.",
        "problems": "Analyse incomplète ({count})",
        "more_problems": "…et {count} de plus.",
        "footer": "qready {version} · catalogue {catalog}",
        "from": "{requirement} à partir du {day}",
        "new": "nouveau",
        "unchanged": "inchangé",
        "critical": "critique",
        "high": "élevée",
        "medium": "moyenne",
        "low": "faible",
        "not-quantum-urgent": "pas d’urgence quantique",
        "suppressed": "ignoré sur demande",
        "shor-broken": "cassé par Shor",
        "grover-weakened": "affaibli par Grover",
        "quantum-resistant": "résistant au quantique",
        "not-applicable": "non applicable",
        "start": "début",
        "prefer": "à préférer",
        "hybrid": "hybride",
        "deprecated": "déprécié",
        "migrate": "migration",
        "exclusive": "exclusif",
        "disallowed": "interdit",
    },
}

_PROSE = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "~": "\\~",
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
    }
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_MENTION = re.compile(r"(?<![A-Za-z0-9_])@")  # GitHub links @name only after a non-word character


def escape_markdown(text: str) -> str:
    """Prose that renders as itself: Markdown and HTML syntax escaped, one line, table-safe, and no @mention
    (a zero-width space follows such an @; `user@example.org` and `sha512@openssh.com` stay as they are)."""
    return _MENTION.sub("@&#8203;", _CONTROL.sub(" ", text).translate(_PROSE))


def code_span(text: str) -> str:
    """`text` as an inline code span, safe inside a table cell (backticks and pipes in it included)."""
    flat = _CONTROL.sub(" ", text).replace("|", "\\|")
    if not flat:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or flat.isspace() else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _words(lang: str) -> dict[str, str]:
    if lang not in _TEXT:
        raise ConfigError(f"--lang: unknown language {lang!r}; known: {', '.join(_TEXT)}")
    return _TEXT[lang]


def urgency_tier(verdict: Verdict | None) -> str:
    """The urgency tier whether or not the finding is suppressed, `` when unknown."""
    return (verdict.tier if verdict is not None else None) or ""


def tier_of(verdict: Verdict | None) -> str:
    """The urgency tier, `suppressed` for an accepted finding, `` when unknown."""
    return SUPPRESSED if verdict is not None and verdict.suppressed else urgency_tier(verdict)


def urgency_rank(verdict: Verdict | None) -> int:
    """0 for critical ... 4 for not-quantum-urgent, 5 when unknown, 6 when suppressed."""
    tier = tier_of(verdict)
    return len(TIERS) + 1 if tier == SUPPRESSED else tier_rank(tier)


def baseline_name(comparison: Comparison) -> str:
    """The baseline file's name, without its folder (no machine path in a report)."""
    return comparison.baseline.replace("\\", "/").rsplit("/", 1)[-1]


def place(finding: Finding) -> str:
    """`path:line`, `tls://host:port`, or the path alone."""
    line = location_line(finding.location)
    return f"{finding.location.path}:{line}" if line else finding.location.path


class _Page:
    """One rendering: the words of one language and its number and date formats."""

    def __init__(self, assessment: Assessment, options: ReportOptions) -> None:
        self.assessment = assessment
        self.lang = options.lang
        self.words = _words(options.lang)

    def say(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def number(self, count: int) -> str:
        return format_decimal(count, locale=self.lang)

    def day(self, value: date) -> str:
        return format_date(value, "medium", locale=self.lang)

    def count(self, count: int, one: str, many: str) -> str:
        """`1 finding`, `2 findings`; French keeps 0 and 1 singular."""
        singular = count == 1 or (self.lang == "fr" and count == 0)
        return f"{self.number(count)} {self.say(one if singular else many)}"

    def word(self, key: str) -> str:
        return self.words.get(key, key)


def _header(page: _Page) -> list[str]:
    inventory = page.assessment.inventory
    parts = [f"**{page.count(len(inventory.findings), 'finding', 'findings')}**"]
    if inventory.files_scanned:
        parts.append(page.count(inventory.files_scanned, "file", "files"))
    if inventory.endpoints_probed:
        parts.append(page.count(inventory.endpoints_probed, "endpoint", "endpoints"))
    day = page.day(page.assessment.as_of) if page.assessment.as_of else "?"
    parts.append(page.say("scope", policy=escape_markdown(page.assessment.policy), day=day))
    return [f"## {page.say('title')}", "", " · ".join(parts), ""]


def _counts(page: _Page) -> list[str]:
    """Rows: urgency tiers (and suppressed); columns: the threats present, then the total."""
    assessment = page.assessment
    cells: Counter[tuple[str, Threat]] = Counter()
    for finding in assessment.inventory.findings:
        cells[tier_of(assessment.verdict_for(finding.fingerprint)) or "?", finding.algorithm.threat] += 1
    present = {threat for _, threat in cells}
    threats = [t for t in Threat if t in present]
    header = [page.say("urgency"), *(page.word(t.value) for t in threats), page.say("total")]
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    for row in (*TIERS, "?", SUPPRESSED):
        counts = [cells[row, t] for t in threats]
        if sum(counts):
            numbers = [page.number(c) for c in (*counts, sum(counts))]
            lines.append("| " + " | ".join([page.word(row), *numbers]) + " |")
    return [*lines, ""]


def _comparison(page: _Page) -> list[str]:
    comparison = page.assessment.comparison
    if comparison is None:
        return []
    name = baseline_name(comparison)
    states = Counter(comparison.status(f.fingerprint) for f in page.assessment.inventory.findings)
    new, unchanged = page.count(states["new"], "new_one", "new_many"), states["unchanged"]
    counts = " · ".join(
        [
            f"**{new}**",
            page.count(unchanged, "unchanged_one", "unchanged_many"),
            page.count(len(comparison.fixed), "fixed_one", "fixed_many"),
        ]
    )
    return [f"### {page.say('baseline', file=code_span(name))}", "", counts, ""]


def _deadline(page: _Page, verdict: Verdict | None) -> str:
    earliest = verdict.earliest if verdict is not None else None
    if earliest is None:
        return ""
    when = page.say("from", requirement=page.word(earliest.requirement), day=page.day(earliest.effective))
    return f"{escape_markdown(earliest.policy_name)}: {when}"


def ranked(assessment: Assessment) -> list[Finding]:
    """Unsuppressed findings: new ones first (when compared), the most urgent, then the earliest deadline."""

    def key(indexed: tuple[int, Finding]) -> tuple[int, int, str, int]:
        index, finding = indexed
        verdict = assessment.verdict_for(finding.fingerprint)
        comparison = assessment.comparison
        old = 0 if comparison is None or comparison.status(finding.fingerprint) == "new" else 1
        earliest = verdict.earliest if verdict is not None else None
        return (old, urgency_rank(verdict), earliest.effective.isoformat() if earliest else "9999", index)

    kept = [
        (i, f)
        for i, f in enumerate(assessment.inventory.findings)
        if tier_of(assessment.verdict_for(f.fingerprint)) != SUPPRESSED
    ]
    return [finding for _, finding in sorted(kept, key=key)]


def _row(page: _Page, finding: Finding, status: Callable[[Finding], str]) -> str:
    verdict = page.assessment.verdict_for(finding.fingerprint)
    action = verdict.replacement.action if verdict is not None and verdict.replacement else ""
    cells = [
        page.word(tier_of(verdict)),
        code_span(place(finding)),
        code_span(finding.algorithm.name),
        page.word(finding.algorithm.threat.value),
        _deadline(page, verdict),
        escape_markdown(action),
    ]
    return "| " + " | ".join([*([status(finding)] if page.assessment.comparison else []), *cells]) + " |"


def _top(page: _Page) -> list[str]:
    findings = ranked(page.assessment)
    comparison = page.assessment.comparison
    title = page.say("top_new" if comparison is not None else "top")
    if not findings:
        return [f"### {title}", "", page.say("none"), ""]
    names = ["urgency", "location", "algorithm", "threat", "deadline", "replacement"]
    header = [page.say(n) for n in (["status"] if comparison is not None else []) + names]
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|---" * len(header) + "|"]

    def status(finding: Finding) -> str:
        state = comparison.status(finding.fingerprint) if comparison is not None else ""
        return f"**{page.word(state)}**" if state == "new" else page.word(state)

    lines.extend(_row(page, finding, status) for finding in findings[:TOP_FINDINGS])
    if len(findings) > TOP_FINDINGS:
        lines += ["", page.say("more", count=page.number(len(findings) - TOP_FINDINGS))]
    return [*lines, ""]


def _problem(page: _Page, outcome: Outcome) -> str:
    who = f" ({escape_markdown(outcome.detector)})" if outcome.detector else ""
    reason = f": {escape_markdown(outcome.reason)}" if outcome.reason else ""
    return f"- {code_span(outcome.target)}{who}: {page.word(outcome.status.value)}{reason}"


def _attacks(page: _Page) -> list[str]:
    """The cheapest published attack and the model's figure for each target the findings have (as published:
    the estimate's own words and units, with its citation)."""
    counts: dict[str, int] = {}
    costs: dict[str, AttackCost] = {}
    for verdict in page.assessment.verdicts:
        if verdict.attack is not None and verdict.suppressed is None:
            counts[verdict.attack.target] = counts.get(verdict.attack.target, 0) + 1
            costs.setdefault(verdict.attack.target, verdict.attack)
    if not costs:
        return []
    profile = escape_markdown(page.assessment.profile)
    header = [
        page.say("attack_target"),
        page.say("attack_published"),
        page.say("attack_model", profile=profile),
    ]
    lines = [f"### {page.say('attack')}", "", "| " + " | ".join(header) + " |", "|---|---|---|"]
    for target in sorted(costs, key=lambda name: (-counts[name], name)):
        cost = costs[target]
        published = escape_markdown(estimate_text(cost.cheapest)) if cost.cheapest else ""
        model = escape_markdown(estimate_text(cost.model)) if cost.model else ""
        lines.append(f"| `{target}` | {published} | {model} |")
    return [*lines, ""]


def _waves(page: _Page) -> list[str]:
    """The migration waves, most urgent first: name, size and why (the wording is the plan's own)."""
    waves = page.assessment.waves
    if not waves:
        return []
    lines = [f"### {page.say('waves')}", ""]
    for wave in waves:
        size = page.count(len(wave.fingerprints), "finding", "findings")
        lines.append(f"1. **{escape_markdown(wave.name)}** ({size}): {escape_markdown(wave.rationale)}")
    return [*lines, ""]


def _problems(page: _Page) -> list[str]:
    problems = page.assessment.inventory.problems()
    if not problems:
        return []
    lines = [f"### {page.say('problems', count=page.number(len(problems)))}", ""]
    lines.extend(_problem(page, outcome) for outcome in problems[:TOP_PROBLEMS])
    if len(problems) > TOP_PROBLEMS:
        lines.append(f"- {page.say('more_problems', count=page.number(len(problems) - TOP_PROBLEMS))}")
    return [*lines, ""]


class MarkdownReporter:
    name: ClassVar[str] = "markdown"
    filename: ClassVar[str] = "qready.md"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        page = _Page(assessment, options)
        catalog = escape_markdown(assessment.inventory.catalog_version or "?")
        footer = page.say("footer", version=escape_markdown(options.tool_version), catalog=catalog)
        parts = [
            *_header(page),
            *(_counts(page) if assessment.inventory.findings else []),
            *_comparison(page),
            *_top(page),
            *_waves(page),
            *_attacks(page),
            *_problems(page),
            f"<sub>{footer}</sub>",
        ]
        return "\n".join(parts) + "\n"
