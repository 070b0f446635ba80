"""The generated per-class writers of the codec write exactly what a plain reflective encoding of the same
layout writes: the same keys in the same order, the same `algorithms` and `shared` tables in the same order,
for well-typed values and for values whose runtime types differ from their annotations (which take the
generic path)."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
from enum import Enum
from typing import Any, NamedTuple

import pytest
from tests.unit.report.test_sarif import small_assessment

from qready.knowledge import resolve
from qready.model import (
    Algorithm,
    Assessment,
    AttackCost,
    Certificate,
    Comparison,
    CryptoFunction,
    Endpoint,
    Estimate,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Outcome,
    PackageRef,
    PolicyDeadline,
    ProtocolConfig,
    Replacement,
    SourceSpan,
    Status,
    Threat,
    Urgency,
    Verdict,
    Wave,
)
from qready.model.codec import dump_assessment, encode, load_assessment
from qready.model.encoding import SHARED, hints, layout


class _Reference:
    """The reflective encoder the writers replace: each field read with getattr, each nested value dispatched
    on its type in the codec's order."""

    def __init__(self, share: bool = True) -> None:
        self.share = share
        self.algorithms: dict[str, Any] = {}
        self.shared: dict[str, Any] = {}

    def encode(self, value: Any) -> Any:
        if type(value) in (str, int, float, bool, type(None)):
            return value
        if type(value) is Algorithm:
            fields = self.fields(value)
            key = f"{value.name}#{_digest(fields)[:8]}"
            self.algorithms.setdefault(key, fields)
            return key
        if type(value) in SHARED and self.share:
            fields = self.fields(value)
            key = f"{fields['type']}#{_digest(fields)[:16]}"
            self.shared.setdefault(key, fields)
            return key
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self.fields(value)
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, tuple | list):
            return [self.encode(item) for item in value]
        return value

    def fields(self, value: Any) -> dict[str, Any]:
        shape = layout(type(value))
        out: dict[str, Any] = {"type": shape.name}
        for name in shape.plain:
            out[name] = getattr(value, name)
        for name in shape.enums:
            item = getattr(value, name)
            out[name] = None if item is None else item.value
        for name in shape.strings:
            out[name] = list(getattr(value, name))
        for name in shape.deep:
            out[name] = self.encode(getattr(value, name))
        return out


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _text(document: Any) -> str:
    """Order-sensitive: json.dumps keeps the dicts' key order."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _reference_document(assessment: Assessment) -> dict[str, Any]:
    reference = _Reference()
    body = reference.encode(assessment)
    return {
        "format": "qready-assessment",
        "version": 2,
        "tool": "1.0",
        "algorithms": reference.algorithms,
        "shared": reference.shared,
        "assessment": body,
    }


class _Pair(NamedTuple):
    name: str
    source: str


class _Level(Enum):
    """An enum that is not a string: written by value."""

    HIGH = 3


class _Day(datetime.date):
    """A date subclass: written by isoformat() like a date."""


RSA = resolve("RSA", size=2048)
SIGNATURE = resolve("sha256WithRSAEncryption", size=2048)
MLKEM = resolve("ML-KEM-768")


def _odd_assessment() -> Assessment:
    """Every model type, with None and set values, equal algorithms as distinct objects, and values whose
    runtime types are not their annotations' (lists for tuples, a StrEnum for a str, a NamedTuple pair, a
    datetime for a date, a 3-tuple where pairs are expected)."""
    place = FileLocation("certs/a.pem", 3, "entry 1")
    certificate = Certificate(
        subject='CN=ä \u2028 "quoted"',
        issuer=None,
        serial="1f",
        not_before=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        not_after=None,
        signature_algorithm=SIGNATURE,
        public_key=dataclasses.replace(RSA),  # equal to RSA, another object
        key_size=2048,
        sha256="ab" * 32,
        spki_sha256=None,
        is_ca=True,
        encoding="pem",
        locations=[place, Endpoint("tls", "127.0.0.1", 443)],  # type: ignore[arg-type]
    )
    key = KeyMaterial("private-key", None, None, "pkcs8", "ef" * 32, (FileLocation("k.pem"),), encrypted=True)
    library = Library("pkg:pypi/cryptography@42.0.8", "cryptography", "42.0.8", (), (RSA, MLKEM), "upgrade")
    config = ProtocolConfig("tls", None, (MLKEM,), ("X25519MLKEM768",), (SourceSpan("n.conf", 2, 1, 2, 9),))
    findings = [
        Finding(
            "x509.public-key",
            RSA,
            place,
            "rsa",
            asset_ref=certificate.ref,
            provenance=(("size", "observed"),),
        ),
        Finding(
            "py.rsa",
            dataclasses.replace(RSA),
            SourceSpan("a.py", 4, 2),
            "rsa.generate(2048)",
            symbol="generate",
            function=CryptoFunction.SIGN,  # type: ignore[arg-type]
            provenance=(  # type: ignore[arg-type]
                _Pair("size", "literal"),
                ("a", "b", "c"),
                ("n", 3),
                ["x", "y"],
                ("day", datetime.date(2026, 1, 1)),
                ("level", _Level.HIGH),
            ),
            context="test",
        ),
        Finding(
            "deps.pypi",
            RSA,
            PackageRef("pypi", "rsa", None, "requirements.txt", 3),
            "rsa",
            provenance=[("version", "absent")],  # type: ignore[arg-type]
        ),
        Finding("net.tls.group", MLKEM, Endpoint("tls", "127.0.0.1", 443), "X25519MLKEM768"),
    ]
    inventory = Inventory.build(
        ["."],
        findings,
        [certificate, key, library, config],
        [Outcome("a.pem", Status.OK, "", "x509"), Outcome("b.bin", Status.FAILED, "too large")],
        "v1",
        4,
        1,
    )
    deadline = PolicyDeadline(
        "nist-ir-8547", "NIST IR 8547", "deprecated", _Day(2031, 1, 1), "IR 8547", "text"
    )
    stamped = PolicyDeadline(
        "cnsa-2.0",
        "CNSA 2.0",
        "exclusive",
        datetime.datetime(2033, 1, 1),
        "CNSA",  # type: ignore[arg-type]
    )
    estimate = Estimate("Gidney 2025", "2025", "primary", 1e6, 1e-05, None, "a week")
    attack = AttackCost("rsa-2048", "sc_2019", estimate, Estimate("model", "2026", "model", 2.5e7), True)
    urgency = Urgency("high", "because", 2041.5, (0.17, 0.29), True)
    replacement = Replacement("use ML-KEM-768", "FIPS 203 (2024)", None)
    verdicts = (
        Verdict(
            findings[0].fingerprint,
            Threat.SHOR_BROKEN,
            112,
            0,
            ("ML-DSA-65",),
            (deadline, stamped),
            attack,
            urgency,
            replacement,
        ),
        Verdict(
            findings[1].fingerprint,
            Threat.SHOR_BROKEN,
            112,
            0,
            (),
            [deadline],
            None,
            urgency,
            None,
            "fixture",
        ),  # type: ignore[arg-type]
        Verdict(findings[3].fingerprint, Threat.QUANTUM_RESISTANT, 192, 3, ()),
    )
    waves = (Wave("wave 1: high, code changes", "high", "plan this year", (findings[0].fingerprint,)),)
    comparison = Comparison("previous.json", (findings[0].fingerprint,), (), (findings[2],))
    return Assessment(
        inventory, verdicts, "nist-ir-8547", datetime.date(2026, 11, 29), "sc_2019", waves, ("w",), comparison
    )


@pytest.mark.parametrize("make", [_odd_assessment, small_assessment])
def test_writers_equal_the_reflective_encoding(make: Any) -> None:
    assessment = make()
    assert _text(dump_assessment(assessment, "1.0")) == _text(_reference_document(assessment))


@pytest.mark.parametrize("make", [_odd_assessment, small_assessment])
def test_values_on_their_own_are_written_inline_as_before(make: Any) -> None:
    """encode() (the web's and the store's): verdict parts inline, algorithms by key."""
    assessment = make()
    values = [*assessment.inventory.findings, *assessment.inventory.assets, *assessment.verdicts]
    for value in values:
        reference = _Reference(share=False)
        assert _text(encode(value)) == _text(reference.encode(value)), value
    assert encode(RSA) == _Reference(share=False).fields(RSA)


def test_a_well_typed_assessment_round_trips() -> None:
    assessment = small_assessment()
    assert load_assessment(json.loads(_text(dump_assessment(assessment, "1.0")))) == assessment


def _floats(root: type, skip: frozenset[type]) -> list[str]:
    """The fields holding a float (anywhere in their type) of the model types reachable from `root`,
    not looking inside `skip`."""
    seen: set[type] = set()
    found: list[str] = []

    def visit(hint: Any, where: str) -> None:
        if hint is float:
            found.append(where)
        for argument in getattr(hint, "__args__", ()):
            visit(argument, where)
        if isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint not in skip | seen:
            seen.add(hint)
            for name, field_hint in hints(hint).items():
                visit(field_hint, f"{hint.__name__}.{name}")

    visit(root, root.__name__)
    return found


def test_floats_live_only_in_the_shared_table() -> None:
    """The JSON reporter writes the `shared` table with json and the rest with orjson, which writes some
    floats differently: so no model type reachable from an Assessment outside a shared part holds a float."""
    assert _floats(Assessment, SHARED) == []
    assert _floats(Urgency, frozenset()) == ["Urgency.horizon", "Urgency.probability", "Urgency.probability"]
    assert _floats(Assessment, frozenset()) == [
        "Estimate.physical_qubits",
        "Estimate.expected_hours",
        "Estimate.log2_gates",
        "Urgency.horizon",
        "Urgency.probability",
        "Urgency.probability",
    ]
