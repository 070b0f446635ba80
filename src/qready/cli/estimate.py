"""`qready estimate TARGET`: the published attack-cost frontier of a target and the model's figures."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Callable
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.assess.attack_cost import DEFAULT_PROFILE, Frontier, FrontierRow, custom_profile, frontier
from qready.assess.recipes import parse_target
from qready.errors import ConfigError
from qready.knowledge.quantum import Profile, QuantumData, default_quantum

FORMATS = ("text", "json")
_MICROSECONDS = {"ns": 1e-3, "us": 1.0, "µs": 1.0, "ms": 1e3, "s": 1e6}
_TIME = re.compile(r"\s*(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*(ns|us|µs|ms|s)?\s*")


def parse_time_us(flag: str, text: str) -> float:
    """`1us`, `400ns`, `10 µs`, `0.01ms` -> microseconds (a bare number is microseconds)."""
    match = _TIME.fullmatch(text)
    value = float(match.group(1)) * _MICROSECONDS[match.group(2) or "us"] if match else 0.0
    if not value > 0:
        raise ConfigError(f"{flag}: {text!r} is not a positive time (examples: 1us, 400ns, 0.01ms)")
    return value


def parse_error_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < 1:
        raise ConfigError(f"--error-rate: {text!r} is not a probability between 0 and 1 (example: 1e-3)")
    return value


def _profile(
    data: QuantumData, name: str | None, error: str | None, cycle: str | None, reaction: str | None
) -> Profile:
    chosen = name or DEFAULT_PROFILE
    if chosen not in data.profiles:
        raise ConfigError(f"--profile: unknown profile {chosen!r}; known: {', '.join(data.profiles)}")
    return custom_profile(
        data.profiles[chosen],
        error_rate=parse_error_rate(error) if error is not None else None,
        cycle_time_us=parse_time_us("--cycle-time", cycle) if cycle is not None else None,
        reaction_time_us=parse_time_us("--reaction-time", reaction) if reaction is not None else None,
    )


def two_figures(value: float) -> str:
    """A positive number to 2 significant figures, trailing zeros kept (0.90, 19, 140)."""
    if value <= 0:
        return f"{value:g}"
    exponent = math.floor(math.log10(value))
    rounded = round(value, 1 - exponent)
    decimals = max(0, 1 - math.floor(math.log10(rounded)))
    return f"{rounded:.{decimals}f}"


def format_count(value: float | None) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e6, " M"), (1e3, " k")):
        if value >= scale:
            return two_figures(value / scale) + suffix
    return two_figures(value)


def format_gates(value: float | None, log2: float | None) -> str:
    if log2 is not None:
        return f"2^{log2:.1f}"
    if value is None:
        return ""
    exponent = math.floor(math.log10(value))
    mantissa = two_figures(value / 10**exponent)
    if mantissa.startswith("10"):
        mantissa, exponent = "1.0", exponent + 1
    return f"{mantissa}e{exponent}"


def format_hours(hours: float | None, published: str | None) -> str:
    if published is not None:
        return published
    if hours is None:
        return ""
    if hours < 1:
        return f"{two_figures(hours * 60)} min"
    if hours < 48:
        return f"{two_figures(hours)} h"
    if hours < 24 * 365:
        return f"{two_figures(hours / 24)} days"
    return f"{two_figures(hours / 8766)} years"


def _bounded(row: FrontierRow, field: str, text: str) -> str:
    return f"<{text}" if text and field in row.upper_bounds else text


_UNIT_SUFFIX = {"t": " T", "toffoli+t/2": " Tof+T/2"}  # Toffolis and generic gates need no suffix


def _gates(row: FrontierRow) -> str:
    text = _bounded(row, "gates", format_gates(row.gates, row.log2_gates))
    return text + _UNIT_SUFFIX.get(row.gate_unit or "", "") if text else ""


_COLUMNS: tuple[tuple[str, Callable[[FrontierRow], str]], ...] = (
    ("tag", lambda row: row.evidence if row.kind != "model" else row.tag),
    ("hardware", lambda row: row.profile or ""),
    ("MAXDEPTH", lambda row: f"2^{row.log2_max_depth:g}" if row.log2_max_depth is not None else ""),
    ("qubits", lambda row: _bounded(row, "physical_qubits", format_count(row.physical_qubits))),
    ("logical", lambda row: _bounded(row, "logical_qubits", format_count(row.logical_qubits))),
    ("gates", _gates),
    ("run", lambda row: _bounded(row, "runtime", format_hours(row.runtime_hours, row.runtime_text))),
    (
        "expected",
        lambda row: _bounded(row, "expected_time", format_hours(row.expected_hours, row.expected_text)),
    ),
    ("d", lambda row: str(row.code_distance or "")),
)


def _name(row: FrontierRow) -> str:
    name = row.label if row.kind == "model" else row.citation
    return name + " (formula)" if row.kind == "formula" else name


def _table(title: str, rows: list[tuple[int, FrontierRow]], marked: FrontierRow | None) -> Table:
    """Numbered rows (the number keys the references; * marks `marked`); empty columns are left out."""
    table = Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("estimate", overflow="fold", min_width=12)
    columns = [(name, cell) for name, cell in _COLUMNS if any(cell(row) for _, row in rows)]
    for name, _ in columns:
        table.add_column(name, no_wrap=True)
    for number, row in rows:
        cells = [f"{number}{'*' if row is marked else ''}", _name(row), *(cell(row) for _, cell in columns)]
        table.add_row(*(escape(cell) for cell in cells))
    return table


def _reference(number: int, row: FrontierRow) -> str:
    if row.kind == "model":
        head = f"[{number}] qready model: {row.label}" + ("" if row.feasible else " (infeasible)")
    else:
        head = f"[{number}] {row.citation}: {row.label} ({row.as_of}; {row.evidence})"
    lines = [f"{head}; sources: {', '.join(row.sources)}"]
    lines += [f'    published: "{row.published}"'] if row.published else []
    lines += [f"    - {note}" for note in row.notes]
    return "\n".join(lines)


def _cited(result: Frontier) -> list[str]:
    cited = {source for row in result.rows for source in row.sources}
    cited |= {source for _, source in result.profile.sources}
    return sorted(cited)


def render_text(result: Frontier, data: QuantumData, console: Console) -> None:
    profile = result.profile
    numbered = list(enumerate(result.rows, start=1))
    console.print(f"qready estimate {result.target} on profile {profile.name}: {escape(profile.label)}")
    for note in (*result.notes, *((profile.note,) if profile.note else ())):
        console.print(f"  note: {escape(note)}")
    published = [(n, r) for n, r in numbered if r.kind != "model"]
    modelled = [(n, r) for n, r in numbered if r.kind == "model"]
    console.print(_table(f"Published estimates for {result.target}", published, result.cheapest))
    console.print(
        f"* cheapest published estimate under {profile.name}'s physical assumptions"
        if result.cheapest
        else f"no published physical estimate was made under {profile.name}'s physical assumptions"
    )
    console.print(_table(f"qready model on {profile.name}", modelled, result.model_figure))
    console.print("* model figure: the cheapest feasible recipe")
    console.print("References")
    for number, row in numbered:
        console.print(escape(_reference(number, row)), soft_wrap=True)
    console.print("Sources")
    for key in _cited(result):
        if key in data.sources:
            source = data.sources[key]
            url = f" <{source.url}>" if source.url else ""
            console.print(
                escape(f"{key}: {source.title} ({source.year}); {source.locator}{url}"), soft_wrap=True
            )


def _jsonable(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def render_json(result: Frontier, data: QuantumData) -> str:
    rows = [{k: _jsonable(v) for k, v in dataclasses.asdict(row).items()} for row in result.rows]
    cited = _cited(result)
    document = {
        "target": result.target,
        "profile": dataclasses.asdict(result.profile) | {"sources": dict(result.profile.sources)},
        "notes": list(result.notes),
        "cheapest": result.cheapest.id if result.cheapest else None,
        "model_figure": result.model_figure.id if result.model_figure else None,
        "rows": rows,
        "sources": {s: dataclasses.asdict(data.sources[s]) for s in cited if s in data.sources},
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


@click.command("estimate")
@click.argument("target")
@click.option("--profile", "profile_name", help=f"Hardware profile (default {DEFAULT_PROFILE}).")
@click.option("--error-rate", help="Physical error rate per operation, e.g. 1e-3 (overrides the profile's).")
@click.option(
    "--cycle-time", help="Surface-code cycle time, e.g. 1us or 400ns (a bare number is microseconds)."
)
@click.option("--reaction-time", help="Reaction time (measure, decode, feed forward), e.g. 10us.")
@click.option("--format", "output_format", default="text", help="Output format: text or json.")
@click.option("--include-secondary", is_flag=True, help="Let secondary sources be marked cheapest.")
def estimate_command(
    target: str,
    profile_name: str | None,
    error_rate: str | None,
    cycle_time: str | None,
    reaction_time: str | None,
    output_format: str,
    include_secondary: bool,
) -> None:
    """Published quantum attack estimates for TARGET (rsa-2048, dlog-3072, dlog-full-2048, ecc-256, aes-128)
    and qready's surface-code model figures, with sources. --profile NAME, or --error-rate, --cycle-time and
    --reaction-time for a custom one."""
    if output_format not in FORMATS:
        raise ConfigError(f"--format: unknown format {output_format!r}; known: {', '.join(FORMATS)}")
    data = default_quantum()
    try:
        parsed = parse_target(target)
    except ValueError as exc:
        raise ConfigError(f"TARGET: {exc}") from None
    profile = _profile(data, profile_name, error_rate, cycle_time, reaction_time)
    result = frontier(parsed, profile, data, include_secondary=include_secondary)
    if output_format == "json":
        click.echo(render_json(result, data))
        return
    render_text(result, data, Console(highlight=False))
