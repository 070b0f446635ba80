"""The text table for many rows: rich's box, folded columns narrowed widest first, words wrapped as rich
folds them, colour only when asked, and the same text rich draws for the same table."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from qready.report.grid import Column, _wrapped, grid

COLUMNS = (Column("place"), Column("n", right=True), Column("rule", fold=True), Column("evidence", fold=True))


def test_wrapping_breaks_at_spaces_and_cuts_long_words_on_their_own_line() -> None:
    assert _wrapped("short", 10) == ["short"]
    assert _wrapped("JWK 'example-rs256-2026' kty RSA", 12) == ["JWK", "'example-rs2", "56-2026' kty", "RSA"]
    assert _wrapped("one two three four", 9) == ["one two", "three", "four"]


def test_rows_fit_the_width_with_the_widest_folded_column_narrowed() -> None:
    rows = [[("a.pem:1", ""), ("7", ""), ("x509.sig", ""), ("certificate CN=Example Root CA: signature", "")]]
    text = grid("Findings", COLUMNS, rows, width=50)
    lines = text.splitlines()
    assert lines[0] == "Findings"
    assert lines[1] == "┏━━━━━━━━━┳━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━┓"
    assert lines[2] == "┃ place   ┃ n ┃ rule     ┃ evidence              ┃"
    assert lines[4] == "│ a.pem:1 │ 7 │ x509.sig │ certificate           │"
    assert lines[5] == "│         │   │          │ CN=Example Root CA:   │"
    assert lines[6] == "│         │   │          │ signature             │"
    assert lines[-1] == "└─────────┴───┴──────────┴───────────────────────┘"
    assert all(len(line) == 50 for line in lines[1:])


def test_colour_is_ansi_only_when_asked() -> None:
    rows = [[("a", ""), ("1", ""), ("r", ""), ("shor-broken", "bold red")]]
    assert "\x1b[" not in grid("T", COLUMNS, rows, width=80)
    assert "\x1b[1;31mshor-broken\x1b[0m" in grid("T", COLUMNS, rows, width=80, color=True)


def test_the_same_text_as_rich_for_the_same_table() -> None:
    rows = [
        ["app/config/jwks.json:3", "12", "jwk.key", "JWK 'example-rs256-2026' kty RSA: RSA-2048 (2048 bits)"],
        ["pki/ca.pem:1", "3", "x509.signature", "certificate CN=CA: signature"],
    ]
    table = Table(title="Findings", title_justify="left")
    for column in COLUMNS:
        justify = "right" if column.right else "left"
        table.add_column(column.header, overflow="fold", no_wrap=not column.fold, justify=justify)
    for row in rows:
        table.add_row(*row)
    buffer = io.StringIO()
    Console(file=buffer, width=70, no_color=True).print(table)
    expected = [line.rstrip() for line in buffer.getvalue().splitlines()]
    ours = grid("Findings", COLUMNS, [[(cell, "") for cell in row] for row in rows], width=70)
    assert ours.splitlines() == expected
