"""`qready report --from FILE.json`: the round trip scan -> JSON -> report writes the same bytes as reporting
during the scan, for every registered file format; the table by default; errors name the file and the fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qready.cli import main
from qready.report import BUILTIN_REPORTERS, reporter_named

ROOT = Path(__file__).resolve().parents[2]
ESTATE = ROOT / "examples" / "estate"
PASSWORDS = ROOT / "examples" / "passwords.txt"
FILE_FORMATS = [name for name in BUILTIN_REPORTERS if name not in ("table", "json")]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


def _scan(out: Path, formats: list[str], *extra: str) -> None:
    args = ["scan", str(ESTATE), "--keystore-password-file", str(PASSWORDS), "--workers", "1", "-q"]
    with pytest.raises(SystemExit) as stop:
        main([*args, "--reproducible", "--out", str(out), "--format", ",".join(formats), *extra])
    assert stop.value.code == 0


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample estate scanned once, every file format written directly, plus the JSON."""
    out = tmp_path_factory.mktemp("direct")
    _scan(out, ["json", *FILE_FORMATS])
    return out


def test_the_round_trip_covers_sarif_cbom_markdown_and_csv() -> None:
    assert {"sarif", "cbom", "markdown", "csv"} <= set(FILE_FORMATS)


@pytest.mark.parametrize("name", FILE_FORMATS)
def test_report_from_json_equals_reporting_directly(
    capsys: pytest.CaptureFixture[str], scanned: Path, tmp_path: Path, name: str
) -> None:
    code, out, err = run(
        capsys, "report", "--from", str(scanned / "qready.json"), "--format", name, "--out", str(tmp_path),
        "--reproducible",
    )  # fmt: skip
    filename = reporter_named(name).filename
    assert (code, out) == (0, "")
    assert err.split() == ["wrote", str(tmp_path / filename)]
    again = (tmp_path / filename).read_bytes()
    assert again == (scanned / filename).read_bytes()
    assert len(again) > 200


def test_french_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scan(tmp_path / "direct", ["json", "markdown"], "--lang", "fr")
    code, out, _ = run(
        capsys, "report", "--from", str(tmp_path / "direct" / "qready.json"), "--format", "markdown",
        "--lang", "fr", "--reproducible",
    )  # fmt: skip
    assert code == 0
    assert out == (tmp_path / "direct" / "qready.md").read_text(encoding="utf-8")
    assert out.startswith("## qready : préparation quantique\n")


def test_every_file_format_with_out_and_the_french_markdown(
    capsys: pytest.CaptureFixture[str], scanned: Path, tmp_path: Path
) -> None:
    code, _, _ = run(
        capsys, "report", "--from", str(scanned / "qready.json"), "--out", str(tmp_path), "-q", "--lang", "fr"
    )
    assert code == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(reporter_named(name).filename for name in FILE_FORMATS)
    french = (tmp_path / "qready.md").read_text(encoding="utf-8")
    assert french.startswith(
        "## qready : préparation quantique\n\n**130 constats** · 36 fichiers analysés · "
    )
    assert "| élevée | 87 | 0 | 0 | 87 |" in french


def test_table_is_the_default_and_matches_the_scan_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = ["scan", str(ESTATE), "--keystore-password-file", str(PASSWORDS), "--workers", "1", "-q"]
    code, scan_table, _ = run(capsys, *args, "--out", str(tmp_path), "--format", "table,json")
    assert code == 0
    code, report_table, err = run(capsys, "report", "--from", str(tmp_path / "qready.json"))
    assert (code, err) == (0, "")
    assert report_table == scan_table
    assert "Findings by quantum threat" in report_table and "app/config/jwks.json:3" in report_table


def test_one_file_format_without_out_goes_to_stdout(
    capsys: pytest.CaptureFixture[str], scanned: Path
) -> None:
    code, out, _ = run(
        capsys, "report", "--from", str(scanned / "qready.json"), "--format", "sarif", "--reproducible"
    )
    assert code == 0
    assert out == (scanned / "qready.sarif").read_text(encoding="utf-8")
    assert json.loads(out)["runs"][0]["tool"]["driver"]["name"] == "qready"


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, "report", *args)
    assert (code, out) == (2, "")
    return err.strip()


def test_errors_name_the_file_and_what_to_do(
    capsys: pytest.CaptureFixture[str], scanned: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.json"
    assert _error(capsys) == "qready: error: report: name a saved qready JSON with --from FILE.json"
    assert (
        _error(capsys, "--from", str(missing))
        == f"qready: error: --from {missing}: No such file or directory"
    )
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert _error(capsys, "--from", str(garbage)).startswith(
        f"qready: error: --from {garbage}: not a JSON file ("
    )
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    assert _error(capsys, "--from", str(other)) == (
        f"qready: error: --from {other}: not a qready JSON document (missing format 'qready-assessment')"
    )
    cbom = scanned / "qready.cdx.json"
    assert _error(capsys, "--from", str(cbom)) == (
        f"qready: error: --from {cbom}: a CycloneDX CBOM, not a qready JSON (write one with --format json)"
    )
    assert _error(capsys, "--from", str(scanned / "qready.json"), "--format", "sarif,csv") == (
        "qready: error: --format: more than one file format needs --out DIR"
    )
    assert _error(capsys, "--from", str(scanned / "qready.json"), "--format", "pdf").startswith(
        "qready: error: --format: unknown format 'pdf'; known: table, json, cbom, sarif, markdown, csv"
    )
