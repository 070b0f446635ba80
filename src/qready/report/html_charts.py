"""Chart geometry for the HTML report, computed here and drawn as inline SVG by templates/charts.html.j2
(autoescaped, no script, no external library): bar charts (threat breakdown, urgency by repository or host),
the deadline timeline and the attack-cost frontier (physical qubits against time, both on log scales).
Coordinates are in SVG user units; each chart carries its own width and height (its viewBox)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qready.knowledge.quantum import default_quantum
from qready.report.html_view import SUPPRESSED, Labels, Row, milestone_counts
from qready.report.i18n import N_, Translator
from qready.report.readiness import TIERS

BAR_WIDTH, BAR_LABEL, BAR_HEIGHT, BAR_GAP = 500, 160, 22, 10
WIDE = 960
TOP_GROUPS = 12
TOP_TARGETS = 8  # colours in the stylesheet (.target-0 .. .target-7)
CAVEATS = {
    "amortised": N_("amortised"),
    "primed": N_("primed"),
    "circuits-withheld": N_("circuits withheld"),
    "preprint": N_("preprint"),
    "qldpc": N_("qLDPC codes"),
    "non-local": N_("non-local connectivity"),
    "news": N_("news report"),
}


@dataclass(frozen=True)
class Segment:
    key: str  # css class suffix: a threat or a tier
    label: str
    count: int
    x: float
    width: float


@dataclass(frozen=True)
class BarRow:
    label: str
    y: float
    total: int
    end: float  # x where the bar ends (the total is written after it)
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class BarChart:
    width: int
    label_width: int
    height: float
    rows: tuple[BarRow, ...]
    legend: tuple[tuple[str, str], ...]  # (key, label)


def bar_chart(
    rows: Sequence[tuple[str, Sequence[tuple[str, str, int]]]], legend: Sequence[tuple[str, str]] = ()
) -> BarChart:
    """Horizontal bars, one per (label, [(key, label, count)...]) row, scaled to the largest total."""
    biggest = max((sum(c for _, _, c in parts) for _, parts in rows), default=0) or 1
    scale = (BAR_WIDTH - BAR_LABEL - 40) / biggest
    drawn = []
    for index, (label, parts) in enumerate(rows):
        x = float(BAR_LABEL)
        segments = []
        for key, part_label, count in parts:
            if count:
                segments.append(Segment(key, part_label, count, x, count * scale))
                x += count * scale
        total = sum(s.count for s in segments)
        drawn.append(BarRow(label, index * (BAR_HEIGHT + BAR_GAP) + 4, total, x, tuple(segments)))
    height = len(drawn) * (BAR_HEIGHT + BAR_GAP) + 4
    return BarChart(BAR_WIDTH, BAR_LABEL, height, tuple(drawn), tuple(legend))


def threat_chart(counts: Sequence[tuple[str, int]], labels: Labels) -> BarChart:
    return bar_chart([(labels.of("threat", k), [(k, labels.of("threat", k), n)]) for k, n in counts])


def group_chart(rows: Sequence[Row], labels: Labels, t: Translator) -> BarChart:
    """Urgency by repository (top-level folder) or host: the TOP_GROUPS most urgent, the rest summed."""
    by_group: dict[str, Counter[str]] = {}
    for row in rows:
        by_group.setdefault(row.group, Counter())[row.tier] += 1
    ranked = sorted(by_group, key=lambda g: (tuple(-by_group[g][tier] for tier in TIERS), g))
    bars = [(group or t.gettext("(top level)"), by_group[group]) for group in ranked[:TOP_GROUPS]]
    if len(ranked) > TOP_GROUPS:
        rest: Counter[str] = Counter()
        for group in ranked[TOP_GROUPS:]:
            rest.update(by_group[group])
        others = len(ranked) - TOP_GROUPS
        bars.append((t.ngettext("%(num)s other", "%(num)s others", others) % {"num": others}, rest))
    keys = [tier for tier in (*TIERS, SUPPRESSED) if any(counts[tier] for _, counts in bars)]
    return bar_chart(
        [(label, [(k, labels.of("tier", k), counts[k]) for k in keys]) for label, counts in bars],
        [(k, labels.of("tier", k)) for k in keys],
    )


@dataclass(frozen=True)
class Milestone:
    x: float
    label_y: float
    radius: float
    requirement: str
    count: int
    day: str


@dataclass(frozen=True)
class TimelineRow:
    label: str
    y: float
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class Timeline:
    width: int
    left: int
    right: int
    height: float
    rows: tuple[TimelineRow, ...]
    ticks: tuple[tuple[float, int], ...]
    today_x: float | None
    today: str


ROW_HEIGHT, AXIS_Y, TIMELINE_LEFT = 70, 40, 170


def timeline(rows: Sequence[Row], as_of: date | None, labels: Labels, t: Translator) -> Timeline | None:
    """The earliest milestone of each policy over the years, each with the number of findings it hits."""
    counts = milestone_counts(rows)
    if not counts:
        return None
    days = [day for _, day, _ in counts] + ([as_of] if as_of else [])
    first, last = min(days).year, max(days).year + 1
    right = WIDE - 30

    def x_of(day: date) -> float:
        year = day.year + (day.timetuple().tm_yday - 1) / 366
        return TIMELINE_LEFT + (year - first) / (last - first) * (right - TIMELINE_LEFT)

    biggest = max(counts.values())
    drawn = []
    for index, policy in enumerate(sorted({p for p, _, _ in counts})):
        y = AXIS_Y + 34 + index * ROW_HEIGHT
        marks = sorted((day, req, n) for (p, day, req), n in counts.items() if p == policy)
        milestones = tuple(
            Milestone(
                x_of(day),
                y - 16 if number % 2 == 0 else y + 28,
                5 + 7 * math.sqrt(n / biggest),
                labels.of("requirement", req),
                n,
                t.date(day),
            )
            for number, (day, req, n) in enumerate(marks)
        )
        drawn.append(TimelineRow(policy, y, milestones))
    step = max(1, math.ceil((last - first) / 14))
    ticks = tuple((x_of(date(year, 1, 1)), year) for year in range(first, last + 1, step))
    today_x = x_of(as_of) if as_of else None
    height = AXIS_Y + 34 + len(drawn) * ROW_HEIGHT - 20
    return Timeline(
        WIDE, TIMELINE_LEFT, right, height, tuple(drawn), ticks, today_x, t.date(as_of) if as_of else ""
    )


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    target: int  # index of the target (its colour)
    model: bool
    text: str  # target, citation, qubits, time, caveats (the tooltip and the list under the chart)


@dataclass(frozen=True)
class Frontier:
    width: int
    height: int
    box: tuple[float, float, float, float]  # plot area: left, top, right, bottom
    points: tuple[Point, ...]
    targets: tuple[str, ...]
    left_out: tuple[str, ...]  # targets present but not drawn (more than TOP_TARGETS)
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]


@dataclass(frozen=True)
class _Figure:
    target: str
    model: bool
    citation: str
    qubits: float
    hours: float
    caveats: tuple[str, ...] = ()


def _citation(title: str, year: int) -> str:
    """`Gidney, Ekerå (2019)`: the authors before the title's colon (et al. past two), and the year."""
    authors = title.split(":", 1)[0].split(", ")
    return f"{authors[0] + ' et al.' if len(authors) > 2 else ', '.join(authors)} ({year})"


def _published(targets: Sequence[str]) -> list[_Figure]:
    """Every estimate of qready's catalog for the targets that gives both physical qubits and a time."""
    data = default_quantum()
    found = []
    for target in targets:
        for item in data.for_target(target):
            time = item.expected_time or item.runtime
            if item.physical_qubits and time is not None and time.hours > 0:
                source = data.sources[item.source]
                cited = _citation(source.title, source.year)
                found.append(_Figure(target, False, cited, item.physical_qubits, time.hours, item.caveats))
    return found


def _models(rows: Sequence[Row], t: Translator) -> list[_Figure]:
    """The model's figure (physical qubits and expected time) for each attack target, from the verdicts."""
    found: dict[str, _Figure] = {}
    for row in rows:
        attack = row.verdict.attack if row.verdict is not None else None
        model = attack.model if attack is not None else None
        if attack is not None and model is not None and model.physical_qubits and model.expected_hours:
            cited = t.gettext("qready model (%(profile)s)") % {"profile": attack.profile}
            figure = _Figure(attack.target, True, cited, model.physical_qubits, model.expected_hours)
            found.setdefault(attack.target, figure)
    return list(found.values())


def frontier(rows: Sequence[Row], t: Translator) -> Frontier | None:
    """Published estimates and the model's figure for the (at most TOP_TARGETS) most frequent targets."""
    present = Counter(r.verdict.attack.target for r in rows if r.verdict is not None and r.verdict.attack)
    figures = _models(rows, t) + _published(list(present))
    drawable = sorted({f.target for f in figures}, key=lambda target: (-present[target], target))
    targets = tuple(sorted(drawable[:TOP_TARGETS]))
    figures = [f for f in figures if f.target in targets]
    if not figures:
        return None
    box = (90.0, 20.0, WIDE - 20.0, 320.0)
    x_span, y_span = _decades([f.qubits for f in figures]), _decades([f.hours for f in figures])
    points = tuple(
        Point(
            _scale(f.qubits, x_span, box[0], box[2]),
            _scale(f.hours, y_span, box[3], box[1]),
            targets.index(f.target),
            f.model,
            _figure_text(f, t),
        )
        for f in sorted(figures, key=lambda f: (f.target, f.model, f.qubits, f.hours, f.citation))
    )
    return Frontier(
        WIDE,
        360,
        box,
        points,
        targets,
        tuple(sorted(set(drawable[TOP_TARGETS:]))),
        tuple((_scale(10.0**k, x_span, box[0], box[2]), t.compact(10**k)) for k in range(*x_span)),
        tuple((_scale(10.0**k, y_span, box[3], box[1]), t.duration(10.0**k)) for k in range(*y_span)),
    )


def _figure_text(figure: _Figure, t: Translator) -> str:
    qubits = t.gettext("%(count)s physical qubits") % {"count": t.integer(round(figure.qubits))}
    caveats = ", ".join(t.gettext(CAVEATS.get(c, c)) for c in figure.caveats)
    tail = f" ({caveats})" if caveats else ""
    return f"{figure.target}: {figure.citation}: {qubits}, {t.duration(figure.hours)}{tail}"


def _decades(values: Sequence[float]) -> tuple[int, int]:
    """The powers of ten around the values: (first, one past the last), at least two ticks."""
    low, high = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    return (low, max(high, low + 1) + 1)


def _scale(value: float, span: tuple[int, int], start: float, end: float) -> float:
    low, high = span[0], span[1] - 1
    return start + (math.log10(value) - low) / (high - low) * (end - start)
