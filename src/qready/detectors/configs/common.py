"""What every configuration detector shares: a setting with its place, algorithm names resolved through the
catalog, and the ProtocolConfig asset a TLS/SSH/IKE configuration describes."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from qready.knowledge import Catalog
from qready.model import Algorithm, Confidence, FileLocation, Finding, Primitive, ProtocolConfig, Threat

MAX_EVIDENCE = 200


@dataclass(frozen=True)
class Setting:
    """One setting as written (`KexAlgorithms`, `ssl_ecdh_curve`), where, and in which block (`Match User x`,
    `server example.org`). `default` names where a value that is not written comes from (`OpenSSH 9.9
    default`): such a setting has the including file's path and no line."""

    key: str
    value: str
    path: str
    line: int | None
    block: str | None = None
    default: str | None = None

    @property
    def location(self) -> FileLocation:
        item = self.key if self.block is None else f"{self.block} / {self.key}"
        return FileLocation(self.path, self.line, item)

    @property
    def evidence(self) -> str:
        text = f"{self.key} {self.value}".strip()
        return (text if self.default is None else f"{text} ({self.default})")[:MAX_EVIDENCE]


def resolve(catalog: Catalog, name: str, namespaces: Sequence[str]) -> Algorithm | None:
    """The algorithm a configured name spells, trying the namespaces in order."""
    for namespace in namespaces:
        found = catalog.find(name, namespace)
        if found is not None:
            return found
    return None


def findings(
    setting: Setting,
    algorithms: Iterable[Algorithm],
    rule_id: str,
    function: str = "reference",
) -> list[Finding]:
    """One finding per algorithm a setting enables, each at the setting's line."""
    provenance = (("value", "default" if setting.default else "configured"),)
    return [
        Finding(
            rule_id=rule_id,
            algorithm=algorithm,
            location=setting.location,
            evidence=setting.evidence,
            symbol=setting.key,
            confidence=Confidence.HIGH if setting.default is None else Confidence.MEDIUM,
            provenance=provenance,
            function=function,
        )
        for algorithm in dict.fromkeys(algorithms)
    ]


def protocol_config(
    protocol: str,
    version: str | None,
    algorithms: Iterable[Algorithm],
    locations: Iterable[FileLocation],
    files: Iterable[str] = (),
) -> ProtocolConfig:
    """The asset for one TLS/SSH/IKE configuration: what it enables, where it is written, and the key and
    certificate files it names (report paths, as `TreeView.resolve` gives them)."""
    unique = tuple(dict.fromkeys(algorithms))
    return ProtocolConfig(
        protocol=protocol,
        version=version,
        algorithms=unique,
        names=tuple(a.name for a in unique),
        locations=tuple(dict.fromkeys(locations)),
        files=tuple(dict.fromkeys(files)),
        advice=pq_advice(protocol, unique),
    )


_KEY_EXCHANGE = (Primitive.KEM, Primitive.COMBINER, Primitive.KEY_AGREE)


def pq_advice(protocol: str, algorithms: tuple[Algorithm, ...]) -> str | None:
    """Whether a configuration already offers post-quantum key exchange (and which), or, when it offers
    only Shor-broken key exchange, what turns it on (pq_advice.toml, with its sources)."""
    exchange = [a for a in algorithms if a.primitive in _KEY_EXCHANGE]
    safe = [a.name for a in exchange if a.threat is Threat.QUANTUM_RESISTANT]
    if safe:
        return "post-quantum key exchange offered: " + ", ".join(dict.fromkeys(safe))
    row = _advice().get(protocol)
    if row is None or not any(a.threat is Threat.SHOR_BROKEN for a in exchange):
        return None
    return f"no post-quantum key exchange: {row['advice']} [{row['source']}]"


@cache
def _advice() -> dict[str, dict[str, str]]:
    text = resources.files("qready.detectors.configs").joinpath("pq_advice.toml").read_text("utf-8")
    return tomllib.loads(text)
