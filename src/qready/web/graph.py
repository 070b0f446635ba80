"""The asset graph of one run, computed here and drawn as SVG by templates/graph.html.j2.

Nodes are the run's certificates (and CSRs), keys, configurations, endpoints, libraries and the code files
with findings. Edges say how they are tied, from what the scan saw (never guessed from names alone):
- `same-key`: a key whose identity (SHA-256 of the public key) is a certificate's SubjectPublicKeyInfo;
- `issued-by`: a certificate whose issuer is the subject of a CA certificate of the run;
- `names-file`: a configuration naming a key or certificate file (`ssl_certificate`, `HostKey`), or a code
  line naming one (by its file name);
- `served-at`: an asset seen on a probed endpoint;
- `uses-library`: a code file using an algorithm family that a library declared by a manifest in one of
  its parent folders provides.
Each node's tier is the most urgent tier of its findings. Nodes sit in one column per kind; each column is
ordered by the mean position of its neighbours (two sweeps), so that edges cross less.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from cryptography import x509
from cryptography.x509.oid import NameOID

from qready.model import (
    Assessment,
    Asset,
    Certificate,
    Endpoint,
    FileLocation,
    Finding,
    KeyMaterial,
    Library,
    ProtocolConfig,
    SourceSpan,
)
from qready.report.html_view import SUPPRESSED, build_rows
from qready.report.readiness import TIERS

KINDS = ("code", "library", "endpoint", "config", "key", "certificate")  # the columns, left to right
RELATIONS = ("same-key", "issued-by", "names-file", "served-at", "uses-library")
MAX_PER_COLUMN = 60
NODE_WIDTH, NODE_HEIGHT, ROW, COLUMN, TOP, MARGIN = 200, 24, 32, 240, 36, 12
ARC_ROOM = 70  # right of the last column, for the arcs between nodes of one column
_RANK = {tier: rank for rank, tier in enumerate((*TIERS, SUPPRESSED))}


@dataclass(frozen=True)
class Node:
    id: str  # an asset ref, `code:PATH` or `endpoint:URL`
    kind: str  # one of KINDS
    label: str
    title: str  # the full description (tooltip)
    path: str  # where to look in the inventory (the findings' path filter)
    tier: str  # the most urgent tier of its findings, "" without findings
    findings: int
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    relation: str  # one of RELATIONS
    path: str = ""  # the SVG path, once laid out


@dataclass(frozen=True)
class AssetGraph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    columns: tuple[tuple[str, float, int], ...]  # (kind, x, nodes left out of the column)
    width: int
    height: int


def _common_name(subject: str) -> str:
    """The CN of an RFC 4514 subject, unescaped (the whole subject when it has none or does not parse)."""
    try:
        names = x509.Name.from_rfc4514_string(subject).get_attributes_for_oid(NameOID.COMMON_NAME)
    except ValueError:
        names = []
    if names:  # RFC 4514 writes the most specific part first; the Name keeps it last
        return str(names[-1].value)
    return subject or "(empty subject)"


def _asset_node(asset: Asset) -> Node:
    paths = [str(location) for location in asset.locations]
    first = asset.locations[0].path if asset.locations else ""
    match asset:
        case Certificate(subject=subject, request=request):
            kind, label = "certificate", _common_name(subject) + (" (CSR)" if request else "")
            title = subject
        case KeyMaterial(kind=key_kind, algorithm=algorithm):
            name = algorithm.name if algorithm else "?"
            kind, label = "key", f"{name} · {PurePosixPath(first).name}"
            title = f"{key_kind} {name} ({asset.format})"
        case ProtocolConfig(protocol=protocol, version=version):
            kind, label = "config", f"{protocol} · {PurePosixPath(first).name}"
            title = " ".join(filter(None, (protocol, version)))
        case Library(name=name, version=version):
            kind, label, title = "library", f"{name} {version or ''}".strip(), asset.purl
    return Node(asset.ref, kind, label, " · ".join([title, *paths]), first, "", 0)


def _endpoints(assessment: Assessment) -> dict[str, Node]:
    found: dict[str, Node] = {}
    places = [loc for a in assessment.inventory.assets for loc in a.locations]
    places += [f.location for f in assessment.inventory.findings]
    for place in places:
        if isinstance(place, Endpoint):
            found[f"endpoint:{place.path}"] = Node(
                f"endpoint:{place.path}",
                "endpoint",
                f"{place.host}:{place.port}",
                place.path,
                place.path,
                "",
                0,
            )
    return found


def _only_endpoints(asset: Asset) -> bool:
    return bool(asset.locations) and all(isinstance(loc, Endpoint) for loc in asset.locations)


class _Builder:
    def __init__(self, assessment: Assessment) -> None:
        inventory = assessment.inventory
        self.assessment = assessment
        self.assets = [
            a for a in inventory.assets if not (isinstance(a, ProtocolConfig) and _only_endpoints(a))
        ]
        self.nodes: dict[str, Node] = {a.ref: _asset_node(a) for a in self.assets}
        self.nodes.update(_endpoints(assessment))
        self.code: dict[str, list[Finding]] = defaultdict(list)
        for finding in inventory.findings:
            if isinstance(finding.location, SourceSpan):
                self.code[finding.location.path].append(finding)
        for path in self.code:
            self.nodes[f"code:{path}"] = Node(f"code:{path}", "code", path, path, path, "", 0)
        self.edges: dict[tuple[str, str, str], None] = {}

    def link(self, source: str, target: str, relation: str) -> None:
        if source != target and source in self.nodes and target in self.nodes:
            self.edges[(source, target, relation)] = None

    def holder(self, finding: Finding, configs: dict[str, str]) -> str | None:
        """The node a finding belongs to."""
        location = finding.location
        if finding.asset_ref and finding.asset_ref in self.nodes:
            return finding.asset_ref
        if isinstance(location, SourceSpan):
            return f"code:{location.path}"
        if isinstance(location, Endpoint):
            return f"endpoint:{location.path}"
        return configs.get(location.path) if isinstance(location, FileLocation) else None

    def tiers(self) -> None:
        configs = {
            loc.path: a.ref for a in self.assets if isinstance(a, ProtocolConfig) for loc in a.locations
        }
        worst: dict[str, list[str]] = defaultdict(list)
        for row in build_rows(self.assessment):
            node = self.holder(row.finding, configs)
            if node is not None:
                worst[node].append(row.tier)
        for ref, tiers in worst.items():
            tier = min(tiers, key=lambda t: _RANK.get(t, len(_RANK)))
            self.nodes[ref] = replace(self.nodes[ref], tier=tier, findings=len(tiers))

    def keys_and_chains(self) -> None:
        keys: dict[str, list[str]] = defaultdict(list)
        cas: dict[str, list[str]] = defaultdict(list)
        for asset in self.assets:
            if isinstance(asset, KeyMaterial):
                keys[asset.identity].append(asset.ref)
            if isinstance(asset, Certificate) and asset.is_ca and not asset.request:
                cas[asset.subject].append(asset.ref)
        for same in keys.values():
            for other in same[1:]:
                self.link(same[0], other, "same-key")
        for asset in self.assets:
            if not isinstance(asset, Certificate):
                continue
            for key in keys.get(asset.spki_sha256 or "", ()):
                self.link(key, asset.ref, "same-key")
            if asset.issuer and not asset.self_signed:
                for ca in cas.get(asset.issuer, ()):
                    self.link(asset.ref, ca, "issued-by")

    def files_and_endpoints(self) -> None:
        by_path: dict[str, list[str]] = defaultdict(list)
        for asset in self.assets:
            for location in asset.locations:
                if isinstance(asset, Certificate | KeyMaterial):
                    by_path[location.path].append(asset.ref)
                if isinstance(location, Endpoint):
                    self.link(f"endpoint:{location.path}", asset.ref, "served-at")
        for asset in self.assets:
            if isinstance(asset, ProtocolConfig):
                for named in asset.files:
                    for ref in by_path.get(named, ()):
                        self.link(asset.ref, ref, "names-file")
        self.code_naming_files(by_path)

    def code_naming_files(self, by_path: dict[str, list[str]]) -> None:
        names = {PurePosixPath(path).name: refs for path, refs in by_path.items()}
        for path, found in self.code.items():
            named = [name for name in names if len(name) >= 5 and any(name in f.evidence for f in found)]
            for ref in (ref for name in named for ref in names[name]):
                self.link(f"code:{path}", ref, "names-file")

    def libraries(self) -> None:
        for asset in self.assets:
            if not isinstance(asset, Library) or not asset.locations:
                continue
            root = PurePosixPath(asset.locations[0].path).parent
            provided = {algorithm.family for algorithm in asset.algorithms}
            for path, found in self.code.items():
                inside = root == PurePosixPath(".") or root in PurePosixPath(path).parents
                if inside and provided & {f.algorithm.family for f in found}:
                    self.link(f"code:{path}", asset.ref, "uses-library")


def asset_graph(assessment: Assessment) -> AssetGraph:
    """The run's asset graph, laid out (see the module docstring)."""
    builder = _Builder(assessment)
    builder.tiers()
    builder.keys_and_chains()
    builder.files_and_endpoints()
    builder.libraries()
    edges = [Edge(s, t, r) for s, t, r in builder.edges]
    return _laid_out(builder.nodes, edges)


def _first_order(nodes: Iterable[Node], linked: set[str]) -> list[Node]:
    return sorted(nodes, key=lambda n: (n.id not in linked, _RANK.get(n.tier, len(_RANK)), n.label, n.id))


def _columns(nodes: dict[str, Node], edges: list[Edge]) -> tuple[list[list[Node]], list[int]]:
    linked = {e.source for e in edges} | {e.target for e in edges}
    columns, dropped = [], []
    for kind in KINDS:
        members = _first_order((n for n in nodes.values() if n.kind == kind), linked)
        if members:
            columns.append(members[:MAX_PER_COLUMN])
            dropped.append(max(0, len(members) - MAX_PER_COLUMN))
    neighbours: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        neighbours[edge.source].append(edge.target)
        neighbours[edge.target].append(edge.source)
    for _sweep in range(2):
        for column in columns:
            rank = {n.id: i for col in columns for i, n in enumerate(col)}

            def centre(node: Node, rank: dict[str, int] = rank) -> float:
                near = [rank[other] for other in neighbours[node.id] if other in rank]
                return sum(near) / len(near) if near else float(rank[node.id]) + 1000

            column.sort(key=lambda n: (centre(n), n.label, n.id))
    return columns, dropped


def _laid_out(nodes: dict[str, Node], edges: list[Edge]) -> AssetGraph:
    columns, dropped = _columns(nodes, edges)
    placed: dict[str, Node] = {}
    for index, column in enumerate(columns):
        for row, node in enumerate(column):
            placed[node.id] = replace(node, x=MARGIN + index * COLUMN, y=TOP + row * ROW)
    drawn = tuple(
        replace(edge, path=_curve(placed[edge.source], placed[edge.target]))
        for edge in sorted(edges, key=lambda e: (e.relation, e.source, e.target))
        if edge.source in placed and edge.target in placed
    )
    heads = tuple((col[0].kind, MARGIN + i * COLUMN, dropped[i]) for i, col in enumerate(columns))
    tallest = max((len(col) for col in columns), default=0)
    width = MARGIN * 2 + max(0, len(columns) - 1) * COLUMN + NODE_WIDTH + ARC_ROOM
    return AssetGraph(tuple(placed.values()), drawn, heads, width, TOP + tallest * ROW + MARGIN)


def _curve(a: Node, b: Node) -> str:
    """A cubic curve from the side of one node to the facing side of the other (an arc within a column)."""
    ay, by = a.y + NODE_HEIGHT / 2, b.y + NODE_HEIGHT / 2
    if a.x == b.x:
        x = a.x + NODE_WIDTH
        bulge = x + 24 + abs(by - ay) / 6
        return f"M{x:.1f},{ay:.1f} C{bulge:.1f},{ay:.1f} {bulge:.1f},{by:.1f} {x:.1f},{by:.1f}"
    left, right = (a, b) if a.x < b.x else (b, a)
    ly, ry = left.y + NODE_HEIGHT / 2, right.y + NODE_HEIGHT / 2
    x1, x2 = left.x + NODE_WIDTH, right.x
    middle = (x1 + x2) / 2
    return f"M{x1:.1f},{ly:.1f} C{middle:.1f},{ly:.1f} {middle:.1f},{ry:.1f} {x2:.1f},{ry:.1f}"
