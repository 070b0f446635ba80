"""qready.toml and [tool.qready]: typed settings, every invalid-configuration message, rule matching and the
one I/O edge that finds the file for a scan root."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from qready.assess.settings import (
    Place,
    ShelfLifeRule,
    Suppression,
    default_settings,
    find_settings,
    glob_matches,
    parse_pyproject_settings,
    parse_settings,
)
from qready.errors import ConfigError

FULL = """
policy = ["nist", "eu-pqc-roadmap", "nist-ir-8547"]
profile = "sc_2019"

[[shelf_life]]
path = "services/billing/**"
data = "financial"
migration = 3

[[shelf_life]]
host = "*.example.com"
kind = "tls"
years = 2.5
category = "web"
high_risk = true

[[suppressions]]
fingerprint = "0123456789abcdef0123456789abcdef"
reason = "accepted risk, ticket SEC-12"

[[suppressions]]
rule = "src-rsa-keygen"
path = "tests/**"
reason = "test fixtures, never deployed"
expires = 2027-06-30

[survey]
edition = "gri-2023"
"""

KNOWN_POLICIES = "nist-ir-8547, cnsa-2.0, eu-pqc-roadmap, uk-ncsc, bsi-tr-02102-1, anssi"
A_RULE = '[[shelf_life]]\npath = "a/**"\n'
A_SUPPRESSION = '[[suppressions]]\nrule = "r"\npath = "t/**"\n'
POINTS = "[survey]\nbase_year = 2025\n[[survey.points]]\nyear = 2030\n"


def test_a_full_configuration() -> None:
    settings = parse_settings(FULL)
    assert settings.source == "qready.toml"
    assert settings.policies == ("nist-ir-8547", "eu-pqc-roadmap")
    assert settings.profile == "sc_2019"
    assert settings.shelf_life == (
        ShelfLifeRule(
            "qready.toml: shelf_life[1]", path="services/billing/**", data="financial", migration=3
        ),
        ShelfLifeRule(
            "qready.toml: shelf_life[2]",
            host="*.example.com",
            kind="tls",
            years=2.5,
            category="web",
            high_risk=True,
        ),
    )
    assert settings.suppressions == (
        Suppression(
            "qready.toml: suppressions[1]",
            "accepted risk, ticket SEC-12",
            fingerprint="0123456789abcdef0123456789abcdef",
        ),
        Suppression(
            "qready.toml: suppressions[2]",
            "test fixtures, never deployed",
            rule="src-rsa-keygen",
            path="tests/**",
            expires=date(2027, 6, 30),
        ),
    )
    assert (settings.survey.id, settings.survey.base_year) == ("gri-2023", 2023)
    assert [p.id for p in settings.selected_policies()] == ["nist-ir-8547", "eu-pqc-roadmap"]


def test_an_empty_file_gives_the_defaults() -> None:
    settings = parse_settings("")
    assert (settings.source, settings.policies, settings.profile) == ("qready.toml", ("nist-ir-8547",), None)
    assert (settings.shelf_life, settings.suppressions, settings.survey.id) == ((), (), "gri-2024")
    defaults = default_settings()
    assert (defaults.source, defaults.policies, defaults.survey.id) == (
        "defaults",
        ("nist-ir-8547",),
        "gri-2024",
    )


def test_a_single_policy_by_alias() -> None:
    assert parse_settings('policy = "CNSA"').policies == ("cnsa-2.0",)


def test_a_survey_table_of_ones_own() -> None:
    settings = parse_settings(
        "[survey]\nbase_year = 2025\n"
        "[[survey.points]]\nyear = 2030\npessimistic = 0.1\noptimistic = 0.3\n"
        '[[survey.points]]\nyear = 2035\npessimistic = 0.4\noptimistic = 0.7\nreported = "our red team"\n'
    )
    survey = settings.survey
    assert (survey.id, survey.name, survey.base_year, survey.source) == (
        "custom", "qready.toml survey override", 2025, None
    )  # fmt: skip
    assert [(p.year, p.pessimistic, p.optimistic, p.reported, p.verification) for p in survey.points] == [
        (2030, 0.1, 0.3, "qready.toml override", "D"),
        (2035, 0.4, 0.7, "our red team", "D"),
    ]


def test_pyproject_tool_qready() -> None:
    text = '[project]\nname = "x"\n\n[tool.qready]\npolicy = "bsi"\n\n[[tool.qready.suppressions]]\n'
    text += 'fingerprint = "ab"\nreason = "known"\n'
    settings = parse_pyproject_settings(text)
    assert settings is not None
    assert (settings.source, settings.policies) == ("pyproject.toml [tool.qready]", ("bsi-tr-02102-1",))
    assert settings.suppressions[0].label == "pyproject.toml: tool.qready.suppressions[1]"
    assert parse_pyproject_settings('[project]\nname = "x"\n[tool.ruff]\nline-length = 100\n') is None
    assert parse_pyproject_settings("[project\nbroken") is None  # not ours to judge


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("polcy = 'x'", "qready.toml: polcy is not a known key"),
        ("policy = 3", "qready.toml: policy must be a policy name or a list of policy names"),
        ("policy = []", "qready.toml: policy must name at least one policy"),
        ("policy = ['nsa']", f"qready.toml: policy 'nsa' is not a known policy (known: {KNOWN_POLICIES})"),
        ("profile = ''", "qready.toml: profile must be a non-empty string"),
        ("profile = 1", "qready.toml: profile must be a non-empty string"),
        ("shelf_life = 5", "qready.toml: shelf_life must be an array of tables ([[shelf_life]])"),
        (
            "[[shelf_life]]\nyears = 3",
            "qready.toml: shelf_life[1] needs at least one of path, repository, host, kind",
        ),
        (A_RULE, "qready.toml: shelf_life[1] needs years, data, migration, category or high_risk"),
        (A_RULE + "years = 3\ndata = 'health'", "qready.toml: shelf_life[1]: give years or data, not both"),
        (A_RULE + "years = -1", "qready.toml: shelf_life[1].years must be a number of years (0 or more)"),
        (
            A_RULE + "migration = 'two'",
            "qready.toml: shelf_life[1].migration must be a number of years (0 or more)",
        ),
        (A_RULE + "yeras = 3", "qready.toml: shelf_life[1].yeras is not a known key"),
        (
            A_RULE + "data = 'medical'",
            "qready.toml: shelf_life[1].data 'medical' is not a known data kind (known: business, financial, "
            "government, health, internal, personal, session)",
        ),
        (
            "[[shelf_life]]\nkind = 'tlss'\nyears = 1",
            "qready.toml: shelf_life[1].kind 'tlss' is not a known asset kind (known: ca-certificate, "
            "certificate, code-signing, firmware, key, library, source, ssh, tls, vpn)",
        ),
        (
            A_RULE + "category = 'browsers'",
            "qready.toml: shelf_life[1].category 'browsers' is not a known category (known: custom-legacy, "
            "networking, niche, operating-system, pki, software-signing, web)",
        ),
        (A_RULE + "high_risk = 'yes'", "qready.toml: shelf_life[1].high_risk must be true or false"),
        (
            "[[shelf_life]]\npath = ''\nyears = 1",
            "qready.toml: shelf_life[1].path must be a non-empty string",
        ),
        ("[[shelf_life]]\nhost = 7\nyears = 1", "qready.toml: shelf_life[1].host must be a non-empty string"),
        (
            '[[suppressions]]\nfingerprint = "ab"\nreason = "ok"\n' + A_SUPPRESSION,
            "qready.toml: suppressions[2].reason is required",
        ),
        (A_SUPPRESSION + "reason = '  '", "qready.toml: suppressions[1].reason must be a non-empty string"),
        (
            "[[suppressions]]\nreason = 'ok'",
            "qready.toml: suppressions[1] needs a fingerprint, or a rule and a path",
        ),
        (
            "[[suppressions]]\nrule = 'r'\nreason = 'ok'",
            "qready.toml: suppressions[1] needs a fingerprint, or a rule and a path",
        ),
        (
            "[[suppressions]]\nfingerprint = 'ab'\nrule = 'r'\nreason = 'ok'",
            "qready.toml: suppressions[1]: give a fingerprint, or a rule with a path, not both",
        ),
        (
            A_SUPPRESSION + "reason = 'ok'\nexpires = '2027-01-01'",
            "qready.toml: suppressions[1].expires must be a date (YYYY-MM-DD)",
        ),
        (
            A_SUPPRESSION + "reason = 'ok'\nexpires = 2027-01-01T00:00:00",
            "qready.toml: suppressions[1].expires must be a date (YYYY-MM-DD)",
        ),
        (
            A_SUPPRESSION + "reason = 'ok'\nuntil = 2027-01-01",
            "qready.toml: suppressions[1].until is not a known key",
        ),
        ("suppressions = [1]", "qready.toml: suppressions must be an array of tables ([[suppressions]])"),
        ("survey = 1", "qready.toml: survey must be a table"),
        ("[survey]\nbase = 2025", "qready.toml: survey.base is not a known key"),
        (
            "[survey]\nedition = 'gri-2019'",
            "qready.toml: survey.edition 'gri-2019' is not a known edition (known: gri-2023, gri-2024)",
        ),
        (
            "[survey]\nedition = 'gri-2023'\nbase_year = 2025",
            "qready.toml: survey: give edition, or base_year with points, not both",
        ),
        (
            "[survey]\n[[survey.points]]\nyear = 2030\npessimistic = 0.1\noptimistic = 0.2",
            "qready.toml: survey.base_year is required with survey.points (the year of probability 0)",
        ),
        ("[survey]\nbase_year = 2025", "qready.toml: survey.points: no points"),
        (POINTS.replace("2030", "'2030'"), "qready.toml: survey.points[1].year must be a year"),
        (
            POINTS + "pessimistic = 0.1\noptimistic = 1.2",
            "qready.toml: survey.points[1].optimistic must be a probability between 0 and 1",
        ),
        (
            POINTS + "pessimistic = 0.3\noptimistic = 0.2",
            "qready.toml: survey.points[1]: pessimistic must not exceed optimistic",
        ),
        (
            POINTS
            + "pessimistic = 0.3\noptimistic = 0.4\n[[survey.points]]\nyear = 2029\npessimistic = 0.3\n"
            "optimistic = 0.4",
            "qready.toml: survey.points: point 2: year 2029 does not come after 2030",
        ),
        (
            POINTS
            + "pessimistic = 0.3\noptimistic = 0.4\n[[survey.points]]\nyear = 2035\npessimistic = 0.2\n"
            "optimistic = 0.4",
            "qready.toml: survey.points: point 2: a probability decreases with time",
        ),
        (
            POINTS + "pessimistic = 0.3\noptimistic = 0.4\nsource = 'me'",
            "qready.toml: survey.points[1].source is not a known key",
        ),
    ],
)
def test_every_invalid_configuration_is_one_line_naming_the_key(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings(text)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_the_profile_is_checked_against_the_names_given() -> None:
    profiles = ("sc_2019", "sc_optimistic")
    assert parse_settings('profile = "sc_optimistic"', profiles=profiles).profile == "sc_optimistic"
    with pytest.raises(ConfigError) as caught:
        parse_settings('profile = "fast"', profiles=profiles)
    assert str(caught.value) == (
        "qready.toml: profile 'fast' is not a known hardware profile (known: sc_2019, sc_optimistic)"
    )
    assert parse_settings('profile = "fast"').profile == "fast"  # no list given: the caller checks later


def test_invalid_toml_names_the_file_and_the_line() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings('policy = "nist"\nprofile = \n', "/srv/app/qready.toml")
    assert str(caught.value).startswith("/srv/app/qready.toml: invalid TOML: ")
    assert "line 2" in str(caught.value)


def test_pyproject_errors_name_the_tool_qready_key() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_pyproject_settings(
            '[tool.qready]\npolicy = "nist"\n[[tool.qready.suppressions]]\nfingerprint = "ab"\n'
        )
    assert str(caught.value) == "pyproject.toml: tool.qready.suppressions[1].reason is required"
    with pytest.raises(ConfigError) as broken:
        parse_pyproject_settings("[tool.qready]\npolicy = \n")
    assert str(broken.value).startswith("pyproject.toml: invalid TOML: ")
    with pytest.raises(ConfigError) as scalar:
        parse_pyproject_settings('[tool]\nqready = "nist"\n')
    assert str(scalar.value) == "pyproject.toml: tool.qready must be a table"


def test_suppressions_match_by_fingerprint_or_rule_and_glob_until_they_expire() -> None:
    settings = parse_settings(FULL)
    first, second = settings.suppressions
    assert (
        settings.suppression_for("0123456789abcdef0123456789abcdef", "any-rule", "src/a.py", date(2030, 1, 1))
        == first
    )
    assert (
        settings.suppression_for("ff", "src-rsa-keygen", "tests/unit/test_keys.py", date(2027, 6, 30))
        == second
    )
    assert (
        settings.suppression_for("ff", "src-rsa-keygen", "tests/unit/test_keys.py", date(2027, 7, 1)) is None
    )
    assert settings.suppression_for("ff", "src-rsa-keygen", "src/keys.py", date(2027, 1, 1)) is None
    assert (
        settings.suppression_for("ff", "src-ecdsa-sign", "tests/unit/test_keys.py", date(2027, 1, 1)) is None
    )
    assert settings.warnings(date(2027, 6, 30)) == ()
    assert settings.warnings(date(2027, 7, 1)) == (
        "qready.toml: suppressions[2] expired on 2027-06-30 and no longer applies (reason was: test "
        "fixtures, never deployed)",
    )


def test_the_first_matching_shelf_life_rule_wins_and_every_selector_must_match() -> None:
    settings = parse_settings(
        FULL.replace(
            "[[shelf_life]]\nhost", '[[shelf_life]]\nkind = "key"\nyears = 9\n\n[[shelf_life]]\nhost', 1
        )
    )
    labels = [rule.label.rsplit(" ", 1)[1] for rule in settings.shelf_life]
    assert labels == ["shelf_life[1]", "shelf_life[2]", "shelf_life[3]"]

    def chosen(place: Place) -> str | None:
        rule = settings.shelf_life_rule(place)
        return None if rule is None else rule.label.rsplit(" ", 1)[1]

    assert chosen(Place(path="services/billing/pay.py", kind="key")) == "shelf_life[1]"
    assert chosen(Place(path="services/orders/keys.pem", kind="key")) == "shelf_life[2]"
    assert chosen(Place(host="api.example.com", kind="tls")) == "shelf_life[3]"
    assert chosen(Place(host="api.example.com", kind="ssh")) is None
    assert chosen(Place(host="example.org", kind="tls")) is None
    assert chosen(Place(kind="tls")) is None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("tests/**", "tests/unit/a.py", True),
        ("tests/**", "src/tests.py", False),
        ("**/test_*.py", "a/b/test_x.py", True),
        ("**/test_*.py", "test_x.py", True),
        ("*.py", "a/b.py", False),
        ("src/*.py", "src/a.py", True),
        ("src/*.py", "src/x/a.py", False),
        ("./src/?.c", "src/a.c", True),
        ("*.example.com", "api.example.com", True),
        ("*.example.com", "example.com", False),
        ("vendor/[x]/**", "vendor/[x]/a.go", True),
    ],
)
def test_glob_semantics(pattern: str, text: str, expected: bool) -> None:
    assert glob_matches(pattern, text) is expected


def test_find_settings_prefers_qready_toml_then_pyproject(tmp_path: Path) -> None:
    assert find_settings(tmp_path).source == "defaults"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_settings(tmp_path).source == "defaults"
    (tmp_path / "pyproject.toml").write_text('[tool.qready]\npolicy = "uk"\n', encoding="utf-8")
    from_project = find_settings(tmp_path)
    assert (from_project.source, from_project.policies) == (
        f"{tmp_path / 'pyproject.toml'} [tool.qready]",
        ("uk-ncsc",),
    )
    (tmp_path / "qready.toml").write_text('policy = ["anssi"]\n', encoding="utf-8")
    chosen = find_settings(tmp_path)
    assert (chosen.source, chosen.policies) == (str(tmp_path / "qready.toml"), ("anssi",))
    scanned_file = tmp_path / "app.py"
    scanned_file.write_text("print()\n", encoding="utf-8")
    assert find_settings(scanned_file).policies == ("anssi",)


def test_find_settings_reports_the_file_in_errors(tmp_path: Path) -> None:
    (tmp_path / "qready.toml").write_text("[[suppressions]]\nfingerprint = 'ab'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        find_settings(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'qready.toml'}: suppressions[1].reason is required"
    (tmp_path / "qready.toml").write_bytes(b"policy = '\xff'\n")
    with pytest.raises(ConfigError) as undecodable:
        find_settings(tmp_path)
    assert str(undecodable.value).startswith(f"{tmp_path}: cannot read the qready configuration: ")


def test_the_documented_example_parses() -> None:
    doc = sys.modules[parse_settings.__module__].__doc__
    assert doc is not None
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    settings = parse_settings(example)
    assert settings.policies == ("nist-ir-8547", "eu-pqc-roadmap")
    assert (settings.shelf_life[0].data, settings.suppressions[0].expires) == ("financial", date(2027, 6, 30))
