"""A text table drawn line by line, for tables of many rows (a scan's findings).

rich lays out a table by measuring and rendering every cell through its console: about a millisecond a row,
half a minute for the 35,000 findings of a 20,000-file estate. This draws the same box (rich's heavy head)
with plain string work: widths from the longest cell, the columns marked `fold` wrapped at spaces (and words
longer than the column cut), colour as ANSI codes when asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Cell = tuple[str, str]  # (text, style: "" or rich's style words, "bold red")

_ANSI = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
MIN_FOLDED = 10  # a folded column is never narrower than this


@dataclass(frozen=True)
class Column:
    header: str
    fold: bool = False  # wrapped to fit the width (else kept on one line, whatever its length)
    right: bool = False  # right-justified


def _styled(text: str, style: str, color: bool) -> str:
    if not color or not style:
        return text
    codes = ";".join(_ANSI[word] for word in style.split() if word in _ANSI)
    return f"\x1b[{codes}m{text}\x1b[0m" if codes else text


def _wrapped(text: str, width: int) -> list[str]:
    """The text in lines of at most `width` characters, broken at spaces; a longer word starts a line and is
    cut every `width` characters (as rich folds it)."""
    if len(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split():
        if len(word) > width:
            if line:
                lines.append(line)
            cut = [word[at : at + width] for at in range(0, len(word), width)]
            lines.extend(cut[:-1])
            line = cut[-1]
        elif not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> list[int]:
    """Each column as wide as its longest cell (header included); when the table would be wider than
    `width`, the folded columns share what the others leave, the widest narrowed first."""
    natural = [len(column.header) for column in columns]
    for row in rows:
        for index, (text, _) in enumerate(row):
            natural[index] = max(natural[index], len(text))
    borders = 3 * len(columns) + 1
    folded = [i for i, column in enumerate(columns) if column.fold]
    if sum(natural) + borders <= width or not folded:
        return natural
    fixed = sum(n for i, n in enumerate(natural) if i not in folded)
    room = max(width - borders - fixed, MIN_FOLDED * len(folded))
    # the widest folded columns give way first: each is capped at the one width that makes them fit
    cap, left = room, room
    for count, i in enumerate(sorted(folded, key=natural.__getitem__)):
        share = left // (len(folded) - count)
        if natural[i] > share:
            cap = share
            break
        left -= natural[i]
    widths = list(natural)
    for i in folded:
        widths[i] = min(natural[i], max(MIN_FOLDED, cap))
    return widths


def grid(
    title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int, color: bool = False
) -> str:
    """The table as text: its title on the first line, then the boxed header and rows."""
    widths = _widths(columns, rows, width)

    def rule(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * (w + 2) for w in widths) + right

    def cells(parts: Sequence[str], styles: Sequence[str], bar: str) -> str:
        padded = [
            _styled(part.rjust(w) if column.right else part.ljust(w), style, color)
            for part, style, w, column in zip(parts, styles, widths, columns, strict=True)
        ]
        return f"{bar} " + f" {bar} ".join(padded) + f" {bar}"

    out = [title, rule("┏", "━", "┳", "┓")]
    out.append(cells([c.header for c in columns], [""] * len(columns), "┃"))
    out.append(rule("┡", "━", "╇", "┩"))
    for row in rows:
        texts = [
            _wrapped(text, w) if column.fold else [text]
            for (text, _), w, column in zip(row, widths, columns, strict=True)
        ]
        styles = [style for _, style in row]
        for n in range(max(len(lines) for lines in texts)):
            out.append(cells([lines[n] if n < len(lines) else "" for lines in texts], styles, "│"))
    out.append(rule("└", "─", "┴", "┘"))
    return "\n".join(out) + "\n"
