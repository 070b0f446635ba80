"""The asset graph's rules on a small hand-made inventory whose every tie is known: what a probed endpoint
serves, a code line naming a key file, a key pair and its certificate, a configuration naming files, and a
code file using a library of its project; a code file in another project is not tied to that library."""

from __future__ import annotations

from datetime import UTC, datetime

from qready.model import (
    Algorithm,
    Assessment,
    Certificate,
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Primitive,
    ProtocolConfig,
    SourceSpan,
    Threat,
)
from qready.web.graph import ARC_ROOM, COLUMN, MARGIN, NODE_WIDTH, asset_graph

RSA = Algorithm("RSA-2048", "RSA", Primitive.PKE, Threat.SHOR_BROKEN, key_size=2048)
SITE = Endpoint("tls", "shop.example.test", 443)


def _certificate(
    subject: str, issuer: str, identity: str, *places: Endpoint | FileLocation, ca: bool = False
) -> Certificate:
    return Certificate(
        subject, issuer, "1", datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC), RSA, RSA,
        2048, f"sha-{subject}", identity, ca, "pem", tuple(places),
    )  # fmt: skip


def _inventory() -> Inventory:
    leaf = _certificate("CN=shop.example.test", "CN=Shop CA", "key-1", SITE, FileLocation("tls/shop.pem", 1))
    ca = _certificate("CN=Shop CA", "CN=Shop CA", "key-ca", FileLocation("tls/ca.pem", 1), ca=True)
    key = KeyMaterial("private-key", RSA, 2048, "pkcs8", "key-1", (FileLocation("tls/shop.key", 1),))
    config = ProtocolConfig("tls", "TLSv1.3", (RSA,), ("RSA",), (FileLocation("nginx/shop.conf", 3),),
                            files=("tls/shop.pem", "tls/shop.key"))  # fmt: skip
    library = Library(
        "pkg:pypi/cryptography@42.0.8",
        "cryptography",
        "42.0.8",
        (FileLocation("app/requirements.txt", 1),),
        (RSA,),
    )
    findings = (
        Finding("x509.public-key", RSA, SITE, "certificate served", asset_ref=leaf.ref),
        Finding("py.rsa", RSA, SourceSpan("app/src/sign.py", 4), 'key = load("shop.key")'),
        Finding("py.rsa", RSA, SourceSpan("tools/other.py", 9), "rsa.generate_private_key()"),
    )
    return Inventory(
        ("estate", "tls://shop.example.test:443"), findings, (leaf, ca, key, config, library), ()
    )


def test_the_graph_ties_what_the_scan_saw() -> None:
    inventory = _inventory()
    graph = asset_graph(Assessment(inventory, ()))
    label = {node.id: node.label for node in graph.nodes}
    assert {(e.relation, label[e.source], label[e.target]) for e in graph.edges} == {
        ("served-at", "shop.example.test:443", "shop.example.test"),
        ("issued-by", "shop.example.test", "Shop CA"),
        ("same-key", "RSA-2048 · shop.key", "shop.example.test"),
        ("names-file", "tls · shop.conf", "shop.example.test"),
        ("names-file", "tls · shop.conf", "RSA-2048 · shop.key"),
        ("names-file", "app/src/sign.py", "RSA-2048 · shop.key"),
        ("uses-library", "app/src/sign.py", "cryptography 42.0.8"),
    }
    assert [kind for kind, _, _ in graph.columns] == [
        "code",
        "library",
        "endpoint",
        "config",
        "key",
        "certificate",
    ]
    assert [x for _, x, _ in graph.columns] == [MARGIN + i * COLUMN for i in range(6)]
    assert graph.width == MARGIN * 2 + 5 * COLUMN + NODE_WIDTH + ARC_ROOM
    site = next(node for node in graph.nodes if node.kind == "endpoint")
    assert (site.id, site.path, site.findings) == (
        "endpoint:tls://shop.example.test:443",
        "tls://shop.example.test:443",
        0,
    )
    leaf = next(node for node in graph.nodes if node.label == "shop.example.test")
    assert (leaf.findings, leaf.tier) == (1, "critical")  # Shor-broken without a verdict: scored critical
    code = [node.label for node in graph.nodes if node.kind == "code"]
    assert code == ["app/src/sign.py", "tools/other.py"]  # the linked one first


def test_every_edge_is_drawn_between_its_nodes() -> None:
    graph = asset_graph(Assessment(_inventory(), ()))
    where = {node.id: (node.x, node.y) for node in graph.nodes}
    for edge in graph.edges:
        start = edge.path.split()[0]
        assert start.startswith("M")
        x, y = (float(v) for v in start[1:].split(","))
        ends = {where[edge.source], where[edge.target]}
        assert any(abs(y - (top + 12)) < 0.01 and x in (left, left + NODE_WIDTH) for left, top in ends), edge
