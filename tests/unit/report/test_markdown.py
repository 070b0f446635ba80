"""MarkdownReporter: golden English and French summaries of the fixed assessment, exact counts, ordering (new
first, most urgent next), the cap, problems, and escaping of hostile file names and prose."""

from __future__ import annotations

from dataclasses import replace

import pytest
from markdown_it import MarkdownIt
from tests.unit.report.test_sarif import HOSTILE, OPTIONS, TODAY, check_golden, small_assessment

from qready.assess import assess
from qready.errors import ConfigError
from qready.knowledge import resolve
from qready.model import FileLocation, Finding, Inventory, Outcome, Status
from qready.report import markdown
from qready.report.markdown import MarkdownReporter, code_span, escape_markdown


def _render(lang: str = "en", compared: bool = True) -> str:
    return MarkdownReporter().render(small_assessment(compared), replace(OPTIONS, lang=lang))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_small_assessment_matches_the_golden_file(lang: str) -> None:
    check_golden(f"markdown/small.{lang}.md", _render(lang))


def test_counts_by_urgency_and_threat() -> None:
    text = _render()
    assert (
        "**11 findings** · 9 files scanned · 1 endpoint probed · policies nist-ir-8547 · assessed on " in text
    )
    table = text.split("| Urgency |", 1)[1].split("\n\n", 1)[0]
    assert table.splitlines()[1:] == [
        "|---|---:|---:|---:|---:|",
        "| critical | 1 | 0 | 0 | 1 |",
        "| high | 7 | 0 | 0 | 7 |",
        "| not quantum-urgent | 0 | 1 | 1 | 2 |",
        "| suppressed | 1 | 0 | 0 | 1 |",
    ]
    assert table.splitlines()[0] == " broken by Shor | weakened by Grover | quantum-resistant | Total |"


def test_baseline_section_and_new_findings_first() -> None:
    text = _render()
    assert "### Compared with the baseline `qready.json`\n\n**1 new** · 10 unchanged · 1 fixed\n" in text
    rows = [
        line for line in text.splitlines() if line.startswith("| **new**") or line.startswith("| unchanged")
    ]
    assert rows[0].startswith("| **new** | not quantum-urgent | `app/crypto/box.py:7` | `AES-128-GCM` |")
    assert rows[1].startswith("| unchanged | critical | `tls://api.example.test:8443` | `X25519` |")
    assert [row.split(" | ")[1] for row in rows] == ["not quantum-urgent", "critical"] + ["high"] * 7 + [
        "not quantum-urgent"
    ]
    assert "tests/test_keys.py" not in text  # suppressed findings are counted, not listed


def test_without_a_baseline_there_is_no_status_column_nor_comparison() -> None:
    text = _render(compared=False)
    assert "Compared with the baseline" not in text
    assert "| Urgency | Location | Algorithm | Threat | Earliest deadline | Replacement |" in text
    first = next(line for line in text.splitlines() if line.startswith("| critical | `"))
    assert first.startswith(
        "| critical | `tls://api.example.test:8443` | `X25519` | broken by Shor | NIST IR 8547: "
    )


def test_the_findings_table_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown, "TOP_FINDINGS", 2)
    text = _render()
    assert (
        len([line for line in text.splitlines() if line.startswith("| **new**") or line.startswith("| unch")])
        == 2
    )
    assert "…and 8 more in the full report." in text


def test_problems_are_listed_with_their_reason() -> None:
    text = _render()
    assert "### Not scanned completely (3)\n\n" in text
    assert "- `certs/broken.pem` (x509): failed: truncated PEM: no END CERTIFICATE line\n" in text
    assert "- `media/video.bin`: skipped: larger than --max-file-size (10 MB)\n" in text
    assert "- `tls://down.example.test:443` (network): failed: connect timeout after 5 s\n" in text


def test_french_summary_is_in_french() -> None:
    text = _render("fr")
    assert text.startswith("## qready : préparation quantique\n\n**11 constats** · 9 fichiers analysés · ")
    assert "1 point d’accès sondé · politiques nist-ir-8547 · évalué le 29 nov. 2026" in text
    assert "### Comparaison avec la référence `qready.json`" in text
    assert (
        "| Statut | Urgence | Emplacement | Algorithme | Menace | Première échéance | Remplacement |" in text
    )
    new = "| **nouveau** | pas d’urgence quantique | `app/crypto/box.py:7` | `AES-128-GCM` | affaibli par"
    assert new in text
    assert "NIST IR 8547: déprécié à partir du 1 janv. 2031" in text
    assert "**1 nouveau** · 10 inchangés · 1 corrigé\n" in text
    assert "| ignoré sur demande | 1 | 0 | 0 | 1 |" in text
    assert "### Analyse incomplète (3)\n\n- `certs/broken.pem` (x509): échec: truncated PEM" in text


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(ConfigError, match="--lang: unknown language 'de'; known: en, fr"):
        _render("de")


def test_hostile_file_name_renders_as_text_in_the_table() -> None:
    assert HOSTILE == "web/<img src=x onerror=alert(1)>|@team `x`.pem"
    row = next(line for line in _render().splitlines() if "onerror" in line)
    assert "| ``web/<img src=x onerror=alert(1)>\\|@team `x`.pem:1`` |" in row
    assert row.count(" | ") == 6  # seven cells: the pipe in the name did not open another


def test_rendered_by_a_commonmark_table_renderer_the_hostile_name_is_text() -> None:
    """markdown-it (CommonMark + GFM tables, raw HTML allowed as GitHub's renderer would parse it)."""
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(_render())
    assert "<img" not in html
    cell = "<td><code>web/&lt;img src=x onerror=alert(1)&gt;|@team `x`.pem:1</code></td>"
    assert cell in html
    findings_table = html.split("<tbody>")[2]  # counts, findings, attack costs
    rows = findings_table.split("</tbody>")[0].split("<tr>")[1:]
    assert len(rows) == 10 and all(row.count("<td>") == 7 for row in rows)


def test_hostile_reason_and_replacement_are_escaped_prose() -> None:
    hostile = Outcome(
        "<script>alert(1)</script>.pem", Status.FAILED, "bad **bold** [x](y) | @admin <b>", "x509"
    )
    finding = Finding("key.private", resolve("RSA", "name", size=2048), FileLocation("k.pem", 1), "RSA-2048")
    assessment = assess(Inventory.build(["."], [finding], [], [hostile]), today=TODAY)
    text = MarkdownReporter().render(assessment, OPTIONS)
    assert (
        "- `<script>alert(1)</script>.pem` (x509): failed: "
        "bad \\*\\*bold\\*\\* \\[x\\](y) \\| @&#8203;admin &lt;b&gt;\n"
    ) in text
    html = MarkdownIt("commonmark", {"html": True}).render(text)
    assert (
        "<li><code>&lt;script&gt;alert(1)&lt;/script&gt;.pem</code> (x509): failed: "
        "bad **bold** [x](y) | @\u200badmin &lt;b&gt;</li>"
    ) in html


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("<img src=x>", "&lt;img src=x&gt;"),
        ("`code` *em* _u_ ~s~", "\\`code\\` \\*em\\* \\_u\\_ \\~s\\~"),
        ("@team and user@example.org", "@&#8203;team and user@example.org"),
        ("line\nbreak", "line break"),
        ("a & b", "a &amp; b"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("plain.pem", "`plain.pem`"),
        ("a`b", "``a`b``"),
        ("`edge`", "`` `edge` ``"),
        ("a|b", "`a\\|b`"),
        ("x\r\ny", "`x y`"),
        ("", ""),
    ],
)
def test_code_span(text: str, span: str) -> None:
    assert code_span(text) == span
