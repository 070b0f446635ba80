"""HtmlReporter on a hand-built assessment: a self-contained page (no network reference, a strict CSP whose
hashes match the inline style and script), hostile strings from scanned files escaped everywhere (HTML and the
script's JSON), the readiness score, English and French with Babel number and date formats, the catalogs
(complete, compiled, in step with the sources), the golden page, and `qready scan --lang fr`."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from tests.conftest import make_certificate, write

from qready.cli import cli
from qready.errors import ConfigError
from qready.model import (
    Algorithm,
    Assessment,
    AttackCost,
    Certificate,
    Comparison,
    Endpoint,
    Estimate,
    FileLocation,
    Finding,
    Inventory,
    Outcome,
    PolicyDeadline,
    Primitive,
    Replacement,
    SourceSpan,
    Status,
    Threat,
    Urgency,
    Verdict,
    Wave,
)
from qready.report import reporter_named
from qready.report.base import ReportOptions
from qready.report.html import HtmlReporter, script_json
from qready.report.i18n import translator
from qready.report.readiness import readiness

REPORT = Path(__file__).resolve().parents[3] / "src" / "qready" / "report"
LOCALE = REPORT / "locale"
GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "html"
WHEN = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
HOSTILE_FILE = "pki/<img src=x onerror=alert(1)>.pem"
HOSTILE_SUBJECT = 'CN=<script>alert("subject")</script>'
HOSTILE_EVIDENCE = "key = '</script><!-- <b>RSA</b>'"
NIST = (
    "nist-ir-8547",
    "NIST IR 8547",
    "NIST IR 8547 (initial public draft), Section 4, Tables 2-4 (NIST, 2024)",
)
CNSA = ("cnsa-2.0", "NSA CNSA 2.0", "CNSA 2.0 FAQ, Table 1 (NSA, 2024)")


def _algorithm(name: str, threat: Threat, bits: int | None, level: int | None, *repl: str) -> Algorithm:
    family = name.split("-", 1)[0]
    return Algorithm(
        name,
        family,
        Primitive.SIGNATURE,
        threat,
        classical_bits=bits,
        nist_quantum_level=level,
        replacements=repl,
    )


RSA = _algorithm("RSA-2048", Threat.SHOR_BROKEN, 112, 0, "ML-DSA-65", "SLH-DSA-SHA2-128s")
RSA_1024 = _algorithm("RSA-1024", Threat.SHOR_BROKEN, 80, 0, "ML-DSA-44")
ECDSA = _algorithm("ECDSA-P-256-SHA-256", Threat.SHOR_BROKEN, 128, 0, "ML-DSA-65")
ECDH = _algorithm("ECDH-P-256", Threat.SHOR_BROKEN, 128, 0, "ML-KEM-768")
HYBRID = _algorithm("X25519MLKEM768", Threat.QUANTUM_RESISTANT, 128, 3)
AES = _algorithm("AES-128-GCM", Threat.GROVER_WEAKENED, 128, 1)

CERTIFICATE = Certificate(
    subject=HOSTILE_SUBJECT,
    issuer="CN=Example Root CA",
    serial="1234",
    not_before=datetime(2026, 1, 1, tzinfo=UTC),
    not_after=datetime(2031, 1, 1, tzinfo=UTC),
    signature_algorithm=ECDSA,
    public_key=ECDSA,
    key_size=256,
    sha256="ab" * 32,
    spki_sha256=None,
    is_ca=False,
    encoding="PEM",
    locations=(FileLocation(HOSTILE_FILE, 1),),
)

FINDINGS = (
    Finding(
        "py.cryptography.rsa-keygen",
        RSA,
        SourceSpan("app/src/tokens.py", 12, 5),
        HOSTILE_EVIDENCE,
        symbol="rsa.generate_private_key",
        function="keygen",
        context="production",
    ),
    Finding(
        "py.cryptography.rsa-keygen", RSA, SourceSpan("app/legacy.py", 4), "rsa.generate_private_key(2048)"
    ),
    Finding(
        "x509.signature",
        ECDSA,
        FileLocation(HOSTILE_FILE, 1),
        f"certificate {HOSTILE_SUBJECT}: signature",
        asset_ref=CERTIFICATE.ref,
    ),
    Finding(
        "config.nginx.ssl-ecdh-curve",
        HYBRID,
        SourceSpan("web/nginx.conf", 7),
        "ssl_ecdh_curve X25519MLKEM768",
    ),
    Finding(
        "config.nginx.ssl-ciphers", AES, SourceSpan("web/nginx.conf", 9), "ssl_ciphers AES128-GCM-SHA256"
    ),
    Finding("tls.group", ECDH, Endpoint("tls", "mail.example.test", 465), "negotiated group secp256r1"),
    Finding(
        "py.cryptography.rsa-keygen",
        RSA_1024,
        SourceSpan("tests/test_rsa.py", 3),
        "generate(1024)",
        context="test",
    ),
)
F_TOKENS, F_LEGACY, F_CERT, F_HYBRID, F_AES, F_MAIL, F_TEST = FINDINGS

ATTACK_RSA = AttackCost(
    "rsa-2048",
    "sc_2019",
    cheapest=Estimate("Gidney 2025", "2025-05", "primary", physical_qubits=1_000_000, expected_hours=168.0),
    model=Estimate("qready model", "", "model", physical_qubits=897_864, expected_hours=129.19),
)
ATTACK_ECC = AttackCost(
    "ecc-256",
    "sc_2019",
    cheapest=Estimate(
        "Webber et al. 2022", "2022-01", "primary", physical_qubits=13_000_000, expected_hours=24.0
    ),
    model=Estimate("qready model", "", "model", physical_qubits=10_475_520, expected_hours=336.0),
    extrapolated=True,
)


def _deadline(policy: tuple[str, str, str], requirement: str, day: date) -> PolicyDeadline:
    return PolicyDeadline(
        policy[0], policy[1], requirement, day, policy[2], f"{requirement} after {day.year - 1}"
    )


NIST_2031 = _deadline(NIST, "deprecated", date(2031, 1, 1))
NIST_2036 = _deadline(NIST, "disallowed", date(2036, 1, 1))
CNSA_2033 = _deadline(CNSA, "exclusive", date(2033, 1, 1))


def _verdict(finding: Finding, tier: str, *deadlines: PolicyDeadline, **more: object) -> Verdict:
    algorithm = finding.algorithm
    replacement = (
        Replacement(
            f"replace {algorithm.name} with {algorithm.replacements[0]}",
            "qready catalog: replacements",
            "upgrade cryptography to 46.0 first",
        )
        if algorithm.replacements
        else None
    )
    urgency = Urgency(
        tier, f"{algorithm.name}: {tier} (rationale)", horizon=2033.0, probability=(0.172, 0.292)
    )
    return Verdict(
        finding.fingerprint,
        algorithm.threat,
        algorithm.classical_bits,
        algorithm.nist_quantum_level,
        algorithm.replacements,
        deadlines,
        urgency=urgency,
        replacement=replacement,
        **more,
    )


VERDICTS = (
    _verdict(F_TOKENS, "high", NIST_2031, CNSA_2033, attack=ATTACK_RSA),
    _verdict(F_LEGACY, "high", NIST_2031, attack=ATTACK_RSA, suppressed="accepted until the 2027 rewrite"),
    _verdict(F_CERT, "critical", NIST_2036, CNSA_2033, attack=ATTACK_ECC),
    _verdict(F_HYBRID, "not-quantum-urgent"),
    _verdict(F_AES, "not-quantum-urgent"),
    _verdict(F_MAIL, "high", NIST_2036, attack=ATTACK_ECC),
    _verdict(F_TEST, "low", NIST_2031, attack=ATTACK_RSA),
)
WAVES = (
    Wave("wave 1", "critical", "start now", (F_CERT.fingerprint,)),
    Wave("wave 2", "high", "plan this year", (F_TOKENS.fingerprint, F_MAIL.fingerprint)),
    Wave("wave 3", "low", "with the code it belongs to", (F_TEST.fingerprint,)),
)
PROBLEM = Outcome("secrets/<b>vault</b>.p12", Status.FAILED, "PKCS#12 is password-protected", "keystores")


def sample_assessment() -> Assessment:
    """The fixed assessment of the HTML tests (hand-built verdicts: independent of the assessment's rules)."""
    inventory = Inventory.build(
        ["estate"],
        FINDINGS,
        [CERTIFICATE],
        [PROBLEM, Outcome("app/src/tokens.py", Status.OK, "", "source")],
        catalog_version="2026.11.0",
        files_scanned=5,
        endpoints_probed=1,
    )
    return Assessment(inventory, VERDICTS, "nist-ir-8547,cnsa-2.0", date(2026, 11, 29), "sc_2019", WAVES)


def render(lang: str = "en", assessment: Assessment | None = None) -> str:
    options = ReportOptions(WHEN, "0.1.0", lang=lang)
    return HtmlReporter().render(assessment or sample_assessment(), options)


class _Page(HTMLParser):
    """The tags, attributes and raw text of the page's <style> and <script> elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []
        self.headings: dict[str, list[str]] = {"h2": [], "h3": []}
        self._open: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script"):
            self.raw.append((tag, dict(attrs), ""))
        self._open = tag if tag in (*self.headings, "style", "script") else None

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open in ("style", "script"):
            tag, attrs, text = self.raw[-1]
            self.raw[-1] = (tag, attrs, text + data)
        elif self._open:
            self.headings[self._open].append(data.strip())
            self._open = None


def _script_data(page: _Page) -> dict[str, object]:
    (block,) = [text for tag, attrs, text in page.raw if attrs.get("type") == "application/json"]
    assert "</" not in block and "<!--" not in block
    data: dict[str, object] = json.loads(block)
    return data


def test_registered_as_html() -> None:
    reporter = reporter_named("html")
    assert isinstance(reporter, HtmlReporter)
    assert (reporter.name, reporter.filename) == ("html", "qready.html")


def test_page_fetches_nothing() -> None:
    text = render()
    assert "http://" not in text and "https://" not in text
    page = _Page(text)
    references = {
        (tag, name, value)
        for tag, attrs in page.tags
        for name, value in attrs.items()
        if name in ("src", "href", "action", "data", "poster", "srcset")
    }
    assert {value for _, _, value in references if not (value or "").startswith("#")} == {"data:,"}
    assert ("link", "href", "data:,") in references
    assert not [tag for tag, _ in page.tags if tag in ("img", "iframe", "object", "embed", "form", "base")]
    (style,) = [text for tag, _, text in page.raw if tag == "style"]
    assert "url(" not in style and "@import" not in style


def test_csp_allows_only_the_inline_script_and_style_by_hash() -> None:
    page = _Page(render())
    (csp,) = [
        a["content"]
        for tag, a in page.tags
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    (style,) = [text for tag, _, text in page.raw if tag == "style"]
    (script,) = [text for tag, attrs, text in page.raw if tag == "script" and "type" not in attrs]
    assert csp == (
        f"default-src 'none'; script-src {digest(script)}; style-src {digest(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    assert [tag for tag, _, _ in page.raw] == ["style", "script", "script"]
    assert not [attrs for _, attrs in page.tags if "style" in attrs or any(n.startswith("on") for n in attrs)]


def test_hostile_strings_from_scanned_files_are_text() -> None:
    text = render()
    assert "<img src=x" not in text and "<script>alert" not in text and "<b>" not in text
    assert text.count("<script") == 2
    assert "&lt;img src=x onerror=alert(1)&gt;.pem" in text
    assert "CN=&lt;script&gt;alert(&#34;subject&#34;)&lt;/script&gt;" in text
    assert "key = &#39;&lt;/script&gt;&lt;!-- &lt;b&gt;RSA&lt;/b&gt;&#39;" in text
    assert "secrets/&lt;b&gt;vault&lt;/b&gt;.p12" in text


def test_script_json_cannot_end_its_block() -> None:
    assert (
        script_json({"a": "</script><!-- & \u2028"})
        == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    )
    rows = _script_data(_Page(render()))["rows"]
    assert isinstance(rows, list)
    assert [(r["id"], r["tier"], r["threat"], r["keys"]["location"]) for r in rows] == [
        (3, "critical", "shor-broken", f"{HOSTILE_FILE}:1"),
        (2, "high", "shor-broken", "app/src/tokens.py:12"),
        (5, "high", "shor-broken", "tls://mail.example.test:465"),
        (4, "low", "shor-broken", "tests/test_rsa.py:3"),
        (6, "not-quantum-urgent", "quantum-resistant", "web/nginx.conf:7"),
        (7, "not-quantum-urgent", "grover-weakened", "web/nginx.conf:9"),
        (1, "suppressed", "shor-broken", "app/legacy.py:4"),
    ]
    assert HOSTILE_EVIDENCE.lower() in rows[1]["search"]
    assert rows[1]["keys"] == {
        "location": "app/src/tokens.py:12",
        "algorithm": "RSA-2048",
        "bits": 112,
        "threat": 0,
        "urgency": 1,
        "deadline": "2031-01-01",
        "rule": "py.cryptography.rsa-keygen",
    }


def test_readiness_score_is_the_mean_urgency_credit() -> None:
    score = readiness(sample_assessment())
    # high 0.25 x2, critical 0, not urgent 1 x2, low 0.75; the suppressed finding is left out
    assert (score.score, score.scored, score.suppressed) == (pytest.approx(3.25 / 6), 6, 1)
    assert score.by_tier == (("critical", 1), ("high", 2), ("low", 1), ("not-quantum-urgent", 2))
    formula = re.sub(r"<[^>]+>", "", re.search(r'id="score-formula">(.*?)</p>', render(), re.S).group(1))
    assert " ".join(formula.split()) == (
        "(1 × 0 Critical + 2 × 0.25 High + 1 × 0.75 Low + 2 × 1 Not quantum-urgent) ÷ 6 = 54%"
    )
    empty = Assessment(Inventory.build([], [], [], []), ())
    assert readiness(empty).score == 1.0
    assert "No finding to score" in render(assessment=empty)


FRENCH_HEADINGS = [
    "Synthèse",
    "Graphiques",
    "Résultats",
    "Plan de migration",
    "Problèmes",
    "Détail des résultats",
    "Résultat",
]


def test_french_page_is_french() -> None:
    text = render("fr")
    page = _Page(text)
    assert '<html lang="fr">' in text
    assert page.headings["h2"] == FRENCH_HEADINGS
    assert "Score de préparation" in page.headings["h3"]
    assert "Frontière du coût d’attaque" in page.headings["h3"]
    assert not {"Summary", "Findings", "Migration plan", "Readiness score"} & set(
        page.headings["h2"] + page.headings["h3"]
    )
    assert "Cassé par Shor" in text and "Vague 2" in text and "interdit" in text
    assert _script_data(page)["messages"] == {"shown": "Résultats affichés\u00a0: {shown} sur {total}"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Jan 1, 2031",
                "November 29, 2026",
                "Nov 29, 2026, 12:00:00\u202fPM UTC",
                "13,000,000 physical qubits",
                "897,864 physical qubits",
                "5 days",
                "54%",
                "17% to 29%",
                "0.75",
            ],
        ),
        (
            "fr",
            [
                "1 janv. 2031",
                "29 novembre 2026",
                "29 nov. 2026, 12:00:00 UTC",
                "13\u202f000\u202f000 qubits physiques",
                "897\u202f864 qubits physiques",
                "5\xa0jours",
                "54\xa0%",
                "17\xa0% à 29\xa0%",
                "0,75",
            ],
        ),
    ],
)
def test_numbers_and_dates_follow_the_locale(lang: str, expected: list[str]) -> None:
    text = render(lang)
    assert [item for item in expected if item not in text] == []


def test_comparison_marks_new_findings() -> None:
    compared = replace(
        sample_assessment(),
        comparison=Comparison("base.json", (F_CERT.fingerprint,), (F_TOKENS.fingerprint,), (F_HYBRID,)),
    )
    text = render(assessment=compared)
    assert "Against the baseline base.json: 1 new, 1 unchanged, 1 fixed." in text
    cells = {
        row: re.findall(
            r"<td>([^<]*)</td>\s*</tr>", re.search(rf'<tr id="row-{row}".*?</tr>', text, re.S).group(0)
        )
        for row in (2, 3, 5)
    }
    assert cells == {2: ["unchanged"], 3: ["new"], 5: ["unchanged"]}


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"--lang: unknown language 'de'; known: en, fr"):
        translator("de")


def _catalog(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "qready.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_every_message_has_a_french_translation() -> None:
    catalog = _catalog("fr")
    untranslated = [
        m.id
        for m in catalog
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert untranslated == []
    assert [(m.id, errors) for m, errors in catalog.check()] == []  # placeholders kept


def test_catalogs_hold_every_string_the_sources_use() -> None:
    used = {
        message
        for _, _, message, _, _ in extract_from_dir(
            str(REPORT),
            [("**.py", "python"), ("**/templates/**.j2", "jinja2")],
            {
                "**/templates/**.j2": {
                    "extensions": "jinja2.ext.i18n,jinja2.ext.do",
                    "newstyle_gettext": "true",
                }
            },
        )
    }
    for lang in ("en", "fr"):
        assert used == {m.id for m in _catalog(lang) if m.id}, lang


def _key(text: str | tuple[str, ...] | list[str]) -> str | tuple[str, ...]:
    return text if isinstance(text, str) else tuple(text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compiled_catalogs_match_their_sources(lang: str) -> None:
    with (LOCALE / lang / "LC_MESSAGES" / "qready.mo").open("rb") as handle:
        compiled = {_key(m.id): _key(m.string) for m in read_mo(handle) if m.id}
    translated = {
        _key(m.id): _key(m.string)
        for m in _catalog(lang)
        if m.id and not m.fuzzy and all([m.string] if isinstance(m.string, str) else m.string)
    }
    assert {key: compiled.get(key) for key in translated} == translated
    # pybabel compiles an untranslated plural entry as its own English forms
    assert {key: value for key, value in compiled.items() if key not in translated} == {
        key: key for key in compiled if key not in translated and isinstance(key, tuple)
    }
    everything = {_key(m.id) for m in _catalog(lang) if m.id}
    assert set(translated) == (everything if lang == "fr" else set())  # English is the msgids themselves


def _normalised(text: str) -> str:
    """The page without the bodies of its style and script (their hashes in the CSP go too)."""
    text = re.sub(r"<style>.*?</style>", "<style>/* report.css */</style>", text, flags=re.S)
    text = re.sub(r"<script>.*?</script>", "<script>/* report.js */</script>", text, flags=re.S)
    return re.sub(r"'sha256-[A-Za-z0-9+/=]+'", "'sha256-...'", text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sample_matches_the_golden_page(lang: str) -> None:
    """QREADY_UPDATE_GOLDEN=1 rewrites tests/golden/html/sample.<lang>.html instead of comparing."""
    text = _normalised(render(lang))
    path = GOLDEN / f"sample.{lang}.html"
    if os.environ.get("QREADY_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_scan_writes_a_french_report_for_a_hostile_tree(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = make_certificate("<script>alert(1)</script>", key)
    write(
        tmp_path / "tree" / "<img src=x onerror=alert(1)>.pem",
        certificate.public_bytes(serialization.Encoding.PEM),
    )
    result = CliRunner().invoke(
        cli,
        [
            "scan",
            str(tmp_path / "tree"),
            "--out",
            str(tmp_path / "out"),
            "--format",
            "html",
            "--lang",
            "fr",
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "qready.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in text and "<h2>Résultats</h2>" in text
    assert "&lt;img src=x onerror=alert(1)&gt;.pem:1" in text and "<img src=x" not in text
    # the subject as RFC 4514 writes it (a backslash before < and >), then escaped for HTML
    assert "CN=\\&lt;script\\&gt;alert(1)\\&lt;/script\\&gt;" in text and text.count("<script") == 2
