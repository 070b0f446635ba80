"""`qready catalog`: what the knowledge catalog knows about any spelling."""

from __future__ import annotations

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.errors import CatalogError
from qready.knowledge import Entry, default_catalog


def _describe(entry: Entry) -> Table:
    catalog = default_catalog()
    table = Table(show_header=False, title=entry.name, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    rows: list[tuple[str, str]] = [
        ("family", entry.family),
        ("primitive", entry.primitive.value),
        ("threat", entry.threat.value),
        ("functions", ", ".join(f.value for f in entry.functions)),
        ("oid", entry.oid or ""),
        ("variants", entry.template or ""),
        ("replacements", ", ".join(entry.replacements)),
        ("components", ", ".join(entry.components)),
        ("note", entry.note or ""),
    ]
    for number, amount, source in entry.numbers:
        src = catalog.sources[source]
        rows.append((number.replace("_", " "), f"{amount}  [{src.title}, {src.locator}, {src.year}]"))
    for namespace in sorted({ns for ns, _ in entry.spellings}):
        rows.append((f"{namespace} spellings", ", ".join(s for ns, s in entry.spellings if ns == namespace)))
    for label, text in rows:
        if text:
            table.add_row(label, escape(text))
    return table


@click.command("catalog")
@click.argument("name", required=False)
@click.option("--list", "list_all", is_flag=True, help="List every algorithm in the catalog.")
def catalog_command(name: str | None, list_all: bool) -> None:
    """Show what the catalog knows about NAME: any alias, OID, TLS code point, SSH/JOSE/JCA name."""
    catalog = default_catalog()
    console = Console(highlight=False)
    if list_all or not name:
        table = Table(title=f"qready catalog {catalog.version}: {len(catalog.entries)} algorithms")
        for column in ("name", "family", "primitive", "threat"):
            table.add_column(column)
        for entry in sorted(catalog.entries.values(), key=lambda e: (e.family, e.name)):
            table.add_row(entry.name, entry.family, entry.primitive.value, entry.threat.value)
        console.print(table)
        return
    found = catalog.entry(name)
    if found is None:
        raise CatalogError(f"catalog: no algorithm is spelled {name!r}; try 'qready catalog --list'")
    console.print(_describe(found))
