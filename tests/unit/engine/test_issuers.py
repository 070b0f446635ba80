"""link_issuers(): a certificate's signature is sized by its issuer's key when the issuer (one certificate of
that subject, not a request) is in the inventory, and every signature finding agrees with its certificate."""

from __future__ import annotations

from dataclasses import replace

from qready.engine.issuers import link_issuers
from qready.knowledge import default_catalog, resolve
from qready.model import Algorithm, Certificate, FileLocation, Finding, Inventory

CATALOG = default_catalog()
UNSIZED = resolve("sha256WithRSAEncryption")
SIZED_3072 = resolve("sha256WithRSAEncryption", size=3072)


def _certificate(
    subject: str, issuer: str, public_key: Algorithm, size: int, path: str, **more: object
) -> Certificate:
    return Certificate(
        subject=subject,
        issuer=issuer,
        serial="1",
        not_before=None,
        not_after=None,
        signature_algorithm=more.pop("signature", UNSIZED),  # type: ignore[arg-type]
        public_key=public_key,
        key_size=size,
        sha256=(subject + path).encode().hex().ljust(64, "0")[:64],
        spki_sha256=None,
        is_ca=subject.startswith("CN=ca"),
        encoding="pem",
        locations=(FileLocation(path, 1),),
        **more,  # type: ignore[arg-type]
    )


def _signature(
    certificate: Certificate, algorithm: Algorithm | None = None, path: str | None = None
) -> Finding:
    used = algorithm or certificate.signature_algorithm
    assert used is not None
    where = FileLocation(path, 0) if path else certificate.locations[0]
    evidence = f"certificate {certificate.subject}: signature {used.name}"
    return Finding("x509.signature", used, where, evidence, asset_ref=certificate.ref)


def _public_key(certificate: Certificate) -> Finding:
    assert certificate.public_key is not None
    where = certificate.locations[0]
    return Finding("x509.public-key", certificate.public_key, where, "key", asset_ref=certificate.ref)


def _inventory(certificates: list[Certificate], findings: list[Finding]) -> Inventory:
    return Inventory.build(["."], findings, certificates, [], "v", len(certificates))


def test_a_signature_is_sized_by_its_issuers_key_and_its_finding_follows() -> None:
    ca = _certificate(
        "CN=ca",
        "CN=ca",
        resolve("RSA", size=4096),
        4096,
        "ca.pem",
        signature=resolve("sha512WithRSAEncryption", size=4096),
    )
    leaf = _certificate("CN=leaf", "CN=ca", resolve("RSA", size=2048), 2048, "leaf.pem")
    ec_ca = _certificate(
        "CN=ca-ec",
        "CN=ca-ec",
        resolve("ECDSA", curve="P-384"),
        384,
        "ec-ca.pem",
        signature=resolve("ecdsa-with-SHA384"),
    )
    ec_leaf = _certificate(
        "CN=leaf-ec",
        "CN=ca-ec",
        resolve("ECDSA", curve="P-256"),
        256,
        "ec.pem",
        signature=resolve("ecdsa-with-SHA384"),
    )
    certificates = [ca, leaf, ec_ca, ec_leaf]
    linked = link_issuers(
        _inventory(certificates, [_signature(leaf), _public_key(leaf), _signature(ec_leaf)]), CATALOG
    )
    signatures = {
        a.subject: a.signature_algorithm.name
        for a in linked.assets
        if isinstance(a, Certificate) and a.signature_algorithm
    }
    assert signatures == {
        "CN=ca": "RSA-PKCS1-1.5-SHA-512-4096",
        "CN=leaf": "RSA-PKCS1-1.5-SHA-256-4096",
        "CN=ca-ec": "ECDSA-P-384-SHA-384",
        "CN=leaf-ec": "ECDSA-P-384-SHA-384",
    }
    found = {
        (f.location.path, f.rule_id): (f.algorithm.name, f.evidence, f.provenance) for f in linked.findings
    }
    assert found == {
        ("ec.pem", "x509.signature"): (
            "ECDSA-P-384-SHA-384",
            "certificate CN=leaf-ec: signature ECDSA-P-384-SHA-384",
            (("parameterSetIdentifier", "inferred"),),
        ),
        ("leaf.pem", "x509.public-key"): ("RSA-2048", "key", ()),
        ("leaf.pem", "x509.signature"): (
            "RSA-PKCS1-1.5-SHA-256-4096",
            "certificate CN=leaf: signature RSA-PKCS1-1.5-SHA-256-4096",
            (("parameterSetIdentifier", "inferred"),),
        ),
    }


def test_an_issuer_must_be_the_only_certificate_of_its_subject_and_not_a_request() -> None:
    leaf = _certificate("CN=leaf", "CN=ca", resolve("RSA", size=2048), 2048, "leaf.pem")
    twins = [
        _certificate("CN=ca", "CN=root", resolve("RSA", size=4096), 4096, "ca-1.pem"),
        _certificate("CN=ca", "CN=root", resolve("RSA", size=3072), 3072, "ca-2.pem"),
    ]
    request = _certificate("CN=ca", "CN=ca", resolve("RSA", size=4096), 4096, "ca.csr", request=True)
    for others in (twins, [request]):
        inventory = _inventory([leaf, *others], [_signature(leaf)])
        assert link_issuers(inventory, CATALOG) is inventory


def test_a_lone_copy_learns_the_size_its_certificate_has_and_nothing_else_changes() -> None:
    chained = _certificate(
        "CN=leaf", "CN=ca", resolve("RSA", size=2048), 2048, "leaf.pem", signature=SIZED_3072
    )
    lone = _signature(chained, UNSIZED, "leaf.der")  # found in a DER copy, before the sightings merged
    already = _signature(chained, replace(SIZED_3072))  # equal, another object: left as it is
    inventory = _inventory([chained], [lone, already])
    linked = link_issuers(inventory, CATALOG)
    assert [(f.location.path, f.algorithm.name, f.provenance) for f in linked.findings] == [
        ("leaf.der", "RSA-PKCS1-1.5-SHA-256-3072", (("parameterSetIdentifier", "inferred"),)),
        ("leaf.pem", "RSA-PKCS1-1.5-SHA-256-3072", ()),
    ]
    assert linked.assets == inventory.assets
    settled = _inventory([chained], [already])
    assert link_issuers(settled, CATALOG) is settled
