"""`qready diff OLD NEW`: added, removed and changed findings between two scans or CBOMs, as a table, JSON or
Markdown; exit 1 with --fail-on-added when something was added."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from qready.assess import assess
from qready.assess.scan_diff import Side, diff_scans
from qready.cli import main
from qready.cli.diff import diff_markdown
from qready.knowledge import default_catalog
from qready.model import Certificate, FileLocation, Finding, Inventory, Library, SourceSpan

KEYS = """from cryptography.hazmat.primitives.asymmetric import rsa


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
"""
DIGESTS = """import hashlib


def checksum(data):
    return hashlib.md5(data).hexdigest()
"""
SESSION = """from cryptography.hazmat.primitives.asymmetric import ec


def session_key():
    return ec.generate_private_key(ec.SECP256R1())
"""
CATALOG = default_catalog()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


def _scan(capsys: pytest.CaptureFixture[str], tree: Path, out: Path, formats: str = "json,cbom") -> Path:
    code, _, _ = run(
        capsys, "scan", str(tree), "--out", str(out), "--format", formats, "--reproducible", "-q"
    )
    assert code == 0
    return out


@pytest.fixture()
def scans(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path]:
    """Two scans of one repository: the key grew to 4096 bits, MD5 went away, an EC session key came in."""
    tree = tmp_path / "repo"
    (tree / "app").mkdir(parents=True)
    (tree / "app" / "keys.py").write_text(KEYS, encoding="utf-8")
    (tree / "app" / "digests.py").write_text(DIGESTS, encoding="utf-8")
    old = _scan(capsys, tree, tmp_path / "old")
    (tree / "app" / "keys.py").write_text(KEYS.replace("key_size=2048", "key_size=4096"), encoding="utf-8")
    (tree / "app" / "digests.py").unlink()
    (tree / "app" / "session.py").write_text(SESSION, encoding="utf-8")
    return old, _scan(capsys, tree, tmp_path / "new")


EXPECTED_ADDED = [
    ("app/session.py:1 py.cryptography.import-ec cryptography.hazmat.primitives.asymmetric.ec", "ECDSA"),
    (
        "app/session.py:5 py.cryptography.ec-keygen "
        "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key",
        "ECDSA-P-256",
    ),
]
EXPECTED_CHANGED = [
    {
        "subject": "app/keys.py:5 py.cryptography.rsa-keygen "
        "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
        "changes": [
            {"field": "algorithm", "old": "RSA-2048", "new": "RSA-4096"},
            {"field": "key size", "old": "2048", "new": "4096"},
            {"field": "classical bits", "old": "112", "new": "152"},
        ],
    }
]


def test_diff_of_two_json_reports(capsys: pytest.CaptureFixture[str], scans: tuple[Path, Path]) -> None:
    old, new = scans
    code, out, _ = run(capsys, "diff", str(old / "qready.json"), str(new / "qready.json"), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["summary"] == {"added": 2, "removed": 1, "changed": 1}
    assert [(f["location"], f["algorithm"]) for f in document["added"]] == EXPECTED_ADDED
    assert [(f["location"], f["algorithm"], f["threat"]) for f in document["removed"]] == [
        ("app/digests.py:5 py.hashlib.md5 hashlib.md5", "MD5", "grover-weakened")
    ]
    assert document["changed"] == EXPECTED_CHANGED


def test_diff_of_two_cboms_finds_the_same_changes(
    capsys: pytest.CaptureFixture[str], scans: tuple[Path, Path]
) -> None:
    """A CBOM has no rule ids: subjects name the CBOM rule, the matching is by occurrence."""
    old, new = scans
    code, out, _ = run(
        capsys, "diff", str(old / "qready.cdx.json"), str(new / "qready.cdx.json"), "--format", "json"
    )
    assert code == 0
    document = json.loads(out)
    assert document["summary"] == {"added": 2, "removed": 1, "changed": 1}
    assert [f["algorithm"] for f in document["added"]] == ["ECDSA", "ECDSA-P-256"]
    assert [f["algorithm"] for f in document["removed"]] == ["MD5"]
    [change] = document["changed"]
    assert change["subject"].startswith("app/keys.py:5 cbom.algorithm")
    assert change["changes"] == EXPECTED_CHANGED[0]["changes"]


def test_a_scan_and_its_own_cbom_do_not_differ(
    capsys: pytest.CaptureFixture[str], scans: tuple[Path, Path]
) -> None:
    _, new = scans
    code, out, _ = run(
        capsys, "diff", str(new / "qready.json"), str(new / "qready.cdx.json"), "--fail-on-added"
    )
    assert code == 0
    assert "0 added, 0 removed, 0 changed" in out


def test_fail_on_added_exits_1(capsys: pytest.CaptureFixture[str], scans: tuple[Path, Path]) -> None:
    old, new = scans
    assert run(capsys, "diff", str(old / "qready.json"), str(new / "qready.json"), "--fail-on-added")[0] == 1
    assert run(capsys, "diff", str(new / "qready.json"), str(old / "qready.json"), "--fail-on-added")[0] == 1
    assert run(capsys, "diff", str(old / "qready.json"), str(new / "qready.json"))[0] == 0


def test_table_and_markdown_outputs(capsys: pytest.CaptureFixture[str], scans: tuple[Path, Path]) -> None:
    old, new = scans
    code, table, _ = run(capsys, "diff", str(old / "qready.json"), str(new / "qready.json"))
    assert code == 0
    assert "2 added, 1 removed, 1 changed" in table
    assert "RSA-2048" in table and "RSA-4096" in table and "app/digests.py:5" in table
    code, markdown, _ = run(
        capsys, "diff", str(old / "qready.json"), str(new / "qready.json"), "--format", "markdown"
    )
    assert code == 0
    assert "**2 added, 1 removed, 1 changed**" in markdown
    assert "| app/digests.py:5 py.hashlib.md5 hashlib.md5 | MD5 | grover-weakened |" in markdown
    assert (
        "| app/keys.py:5 py.cryptography.rsa-keygen cryptography.hazmat.primitives.asymmetric.rsa"
        ".generate\\_private\\_key | key size | 2048 | 4096 |"
    ) in markdown


def test_diff_names_missing_and_foreign_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    code, _, err = run(capsys, "diff", str(tmp_path / "absent.json"), str(other))
    assert code == 2 and err == f"qready: error: {tmp_path / 'absent.json'}: no such file\n"
    code, _, err = run(capsys, "diff", str(other), str(other))
    assert code == 2 and "neither a qready JSON report nor a CycloneDX CBOM" in err


# the pure comparison

RSA_2048, RSA_3072 = CATALOG.resolve("RSA", size=2048), CATALOG.resolve("RSA", size=3072)
SIGN = CATALOG.resolve("sha256WithRSAEncryption", size=2048)
ECDSA = CATALOG.resolve("ecdsa-with-SHA256", curve="P-256")


def _side(name: str, findings: list[Finding], assets: list[object] = (), assessed: bool = True) -> Side:  # type: ignore[assignment]
    inventory = Inventory.build(["."], findings, assets, [])  # type: ignore[arg-type]
    assessment = assess(inventory, today=date(2026, 11, 29)) if assessed else None
    return Side(name, inventory, assessment)


def _certificate(signature: object, sha: str, not_after: int) -> Certificate:
    return Certificate(
        "CN=api.example.test", "CN=CA", "01", None, datetime(not_after, 1, 1, tzinfo=UTC), signature, None,  # type: ignore[arg-type]
        2048, sha, None, False, "PEM", (FileLocation("tls/api.pem", 1),),
    )  # fmt: skip


def test_unmatched_findings_at_one_site_pair_in_line_order() -> None:
    site = "cryptography.rsa.generate_private_key"
    old = [
        Finding("py.rsa-keygen", RSA_2048, SourceSpan("a.py", 3, 1), "k = gen(2048)", symbol=site),
        Finding("py.rsa-keygen", RSA_2048, SourceSpan("a.py", 9, 1), "j = gen(2048)", symbol=site),
    ]
    new = [
        Finding("py.rsa-keygen", RSA_3072, SourceSpan("a.py", 3, 1), "k = gen(3072)", symbol=site),
        Finding("py.rsa-keygen", RSA_2048, SourceSpan("a.py", 9, 1), "j = gen(2048)", symbol=site),
        Finding("py.rsa-keygen", RSA_2048, SourceSpan("a.py", 20, 1), "m = gen(2048)", symbol=site),
    ]
    diff = diff_scans(_side("old", old), _side("new", new))
    assert [(c.subject, c.fields) for c in diff.changed] == [
        (
            f"a.py:3 py.rsa-keygen {site}",
            (
                ("algorithm", "RSA-2048", "RSA-3072"),
                ("key size", "2048", "3072"),
                ("classical bits", "112", "128"),
            ),
        )
    ]
    assert [f.evidence for f in diff.added] == ["m = gen(2048)"]
    assert diff.removed == ()


def test_a_reissued_certificate_and_an_upgraded_library_are_changes() -> None:
    old_cert, new_cert = _certificate(SIGN, "a" * 64, 2026), _certificate(ECDSA, "b" * 64, 2027)
    old_lib = Library(
        "pkg:pypi/cryptography@41.0.0", "cryptography", "41.0.0", (FileLocation("requirements.txt", 1),)
    )
    new_lib = Library(
        "pkg:pypi/cryptography@46.0.0", "cryptography", "46.0.0", (FileLocation("requirements.txt", 1),)
    )
    diff = diff_scans(_side("old", [], [old_cert, old_lib]), _side("new", [], [new_cert, new_lib]))
    assert [(c.subject, c.fields) for c in diff.changed] == [
        (
            "certificate CN=api.example.test",
            (
                ("signature algorithm", "RSA-PKCS1-1.5-SHA-256-2048", "ECDSA-P-256-SHA-256"),
                ("signature key size", "2048", "256"),
                ("signature curve", "-", "nist/P-256"),
                ("signature classical bits", "112", "128"),
                ("signature padding", "pkcs1v15", "-"),
                ("not after", "2026-01-01", "2027-01-01"),
            ),
        ),
        ("library cryptography", (("version", "41.0.0", "46.0.0"),)),
    ]
    assert diff.added == diff.removed == ()


def test_markdown_cells_stay_inert() -> None:
    hostile = "x|y`<img src=x onerror=alert(1)>[z](http://e).py"
    finding = Finding("py.hashlib.md5", CATALOG.resolve("MD5"), SourceSpan(hostile, 1, 1), "md5()")
    diff = diff_scans(_side("old", [], assessed=False), _side("new", [finding], assessed=False))
    text = diff_markdown(diff)
    assert "| x\\|y\\`&lt;img src=x onerror=alert(1)&gt;\\[z\\](http://e).py:1 py.hashlib.md5 | MD5 |" in text
    assert "<img" not in text


def test_markdown_cells_keep_underscores_and_mentions_literal() -> None:
    """`__init__.py` is not bold and `@team` pings nobody in a PR comment."""
    place = SourceSpan("pkg/__init__.py", 2, 1)
    finding = Finding("py.hashlib.md5", CATALOG.resolve("MD5"), place, "md5()", symbol="@team")
    diff = diff_scans(_side("old", [], assessed=False), _side("new", [finding], assessed=False))
    row = "| pkg/\\_\\_init\\_\\_.py:2 py.hashlib.md5 @&#8203;team | MD5 | grover-weakened |"
    assert row in diff_markdown(diff).splitlines()
