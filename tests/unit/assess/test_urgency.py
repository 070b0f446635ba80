"""Mosca urgency: survey interpolation, x + y arithmetic, exact tiers with their rationale, and the inputs
derived from a finding, its asset and qready.toml."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from qready.assess.deadlines import Use, deadlines
from qready.assess.settings import Place, parse_settings
from qready.assess.urgency import (
    Band,
    Exposure,
    Tier,
    asset_kind,
    crqc_probability,
    finding_exposure,
    mosca_inputs,
    purpose_of,
    urgency,
    years_after,
)
from qready.knowledge import resolve
from qready.knowledge.mosca import Survey, SurveyPoint, Years, default_shelf_life, default_surveys
from qready.knowledge.policies import Purpose, default_policy_book
from qready.model import (
    Algorithm,
    Certificate,
    Endpoint,
    FileLocation,
    Finding,
    KeyMaterial,
    Library,
    PackageRef,
    ProtocolConfig,
    SourceSpan,
)

TODAY = date(2026, 6, 1)
X25519 = resolve("X25519")
ECDSA_P256 = resolve("ECDSA", curve="P-256")
GRI_2024 = "GRI Quantum Threat Timeline 2024"

KEY_EXCHANGE = (
    "X25519 is broken by Shor's algorithm. Used for key establishment: traffic and data recorded today can "
    "be "
    "decrypted once a quantum computer exists (harvest now, decrypt later), so the exposure starts today. "
    "It must "
    "stay secret for 5 years (default for tls: traffic of unknown content: assume business data that must "
    "stay "
    "confidential for about five years) and migration takes 2 years (default for tls: configuration change "
    "plus "
    "library upgrades and client compatibility testing: 1-2 years (upper end)): 2026 + 5 + 2 = 2033. Chance "
    "that "
    "a cryptographically relevant quantum computer exists by 2033: 17-29 % (GRI Quantum Threat Timeline "
    "2024, "
    "pessimistic to optimistic edge). High: 29 % is at least 25 % and below 50 % on the optimistic edge."
)
SIGNATURE = (
    "ECDSA-P-256 is broken by Shor's algorithm. Used for signatures: recording gives an attacker nothing, "
    "the "
    "risk starts on the day a quantum computer exists while the key is still trusted. It must stay "
    "trustworthy "
    "for 1 year (default for certificate: a public TLS certificate is trusted for at most 398 days "
    "(CA/Browser "
    "Forum); private PKIs often longer) and migration takes 2 years (default for certificate: issuing "
    "post-quantum or hybrid certificates needs CA, client and HSM support: about 2 years): 2026 + 1 + 2 = "
    "2029. "
    "Chance that a cryptographically relevant quantum computer exists by 2029: 10 % (GRI Quantum Threat "
    "Timeline "
    "2024, pessimistic to optimistic edge). Medium: 10 % is at least 10 % and below 25 % on the optimistic "
    "edge."
)
SOURCE_KEY_EXCHANGE = KEY_EXCHANGE.replace(
    "(default for tls: traffic of unknown content: assume business data that must stay confidential for "
    "about "
    "five years) and migration takes 2 years (default for tls: configuration change plus library upgrades "
    "and "
    "client compatibility testing: 1-2 years (upper end))",
    "(default for source: application data of unknown content: assume about five years) and migration takes "
    "2 "
    "years (default for source: code change, library upgrade, data and protocol compatibility: about 2 "
    "years)",
)


def _survey() -> Survey:
    found = default_surveys().edition("gri-2024")
    assert found is not None
    return found


def _exposure(
    algorithm: Algorithm, purpose: Purpose, kind: str, context: str | None = None, network: bool = False
) -> Exposure:
    x, y = mosca_inputs(Place(kind=kind), None, default_shelf_life())
    return Exposure(algorithm, purpose, x, y, context, network)


def _years(x: float, y: float) -> tuple[Years, Years]:
    return Years(x, "x", None), Years(y, "y", None)


@pytest.mark.parametrize(
    ("year", "pessimistic", "optimistic", "beyond", "text"),
    [
        (2020, 0.0, 0.0, False, "0 %"),
        (2024, 0.0, 0.0, False, "0 %"),
        (2026, 0.04, 0.04, False, "4 %"),
        (2029, 0.10, 0.10, False, "10 %"),
        (2031, 0.136, 0.196, False, "14-20 %"),
        (2031.5, 0.145, 0.22, False, "15-22 %"),
        (2034, 0.19, 0.34, False, "19-34 %"),
        (2041, 0.19, 0.34, True, "at least 19-34 %"),
    ],
)
def test_survey_interpolation_gri_2024(
    year: float, pessimistic: float, optimistic: float, beyond: bool, text: str
) -> None:
    band = crqc_probability(_survey(), year)
    assert band.pessimistic == pytest.approx(pessimistic, abs=1e-12)
    assert band.optimistic == pytest.approx(optimistic, abs=1e-12)
    assert (band.year, band.beyond_survey, band.survey, str(band)) == (year, beyond, GRI_2024, text)


def test_survey_interpolation_gri_2023_and_a_user_table() -> None:
    older = default_surveys().edition("gri-2023")
    assert older is not None
    band = crqc_probability(older, 2030.5)
    assert (band.pessimistic, band.optimistic) == pytest.approx((0.21, 0.21))
    own = Survey("custom", "mine", 2025, (SurveyPoint(2030, 0.2, 0.6, "", "D"),), None)
    assert crqc_probability(own, 2027.5) == Band(2027.5, 0.1, 0.3, False, "mine")


def test_mosca_arithmetic_x_10_y_5_in_2026_reads_the_survey_at_2041() -> None:
    x, y = _years(10, 5)
    result = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, x, y), _survey(), date(2026, 3, 15))
    assert result.horizon == 2041
    assert result.probability == crqc_probability(_survey(), 2041)
    assert "2026 + 10 + 5 = 2041" in result.rationale


def test_urgency_never_falls_as_x_or_y_grows() -> None:
    previous_rank, previous_p = -1, -1.0
    for x, y in [(0, 0), (0, 1), (1, 1), (3, 1), (3, 4), (8, 4), (8, 9), (20, 9)]:
        shelf, migration = _years(x, y)
        result = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, shelf, migration), _survey(), TODAY)
        assert result.probability is not None
        assert result.tier.rank >= previous_rank and result.probability.optimistic >= previous_p
        previous_rank, previous_p = result.tier.rank, result.probability.optimistic
    assert previous_rank == Tier.HIGH.rank


def test_key_exchange_is_exposed_today_and_ranks_high() -> None:
    result = urgency(_exposure(X25519, Purpose.KEY_ESTABLISHMENT, "tls"), _survey(), TODAY)
    assert (result.tier, result.horizon, result.harvest_now) == (Tier.HIGH, 2033, True)
    assert result.rationale == KEY_EXCHANGE
    assert result.hard_deadline is None


def test_a_certificate_signature_ranks_medium_without_harvest_exposure() -> None:
    result = urgency(_exposure(ECDSA_P256, Purpose.SIGNATURE, "certificate"), _survey(), TODAY)
    assert (result.tier, result.horizon, result.harvest_now) == (Tier.MEDIUM, 2029, False)
    assert result.rationale == SIGNATURE


@pytest.mark.parametrize(
    ("context", "tier", "sentence"),
    [
        ("test", Tier.LOW, "Test code does not protect production data: lowered from high to low."),
        ("example", Tier.LOW, "Example code is not deployed as it is: lowered from high to low."),
        (
            "vendored",
            Tier.MEDIUM,
            "Vendored third-party code is fixed by upgrading it: lowered from high to medium.",
        ),
    ],
)
def test_test_example_and_vendored_code_rank_lower(context: str, tier: Tier, sentence: str) -> None:
    result = urgency(_exposure(X25519, Purpose.KEY_ESTABLISHMENT, "source", context), _survey(), TODAY)
    assert result.tier is tier
    assert result.rationale == f"{SOURCE_KEY_EXCHANGE} {sentence}"


def test_generated_and_production_code_keep_their_tier() -> None:
    for context in ("generated", "production", None):
        result = urgency(_exposure(X25519, Purpose.KEY_ESTABLISHMENT, "source", context), _survey(), TODAY)
        assert (result.tier, result.rationale) == (Tier.HIGH, SOURCE_KEY_EXCHANGE)


def test_test_code_never_ranks_below_low() -> None:
    result = urgency(_exposure(ECDSA_P256, Purpose.SIGNATURE, "certificate", "test"), _survey(), TODAY)
    assert result.tier is Tier.LOW
    assert (
        result.rationale
        == f"{SIGNATURE} Test code does not protect production data: lowered from medium to low."
    )
    x, y = _years(0, 1)
    tiny = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, x, y, "test"), _survey(), TODAY)
    assert tiny.tier is Tier.LOW
    assert tiny.rationale.endswith(
        "Low: 6 % is below 10 % on the optimistic edge. Test code does not protect production data: stays "
        "low."
    )


def test_a_network_endpoint_ranks_one_tier_higher() -> None:
    result = urgency(_exposure(X25519, Purpose.KEY_ESTABLISHMENT, "tls", network=True), _survey(), TODAY)
    assert result.tier is Tier.CRITICAL
    assert result.rationale == (
        f"{KEY_EXCHANGE} Seen on a network endpoint, where its traffic can be recorded today: raised from "
        "high to "
        "critical."
    )
    signature = urgency(
        _exposure(ECDSA_P256, Purpose.SIGNATURE, "certificate", network=True), _survey(), TODAY
    )
    assert signature.tier is Tier.HIGH


def test_an_unknown_use_is_assessed_as_confidentiality() -> None:
    x, y = _years(5, 2)
    result = urgency(Exposure(resolve("RSA", size=2048), Purpose.UNKNOWN, x, y), _survey(), TODAY)
    assert (result.tier, result.harvest_now) == (Tier.HIGH, True)
    assert "Use not known: assessed as confidentiality, the more exposed case" in result.rationale
    assert "It must stay secret for 5 years (x)" in result.rationale


def test_fifty_percent_on_the_optimistic_edge_is_critical() -> None:
    own = Survey("custom", "my survey", 2024, (SurveyPoint(2030, 0.3, 0.6, "", "D"),), None)
    x, y = _years(5, 2)
    result = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, x, y), own, TODAY)
    assert result.tier is Tier.CRITICAL
    assert result.rationale.endswith(
        "by 2033: at least 30-60 % (my survey, pessimistic to optimistic edge). Critical: 60 % is at least "
        "50 % on "
        "the optimistic edge."
    )


def test_a_hard_deadline_migration_cannot_meet_is_critical() -> None:
    cnsa = default_policy_book().policy("cnsa")
    assert cnsa is not None
    found = deadlines(X25519, Use(Purpose.KEY_ESTABLISHMENT, "networking"), [cnsa])
    x, y = _years(1, 5)
    late = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, x, y), _survey(), TODAY, found)
    assert late.tier is Tier.CRITICAL
    assert late.hard_deadline is not None and late.hard_deadline.id == "cnsa-2.0/networking-exclusive"
    assert late.rationale.endswith(
        "Critical: migration started today would end on 2031-06-01, after NSA CNSA 2.0: exclusive from "
        "2031-01-01 "
        "(traditional networking equipment (VPNs, routers): exclusively use CNSA 2.0 by 2030)."
    )
    x, y = _years(1, 4)
    in_time = urgency(Exposure(X25519, Purpose.KEY_ESTABLISHMENT, x, y), _survey(), TODAY, found)
    assert (in_time.tier, in_time.hard_deadline, in_time.horizon) == (Tier.MEDIUM, None, 2031)


@pytest.mark.parametrize(
    ("name", "rationale"),
    [
        (
            "AES-128-GCM",
            "AES-128-GCM: Grover's algorithm gives at most a quadratic speed-up that parallelises badly; "
            "under "
            "NIST's depth-limited model 128-bit strength stays out of reach (AES-128 remains acceptable). "
            "Not "
            "quantum-urgent.",
        ),
        ("ML-KEM-768", "ML-KEM-768 is quantum-resistant: no quantum action needed. Not quantum-urgent."),
        (
            "TDEA",
            "3DES-168: Grover's algorithm gives at most a quadratic speed-up that parallelises badly, so "
            "quantum "
            "computers add no urgency; its 112-bit classical strength is the concern: judge it on classical "
            "grounds. Not quantum-urgent.",
        ),
        (
            "MD5",
            "MD5: Grover's algorithm gives at most a quadratic speed-up that parallelises badly, so quantum "
            "computers add no urgency; its classical strength is the concern: judge it on classical "
            "grounds. Not "
            "quantum-urgent.",
        ),
    ],
)
def test_grover_weakened_and_quantum_resistant_are_not_quantum_urgent(name: str, rationale: str) -> None:
    x, y = _years(30, 10)
    result = urgency(Exposure(resolve(name), Purpose.ENCRYPTION, x, y, network_facing=True), _survey(), TODAY)
    assert (result.tier, result.rationale, result.probability) == (Tier.NOT_QUANTUM_URGENT, rationale, None)


@pytest.mark.parametrize(
    ("name", "size", "function", "purpose"),
    [
        ("RSA", 2048, None, Purpose.UNKNOWN),
        ("RSA", 2048, "sign", Purpose.SIGNATURE),
        ("RSA", 2048, "encrypt", Purpose.ENCRYPTION),
        ("RSA-OAEP", 2048, None, Purpose.ENCRYPTION),
        ("X25519", None, "keygen", Purpose.KEY_ESTABLISHMENT),
        ("ML-KEM-768", None, "encapsulate", Purpose.KEY_ESTABLISHMENT),
        ("ECDSA", None, "reference", Purpose.SIGNATURE),
        ("AES-128-GCM", None, None, Purpose.ENCRYPTION),
        ("SHA-256", None, "digest", Purpose.UNKNOWN),
    ],
)
def test_purpose_from_function_then_primitive(
    name: str, size: int | None, function: str | None, purpose: Purpose
) -> None:
    assert purpose_of(resolve(name, size=size), function) is purpose


def _certificate(is_ca: bool) -> Certificate:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    return Certificate("CN=x", None, None, when, when, None, None, None, "00", None, is_ca, "pem", ())


def test_asset_kind_from_asset_then_location() -> None:
    defaults = default_shelf_life()
    here = FileLocation("etc/app.conf")
    cases = [
        (ProtocolConfig("tls", None, (), (), ()), here, "tls"),
        (ProtocolConfig("ssh", None, (), (), ()), here, "ssh"),
        (ProtocolConfig("ike", None, (), (), ()), here, "vpn"),
        (ProtocolConfig("wireguard", None, (), (), ()), here, "vpn"),
        (_certificate(is_ca=True), here, "ca-certificate"),
        (_certificate(is_ca=False), here, "certificate"),
        (KeyMaterial("private-key", None, None, "pem", "00", ()), here, "key"),
        (Library("pkg:pypi/cryptography", "cryptography", "48.0", ()), here, "library"),
        (None, Endpoint("ssh", "host.example", 22), "ssh"),
        (None, Endpoint("smtp", "mail.example", 25), "tls"),
        (None, PackageRef("pypi", "rsa", "4.9", "requirements.txt"), "library"),
        (None, SourceSpan("app/keys.py", 3), "source"),
    ]
    assert [asset_kind(asset, location, defaults) for asset, location, _ in cases] == [k for *_, k in cases]


def test_mosca_inputs_from_a_rule_or_the_kind_defaults() -> None:
    defaults = default_shelf_life()
    settings = parse_settings(
        '[[shelf_life]]\nkind = "tls"\ndata = "health"\nmigration = 4\n\n'
        '[[shelf_life]]\npath = "legacy/**"\nyears = 12\n'
    )
    tls = Place(kind="tls")
    x, y = mosca_inputs(tls, settings.shelf_life_rule(tls), defaults)
    assert (x.value, y.value) == (30, 4)
    assert x.basis == (
        "health data, set by qready.toml: shelf_life[1]: medical records are kept, and stay sensitive, for "
        "decades"
    )
    assert y.basis == "set by qready.toml: shelf_life[1]"
    legacy = Place(path="legacy/crypto.c", kind="source")
    x, y = mosca_inputs(legacy, settings.shelf_life_rule(legacy), defaults)
    assert (x.value, x.basis, y.value) == (12, "set by qready.toml: shelf_life[2]", 2)
    assert (
        y.basis
        == "default for source: code change, library upgrade, data and protocol compatibility: about 2 years"
    )
    x, y = mosca_inputs(Place(kind="ca-certificate"), None, defaults)
    assert (x.value, y.value) == (20, 4)


def test_finding_exposure_combines_location_asset_and_qready_toml() -> None:
    settings = parse_settings(
        '[[shelf_life]]\npath = "services/billing/**"\ndata = "financial"\nmigration = 3\n\n'
        '[[shelf_life]]\nhost = "*.example.com"\nyears = 1\ncategory = "software-signing"\nhigh_risk = true\n'
    )
    where = SourceSpan("services/billing/pay.py", 9)
    code = Finding("src-x25519", X25519, where, "x25519()", function="keygen", context="production")
    exposure, use = finding_exposure(code, None, settings)
    assert (exposure.purpose, exposure.shelf_life.value, exposure.migration.value) == (
        Purpose.KEY_ESTABLISHMENT, 10, 3
    )  # fmt: skip
    assert (exposure.context, exposure.network_facing) == ("production", False)
    assert use == Use(Purpose.KEY_ESTABLISHMENT, "custom-legacy", False)
    seen = Finding("net-tls-group", X25519, Endpoint("tls", "api.example.com", 443), "x25519")
    exposure, use = finding_exposure(seen, None, settings)
    assert (exposure.shelf_life.value, exposure.migration.value, exposure.network_facing) == (1, 2, True)
    assert use == Use(Purpose.KEY_ESTABLISHMENT, "software-signing", True)


def test_years_after_counts_calendar_years() -> None:
    assert years_after(TODAY, 2) == date(2028, 6, 1)
    assert years_after(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert years_after(TODAY, 0.5) == date(2026, 12, 1)  # 183 days


def test_tiers_rank_from_critical_down() -> None:
    assert [t.rank for t in Tier] == [4, 3, 2, 1, 0]
    assert sorted(Tier, key=lambda t: -t.rank)[0] is Tier.CRITICAL
