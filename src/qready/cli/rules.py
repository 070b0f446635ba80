"""`qready rules`: every source rule, generated from the rule data."""

from __future__ import annotations

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.detectors.source import LANGUAGES
from qready.detectors.source.rules import Rule, rules_for
from qready.errors import ConfigError


def _all_rules() -> dict[str, tuple[Rule, list[str]]]:
    """Rule id -> (rule, languages using it); languages may share a rules file (JavaScript, TypeScript)."""
    found: dict[str, tuple[Rule, list[str]]] = {}
    for name, spec in sorted(LANGUAGES.items()):
        for rule in rules_for(spec.rules):
            found.setdefault(rule.id, (rule, []))[1].append(name)
    return found


def _detail(rule: Rule, languages: list[str]) -> Table:
    table = Table(show_header=False, title=rule.id, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    rows = [
        ("languages", ", ".join(languages)),
        ("kind", rule.kind),
        ("algorithm", rule.algorithm or _FROM_COMMAND.get(rule.kind, "(from an argument)")),
        ("function", _FROM_COMMAND.get(rule.kind, rule.function)),
        ("matches", _matches(rule)),
        ("description", rule.description),
        ("example", rule.example),
    ]
    for label, value in rows:
        if value:
            table.add_row(label, escape(value))
    return table


@click.command("rules")
@click.argument("rule_id", required=False)
@click.option("--language", help="Only the rules of this language.")
def rules_command(rule_id: str | None, language: str | None) -> None:
    """List the source rules, or show one rule by id."""
    if language is not None and language not in LANGUAGES:
        raise ConfigError(f"--language: unknown language {language!r}; known: {', '.join(sorted(LANGUAGES))}")
    everything = _all_rules()
    console = Console(highlight=False)
    if rule_id is not None:
        if rule_id not in everything:
            raise ConfigError(f"rules: no rule {rule_id!r}; 'qready rules' lists them")
        console.print(_detail(*everything[rule_id]))
        return
    table = Table(title="qready source rules")
    for column in ("id", "languages", "algorithm", "function", "example"):
        table.add_column(column, overflow="fold")
    for identifier, (rule, languages) in sorted(everything.items()):
        if language is None or language in languages:
            table.add_row(
                identifier,
                ", ".join(languages),
                rule.algorithm or _FROM_COMMAND.get(rule.kind, "(argument)"),
                _FROM_COMMAND.get(rule.kind, rule.function),
                escape(rule.example),
            )
    console.print(table)


_FROM_COMMAND = {"command": "(from the command)"}  # a tool's command line says both (commands.py)


def _matches(rule: Rule) -> str:
    if rule.kind == "named":  # its names are only what the prefilter looks for
        return "names holding the word " + ", ".join(rule.words)
    return ", ".join(rule.names) or ", ".join(rule.namespaces)
