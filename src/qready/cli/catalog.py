"""`qready catalog`: what the knowledge catalog knows about any spelling."""

from __future__ import annotations

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.errors import CatalogError
from qready.knowledge import Entry, default_catalog
from qready.model import Algorithm


def _variant_rows(entry: Entry, variant: Algorithm) -> list[tuple[str, str]]:
    """What a sized or curved variant (`RSA-2048`) adds to its entry: its size or curve and its strength."""
    catalog = default_catalog()
    rows = [("variant of", entry.name)]
    if variant.key_size is not None:
        rows.append(("key size", str(variant.key_size)))
    if variant.curve is not None:
        rows.append(("curve", variant.curve))
    if variant.classical_bits is not None:
        rows.append(("classical bits", str(variant.classical_bits)))
    if variant.nist_quantum_level is not None:
        rows.append(("nist quantum level", str(variant.nist_quantum_level)))
    cited = (catalog.sources[key] for key in variant.sources if key in catalog.sources)
    rows.append(("sources", "; ".join(f"{src.title}, {src.locator}, {src.year}" for src in cited)))
    return rows


def _describe(entry: Entry, variant: Algorithm | None = None) -> Table:
    catalog = default_catalog()
    title = entry.name if variant is None else variant.name
    table = Table(show_header=False, title=title, title_justify="left")
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
    if variant is not None:
        rows[:0] = _variant_rows(entry, variant)
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
    if found is not None:
        console.print(_describe(found))
        return
    variant = catalog.variant(name)
    if variant is None:
        raise CatalogError(f"catalog: no algorithm is spelled {name!r}; try 'qready catalog --list'")
    entry, size, curve = variant
    console.print(_describe(entry, catalog.algorithm(entry, size=size, curve=curve)))
