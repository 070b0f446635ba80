"""The CLI as a user runs it: formats, output files, exit codes, error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import make_certificate

from qready.cli import main
from qready.report import json as json_report


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


@pytest.fixture()
def tree(tmp_path: Path, rsa_key, pem_of) -> Path:  # type: ignore[no-untyped-def]
    (tmp_path / "tls").mkdir()
    (tmp_path / "tls" / "server.pem").write_bytes(pem_of(make_certificate("srv.example.test", rsa_key)))
    (tmp_path / "broken.crt").write_bytes(b"\0" * 64)
    return tmp_path


def test_table_is_the_default_and_names_each_finding(capsys, tree: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "scan", str(tree), "--quiet")
    assert code == 0
    assert "tls/server.pem:1" in out and "RSA-PKCS1-1.5-SHA-256-2048" in out and "shor-broken" in out
    assert "broken.crt (x509): failed: not a valid DER certificate" in out


def test_out_writes_json_that_round_trips(capsys, tree: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    out_dir = tmp_path_factory.mktemp("out")
    code, _, _ = run(capsys, "scan", str(tree), "--out", str(out_dir), "--format", "json", "-q")
    assert code == 0
    doc = json.loads((out_dir / "qready.json").read_text())
    findings = doc["assessment"]["inventory"]["findings"]
    names = {key: algorithm["name"] for key, algorithm in doc["algorithms"].items()}
    assert [(f["location"]["path"], f["location"]["line"], names[f["algorithm"]]) for f in findings] == [
        ("tls/server.pem", 1, "RSA-2048"),
        ("tls/server.pem", 1, "RSA-PKCS1-1.5-SHA-256-2048"),
    ]


def test_json_started_on_the_inventory_is_the_json_written_after_it(  # type: ignore[no-untyped-def]
    capsys, tmp_path_factory, monkeypatch
) -> None:
    """`qready scan --out` starts the JSON report's findings in a forked child once the inventory is large
    (AHEAD_FROM findings); the file is the one the parent alone writes, byte for byte."""
    estate = Path(__file__).resolve().parents[2] / "examples" / "estate"
    written: list[bytes] = []
    forked: list[bool] = []
    start = json_report.JsonReporter.start

    def counted(self, inventory, options):  # type: ignore[no-untyped-def]
        finish = start(self, inventory, options)
        forked.append(finish is not None)
        return finish

    monkeypatch.setattr(json_report.JsonReporter, "start", counted)
    for ahead_from in (1, 10**9):
        monkeypatch.setattr(json_report, "AHEAD_FROM", ahead_from)
        out_dir = tmp_path_factory.mktemp("out")
        code, _, _ = run(capsys, "scan", str(estate), "--out", str(out_dir), "--format", "json,sarif", "-q")
        assert code == 0
        written.append((out_dir / "qready.json").read_bytes())
    assert forked == [True, False]
    assert written[0] == written[1]
    assert b'"Ed25519#' in written[0]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((), 0),
        (("--fail-on", "shor-broken"), 1),
        (("--fail-on", "grover-weakened"), 1),
        (("--strict",), 3),
        (("--strict", "--fail-on", "any"), 3),
    ],
)
def test_exit_codes(capsys, tree: Path, flags: tuple[str, ...], expected: int) -> None:  # type: ignore[no-untyped-def]
    code, _, _ = run(capsys, "scan", str(tree), "-q", *flags)
    assert code == expected


def test_fail_on_is_not_triggered_by_weaker_findings(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "readme.txt").write_text("nothing here")
    code, _, _ = run(capsys, "scan", str(tmp_path), "-q", "--fail-on", "any")
    assert code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("scan", "/no/such/dir"), "qready: error: /no/such/dir: no such file or directory"),
        (("scan", ".", "--format", "xml"), "qready: error: --format: unknown format 'xml'; known: "),
        (("scan", ".", "--max-file-size", "big"), "qready: error: --max-file-size: 'big' is not a size"),
        (("catalog", "NoSuchAlgo"), "qready: error: catalog: no algorithm is spelled 'NoSuchAlgo'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.startswith(message)
    assert "Traceback" not in err


def test_catalog_lookup_by_oid(capsys) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from qready.cli import cli

    result = CliRunner().invoke(cli, ["catalog", "1.2.840.113549.1.1.11"])
    assert result.exit_code == 0
    assert "RSA-PKCS1-1.5-SHA-256" in result.output and "sha256WithRSAEncryption" in result.output


def test_catalog_looks_up_a_variants_name_as_reports_give_it() -> None:
    from click.testing import CliRunner

    from qready.cli import cli

    result = CliRunner().invoke(cli, ["catalog", "ECDSA-P-384"], terminal_width=200)
    assert result.exit_code == 0, result.output
    rows = {
        cells[1].strip(): cells[2].strip()
        for line in result.output.splitlines()
        if len(cells := line.split("│")) == 4
    }
    assert rows["variant of"] == "ECDSA"
    assert (rows["key size"], rows["curve"], rows["classical bits"]) == ("384", "nist/P-384", "192")
    assert result.output.splitlines()[0].strip() == "ECDSA-P-384"


def test_python_dash_m_entry_point(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qready", "scan", str(tree), "--format", "json", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "qready-assessment"


def test_gitignore_of_a_checkout_applies_unless_turned_off(capsys, tree: Path) -> None:  # type: ignore[no-untyped-def]
    from qready.engine import scan

    (tree / ".gitignore").write_text("tls/\n")
    outside_git = {f.location.path for f in scan(tree).findings}  # type: ignore[union-attr]
    assert outside_git == {"tls/server.pem"}
    (tree / ".git").mkdir()
    assert scan(tree).findings == ()
    assert {f.location.path for f in scan(tree, use_gitignore=False).findings} == {"tls/server.pem"}  # type: ignore[union-attr]
    code, out, _ = run(capsys, "scan", str(tree), "--quiet", "--no-gitignore")
    assert code == 0 and "tls/server.pem:1" in out


def test_parallel_and_inline_scans_agree(tmp_path: Path, rsa_key, ec_key, pem_of) -> None:  # type: ignore[no-untyped-def]
    from qready.engine import scan

    for index in range(300):
        key = rsa_key if index % 2 else ec_key
        (tmp_path / f"c{index:03}.pem").write_bytes(pem_of(make_certificate(f"h{index}.example.test", key)))
    inline = scan(tmp_path, workers=1)
    pooled = scan(tmp_path, workers=2)
    assert inline == pooled
    assert len(inline.findings) == 600
    assert {f.algorithm.name for f in inline.findings} == {
        "RSA-2048",
        "RSA-PKCS1-1.5-SHA-256-2048",
        "ECDSA-P-384",
        "ECDSA-P-384-SHA-256",
    }


def test_the_workers_start_on_the_first_files_while_the_walk_goes_on(tmp_path: Path, rsa_key, pem_of) -> None:  # type: ignore[no-untyped-def]
    from qready.engine.scan import Progress, ScanRequest, run_scan

    for index in range(400):
        (tmp_path / f"c{index:03}.pem").write_bytes(
            pem_of(make_certificate(f"h{index}.example.test", rsa_key))
        )
    events: list[tuple[str, int]] = []

    class Recorder(Progress):
        def start(self, total: int) -> None:
            events.append(("start", total))

        def advance(self, count: int) -> None:
            events.append(("advance", count))

    inventory = run_scan(ScanRequest((tmp_path,), workers=2), Recorder())
    assert inventory.files_scanned == 400
    # four batches of 64 go to the workers, the walk hands over a fifth, and the first batch is done before
    # the walk has handed over its last files (and so before the total is known)
    assert events[0] == ("advance", 64)
    assert [e for e in events if e[0] == "start"] == [("start", 400)]
    assert sum(count for kind, count in events if kind == "advance") == 400


def test_json_report_is_byte_identical_for_the_same_tree_anywhere(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rsa_key, ec_key, pem_of
) -> None:
    import datetime
    import shutil

    import qready
    from qready.report import ReportOptions, reporter_named

    first = tmp_path / "one" / "estate"
    for index, key in enumerate((rsa_key, ec_key, rsa_key)):
        path = first / f"d{index}" / "c.pem"
        path.parent.mkdir(parents=True)
        path.write_bytes(pem_of(make_certificate(f"h{index}.example.test", key)))
    shutil.copytree(first, tmp_path / "two" / "estate")
    options = ReportOptions(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC), "test")
    texts = []
    for place, workers in (("one", 1), ("two", 2)):
        monkeypatch.chdir(tmp_path / place)
        texts.append(
            reporter_named("json").render(qready.assess(qready.scan("estate", workers=workers)), options)
        )
    assert texts[0] == texts[1]
    assert str(tmp_path) not in texts[0]


def test_many_problems_with_one_reason_are_summarised(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for index in range(8):
        (tmp_path / f"bad{index}.crt").write_bytes(b"\0" * 32)
    code, out, _ = run(capsys, "scan", str(tmp_path), "-q")
    assert code == 0
    assert (
        "problem: 8 files failed: not a valid DER certificate, certificate request or PKCS#7 bundle "
        "(first: bad0.crt)"
    ) in out


def test_debug_shows_the_traceback(capsys) -> None:  # type: ignore[no-untyped-def]
    from qready.errors import TargetError

    with pytest.raises(TargetError, match="/no/such/dir: no such file or directory"):
        main(["scan", "/no/such/dir", "--debug"])


def test_languages_limits_source_scanning_and_names_unknown_ones(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.py").write_text("import hashlib\nhashlib.md5(b'')\n", encoding="utf-8")
    (source / "b.go").write_text('package b\n\nimport "crypto/md5"\n\nvar _ = md5.New()\n', encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run(
        capsys, "scan", str(source), "--languages", "go", "--format", "json", "--out", str(out), "-q"
    )
    assert code == 0
    findings = json.loads((out / "qready.json").read_text())["assessment"]["inventory"]["findings"]
    assert sorted({(f["location"]["path"], f["location"]["line"]) for f in findings}) == [
        ("b.go", 3),
        ("b.go", 5),
    ]
    code, _, err = run(capsys, "scan", str(source), "--languages", "cobol", "-q")
    assert code == 2
    assert "--languages: unknown language 'cobol'" in err
    # TSX is TypeScript's dialect: `--languages typescript` reads it (its own name too)
    (source / "c.tsx").write_text(
        "import { createHash } from 'crypto';\n"
        "export const A = () => <b>{createHash('md5').digest('hex')}</b>;\n",
        encoding="utf-8",
    )
    for languages in ("typescript", "tsx"):
        code, _, _ = run(
            capsys, "scan", str(source), "--languages", languages, "--format", "json", "--out", str(out), "-q"
        )
        findings = json.loads((out / "qready.json").read_text())["assessment"]["inventory"]["findings"]
        assert code == 0
        assert sorted(
            (f["location"]["path"], f["location"]["line"], f["algorithm"].split("#")[0]) for f in findings
        ) == [("c.tsx", 2, "MD5")]
