"""Chart geometry for the dashboard, drawn as inline SVG by templates/trend_charts.html.j2 (no script, no
library): stacked columns (quantum-vulnerable findings per week, by urgency tier or by deadline year) and
lines (readiness over time, one line per organisation and team). Bar charts come from the HTML report
(qready.report.html_charts.bar_chart). Coordinates are SVG user units; colours are stylesheet classes."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

WIDTH, HEIGHT = 720, 260
BOX = (52.0, 16.0, WIDTH - 36.0, HEIGHT - 40.0)  # plot area: left, top, right, bottom
TICK_ROOM = 80  # least distance between two date labels
PALETTE = 8  # .target-0 .. .target-7 in the report's stylesheet


@dataclass(frozen=True)
class Series:
    key: str  # the bucket: an urgency tier, a deadline year, "none", an organisation
    label: str
    css: str  # fill/stroke class


@dataclass(frozen=True)
class Block:
    series: str
    y: float
    height: float
    count: int


@dataclass(frozen=True)
class Column:
    x: float
    width: float
    label: str  # the week, as the page shows it
    total: int
    blocks: tuple[Block, ...]

    @property
    def top(self) -> float:
        """The y of the column's top (the plot's bottom when the column is empty)."""
        return self.blocks[-1].y if self.blocks else BOX[3]


@dataclass(frozen=True)
class ColumnChart:
    width: int
    height: int
    box: tuple[float, float, float, float]
    series: tuple[Series, ...]
    columns: tuple[Column, ...]
    y_ticks: tuple[tuple[float, int], ...]
    x_labels: tuple[tuple[float, str], ...]  # at most about eight week labels under the columns


def _nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least `value` (at least 1)."""
    if value <= 1:
        return 1
    power: int = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _scale(biggest: int) -> tuple[int, int]:
    """(top of the axis, step between ticks): a nice step, about four ticks, the top a multiple of it."""
    step = _nice_ceiling(max(1, math.ceil(biggest / 4)))
    return max(1, math.ceil(biggest / step)) * step, step


def column_chart(weeks: Sequence[tuple[str, dict[str, int]]], series: Sequence[Series]) -> ColumnChart:
    """One column per (label, counts by series key) in order, each stacked in `series` order."""
    left, top, right, bottom = BOX
    highest, step = _scale(max((sum(counts.values()) for _, counts in weeks), default=0))
    scale = (bottom - top) / highest
    slot = (right - left) / max(1, len(weeks))
    width = min(48.0, slot * 0.7)
    columns = []
    for index, (label, counts) in enumerate(weeks):
        x, y, blocks = left + slot * index + (slot - width) / 2, bottom, []
        for item in series:
            count = counts.get(item.key, 0)
            if count:
                y -= count * scale
                blocks.append(Block(item.key, y, count * scale, count))
        columns.append(Column(x, width, label, sum(counts.values()), tuple(blocks)))
    every = max(1, math.ceil(len(columns) / 8))
    labels = tuple((c.x + c.width / 2, c.label) for c in columns[::every])
    y_ticks = tuple((bottom - value * scale, value) for value in range(0, highest + 1, step))
    return ColumnChart(WIDTH, HEIGHT, BOX, tuple(series), tuple(columns), y_ticks, labels)


@dataclass(frozen=True)
class LinePoint:
    x: float
    y: float
    text: str  # the tooltip: when and how much


@dataclass(frozen=True)
class Line:
    series: Series
    points: tuple[LinePoint, ...]

    @property
    def path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    box: tuple[float, float, float, float]
    lines: tuple[Line, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_ticks: tuple[tuple[float, str], ...]


def _day_number(moment: datetime) -> float:
    return moment.timestamp() / 86400


def percent_line_chart(
    histories: Sequence[tuple[Series, Sequence[tuple[datetime, float, str]]]],
    day_label: Callable[[date], str],
    percent: Callable[[float], str],
) -> LineChart:
    """Lines of ratios (0 to 1) over time: one per (series, [(when, ratio, tooltip)...])."""
    left, top, right, bottom = BOX
    moments = sorted(when for _, points in histories for when, _, _ in points)
    span = _day_number(moments[-1]) - _day_number(moments[0]) if moments else 0.0

    def x_of(moment: datetime) -> float:
        if span <= 0:
            return (left + right) / 2
        return left + (_day_number(moment) - _day_number(moments[0])) / span * (right - left)

    def y_of(ratio: float) -> float:
        return bottom - ratio * (bottom - top)

    lines = tuple(
        Line(series, tuple(LinePoint(x_of(when), y_of(ratio), text) for when, ratio, text in points))
        for series, points in histories
    )
    y_ticks = tuple((y_of(share), percent(share)) for share in (0, 0.25, 0.5, 0.75, 1))
    first_of_day: dict[date, datetime] = {}
    for moment in moments:
        first_of_day.setdefault(moment.date(), moment)
    x_ticks: list[tuple[float, str]] = []
    for day, moment in first_of_day.items():
        if not x_ticks or x_of(moment) - x_ticks[-1][0] >= TICK_ROOM:
            x_ticks.append((x_of(moment), day_label(day)))
    return LineChart(WIDTH, HEIGHT, BOX, lines, y_ticks, tuple(x_ticks))


def palette(index: int) -> str:
    """The colour class of the index-th series that has no colour of its own."""
    return f"target-{index % PALETTE}"
