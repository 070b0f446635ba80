"""A configuration depends, in the CBOM, on the certificates and keys it names; a crypto library provides the
algorithms of its version."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from qready.assess import assess
from qready.engine import scan
from qready.model import Certificate, Library, ProtocolConfig
from qready.report import ReportOptions
from qready.report.cbom import CbomReporter, validate_cbom

ASSESSED_ON = date(2026, 11, 29)  # urgency depends on the day of judgement

NGINX = """\
server {
    listen 443 ssl;
    ssl_certificate     /etc/nginx/ssl/site.crt;
    ssl_certificate_key /etc/nginx/ssl/site.key;
    ssl_ecdh_curve X25519MLKEM768:X25519;
}
"""


def _estate(root: Path) -> None:
    ssl = root / "etc" / "nginx" / "ssl"
    ssl.mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", str(ssl / "site.key"), "-out", str(ssl / "site.crt"), "-subj", "/CN=site.test",
         "-days", "30"],
        check=True, capture_output=True,
    )  # fmt: skip
    (root / "etc" / "nginx" / "nginx.conf").write_text(NGINX, encoding="utf-8")
    (root / "app").mkdir()
    (root / "app" / "requirements.txt").write_text("cryptography==48.0.0\n", encoding="utf-8")


def test_cbom_links_the_configuration_to_its_certificate_and_the_library_to_what_it_provides(
    tmp_path: Path,
) -> None:
    _estate(tmp_path)
    inventory = scan(tmp_path, workers=1)
    config = next(a for a in inventory.assets if isinstance(a, ProtocolConfig))
    assert config.files == ("etc/nginx/ssl/site.crt", "etc/nginx/ssl/site.key")
    certificate = next(a for a in inventory.assets if isinstance(a, Certificate))
    library = next(a for a in inventory.assets if isinstance(a, Library))
    assert (library.purl, library.version) == ("pkg:pypi/cryptography@48.0.0", "48.0.0")
    options = ReportOptions(timestamp=datetime(2026, 11, 29, tzinfo=UTC), tool_version="0.1.0")
    text = CbomReporter().render(assess(inventory, today=ASSESSED_ON), options)
    assert validate_cbom(text, "1.6") == []
    dependencies = {entry["ref"]: entry for entry in json.loads(text)["dependencies"]}
    assert certificate.ref in dependencies[config.ref]["dependsOn"]
    assert config.advice == "post-quantum key exchange offered: X25519MLKEM768"
    component = next(c for c in json.loads(text)["components"] if c["bom-ref"] == config.ref)
    assert {"name": "qready:post-quantum", "value": config.advice} in component["properties"]
    provided = dependencies[library.ref]["provides"]
    names = {c["bom-ref"]: c["name"] for c in json.loads(text)["components"]}
    assert sorted(names[ref] for ref in provided) == sorted(a.name for a in library.algorithms)
    assert {"ML-KEM-768", "ML-DSA-65", "RSA", "ECDSA"} <= {a.name for a in library.algorithms}
