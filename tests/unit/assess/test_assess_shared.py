"""assess() decides once what findings share (deadlines, urgency, attack cost, replacement choice, effort):
every verdict and every wave must equal what judging each finding on its own gives, on an inventory where
findings differ in each input that matters (algorithm, function, context, endpoint, asset kind, key format,
rule id, shelf-life rule, folder, hybrids offered at the place, pinned libraries, suppressions), and where
equal algorithms are distinct objects."""

from __future__ import annotations

import copy
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from qready.assess import assess
from qready.assess.deadlines import deadlines
from qready.assess.plan import migration_waves, replacement_for
from qready.assess.settings import Settings, parse_settings
from qready.assess.urgency import finding_exposure, urgency
from qready.assess.verdicts import _attack, _Context, _deadline, _urgency
from qready.engine import scan
from qready.knowledge import default_catalog
from qready.model import (
    Assessment,
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    PackageRef,
    ProtocolConfig,
    SourceSpan,
    Verdict,
    Wave,
)

ROOT = Path(__file__).resolve().parents[3]
CATALOG = default_catalog()


def _finding(rule: str, name: str, where: Location, function: str | None = None, **more: object) -> Finding:
    size, curve = more.pop("size", None), more.pop("curve", None)
    algorithm = CATALOG.resolve(name, size=size, curve=curve)  # type: ignore[arg-type]
    assert algorithm is not None, name
    return Finding(rule, algorithm, where, f"{name} at {where}", function=function, **more)  # type: ignore[arg-type]


def _extra() -> tuple[list[Finding], list[KeyMaterial | Library | ProtocolConfig]]:
    """Findings beside the example estate's: endpoints, packages, pinned libraries, contexts, key formats."""
    tls, ssh = Endpoint("tls", "127.0.0.1", 8443), Endpoint("ssh", "127.0.0.1", 2222)
    jwk = KeyMaterial("public-key", CATALOG.resolve("RSA", size=2048), 2048, "jwk", "cd" * 32, ())
    ssh_key = KeyMaterial("private-key", CATALOG.resolve("Ed25519"), 256, "openssh", "ab" * 32, ())
    pem_key = KeyMaterial("private-key", CATALOG.resolve("Ed25519"), 256, "pkcs8", "ef" * 32, ())
    config = ProtocolConfig("tls", "1.3", (CATALOG.resolve("X25519"),), ("X25519",), ())
    libraries = [
        Library(
            "pkg:pypi/cryptography@41.0.7",
            "cryptography",
            "41.0.7",
            (FileLocation("svc/requirements.txt", 3),),
        ),
        Library("pkg:pypi/cryptography", "cryptography", None, (FileLocation("requirements.txt", 1),)),
    ]
    oaep = [
        _finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan(path, 5), "encrypt", context=context)
        for path, context in (
            ("svc/wrap.py", "production"),
            ("svc/tests/test_wrap.py", "test"),
            ("tools/wrap.py", "production"),
            ("vendor/lib/wrap.py", "vendored"),
            ("docs/example.py", "example"),
        )
    ]
    found = [
        *oaep,
        _finding("net.tls.group", "X25519", tls),
        _finding("net.tls.group", "X25519MLKEM768", tls),
        _finding("net.tls.signature", "ECDSA", tls, "sign", curve="P-256"),
        _finding("net.ssh.host-key", "Ed25519", ssh),
        _finding("deps.pypi", "RSA", PackageRef("pypi", "rsa", "4.9", "requirements.txt", 7), size=2048),
        _finding("key.public", "RSA", FileLocation("keys/a.json", 1), size=2048, asset_ref=jwk.ref),
        _finding("key.private", "Ed25519", FileLocation("ssh/id_ed25519", 1), asset_ref=ssh_key.ref),
        _finding("key.private", "Ed25519", FileLocation("keys/ed.pem", 1), asset_ref=pem_key.ref),
        # the same group on an endpoint no shelf-life rule selects, and in a TLS configuration file
        _finding("net.tls.group", "X25519", Endpoint("tls", "10.0.0.5", 443)),
        _finding("net.tls.group", "X25519", FileLocation("etc/tls.conf", 2), asset_ref=config.ref),
        # RSA's use comes from what the code does with it
        *(
            _finding("py.cryptography.rsa", "RSA", SourceSpan("app/rsa.py", n), function, size=2048)
            for n, function in enumerate(("sign", "encrypt", None), start=1)
        ),
        _finding("py.cryptography.ec-sign", "ECDSA", SourceSpan("svc/sign.py", 3), "sign", curve="P-256"),
        _finding("py.cryptography.ec-sign", "ECDSA", SourceSpan("svc/sign.py", 9), curve="P-256"),
    ]
    # one fingerprint at two lines (the evidence and path are the same), and equal algorithms as other objects
    found.append(replace(found[0], location=SourceSpan("svc/wrap.py", 40)))
    found += [replace(copy.deepcopy(f), location=SourceSpan(f"copy/{f.location.path}", 1)) for f in oaep]
    return found, [jwk, ssh_key, pem_key, config, *libraries]


def _inventory(targets: tuple[str, ...]) -> Inventory:
    estate = scan(ROOT / "examples" / "estate", keystore_passwords=("changeit",))
    findings, assets = _extra()
    return Inventory.build(targets, [*estate.findings, *findings], [*estate.assets, *assets], [])


SETTINGS = """
policy = ["nist-ir-8547", "cnsa-2.0", "eu"]

[[shelf_life]]
repository = "svc"
data = "financial"
category = "web"

[[shelf_life]]
kind = "key"
years = 12
migration = 3
high_risk = true

[[shelf_life]]
host = "127.0.0.1"
data = "health"

[[shelf_life]]
path = "vendor/**"
migration = 7
category = "software-signing"

[[suppressions]]
rule = "py.cryptography.oaep"
path = "tools/**"
reason = "internal tool"

[[suppressions]]
rule = "net.tls.group"
path = "*"
reason = "expired"
expires = 2020-01-01
"""


def _repository(inventory: Inventory, finding: Finding) -> str | None:
    if isinstance(finding.location, Endpoint):
        return None
    folders = [t for t in inventory.targets if "://" not in t]
    if len(folders) == 1:
        return os.path.basename(os.path.abspath(folders[0])) or None
    head, _, rest = finding.location.path.partition("/")
    return head if rest else None


def _alone(
    inventory: Inventory, settings: Settings, today: date
) -> tuple[tuple[Verdict, ...], tuple[Wave, ...]]:
    """Each finding judged on its own, as assess() did before it shared anything."""
    context = _Context(inventory, settings, today, "sc_2019")
    verdicts = []
    for finding in inventory.findings:
        asset = inventory.asset(finding.asset_ref) if finding.asset_ref else None
        exposure, use = finding_exposure(finding, asset, settings, _repository(inventory, finding))
        found = deadlines(finding.algorithm, use, settings.selected_policies())
        judged = urgency(exposure, settings.survey, today, found)
        suppression = settings.suppression_for(
            finding.fingerprint, finding.rule_id, finding.location.path, today
        )
        verdicts.append(
            Verdict(
                finding.fingerprint,
                finding.algorithm.threat,
                finding.algorithm.classical_bits,
                finding.algorithm.nist_quantum_level,
                finding.algorithm.replacements,
                tuple(_deadline(d) for d in found),
                _attack(finding, context),
                _urgency(judged),
                replacement_for(finding, inventory),
                suppression.reason if suppression is not None else None,
            )
        )
    return tuple(verdicts), migration_waves(inventory, tuple(verdicts))


@pytest.mark.parametrize("targets", [("examples/estate",), ("examples/estate", "extra")])
@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2031, 6, 30)])
def test_shared_verdicts_equal_each_finding_judged_alone(targets: tuple[str, ...], today: date) -> None:
    inventory = _inventory(targets)
    settings = parse_settings(SETTINGS, "qready.toml")
    assessment: Assessment = assess(inventory, settings, today=today, profile="sc_2019")
    verdicts, waves = _alone(inventory, settings, today)
    assert assessment.verdicts == verdicts
    assert assessment.waves == waves
    # the inventory has what the comparison is about
    replacements = [v.replacement for v in verdicts if v.replacement is not None]
    assert any(r.action.startswith("already offers X25519MLKEM768") for r in replacements)
    assert "upgrade cryptography from 41.0.7 to 48.0.0 first (svc/requirements.txt:3)" in {
        r.prerequisite for r in replacements
    }
    assert {v.suppressed for v in verdicts} == {None, "internal tool"}
    tiers = {v.tier for v in verdicts}
    assert {"critical", "high", "low", "not-quantum-urgent"} <= tiers
