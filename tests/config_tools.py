"""Helpers the configuration detector tests share: write a tree, read one file as the engine would, and
the findings and assets of a detection as comparable rows."""

from __future__ import annotations

import os
from pathlib import Path

from qready.detectors.base import DetectContext, Detection
from qready.discovery import ScannedFile
from qready.knowledge import default_catalog
from qready.model import FileLocation, ProtocolConfig

CONTEXT = DetectContext(default_catalog())
Row = tuple[str, int | None, str | None, str, str]

# OpenSSL 3.5's default groups (nginx `ssl_ecdh_curve auto`, openssl.cnf system_default without Groups)
OPENSSL_DEFAULT_GROUPS = (
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "FFDH-ffdhe2048",
    "FFDH-ffdhe3072",
    "X25519",
    "X25519MLKEM768",
    "X448",
)
# the algorithm families of OpenSSL's `HIGH:!aNULL:!MD5` (nginx's default ssl_ciphers; `HIGH:!aNULL` gives the
# same families)
OPENSSL_HIGH = (
    "AES-128-CBC",
    "AES-128-CCM",
    "AES-128-GCM",
    "AES-256-CBC",
    "AES-256-CCM",
    "AES-256-GCM",
    "ARIA-128",
    "ARIA-256",
    "Camellia-128-CBC",
    "Camellia-256-CBC",
    "ChaCha20-Poly1305",
    "DSA",
    "ECDH",
    "ECDSA",
    "FFDH",
    "HMAC-SHA-1",
    "RSA",
    "RSA-PKCS1-1.5",
)


def tree(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)


def scanned(root: Path, rel: str) -> ScannedFile:
    path = root / rel
    return ScannedFile(rel=rel, data=path.read_bytes(), path=str(path), root=os.path.realpath(root))


def rows(detection: Detection) -> set[Row]:
    """(path, line, item, algorithm, rule id) of every finding."""
    found = set()
    for finding in detection.findings:
        assert isinstance(finding.location, FileLocation)
        assert finding.function == "reference"
        location = finding.location
        found.add((location.path, location.line, location.item, finding.algorithm.name, finding.rule_id))
    return found


def algorithms_at(detection: Detection, path: str, line: int | None, item: str | None = None) -> list[str]:
    """The algorithm names of the findings at one place, sorted."""
    return sorted(
        f.algorithm.name
        for f in detection.findings
        if isinstance(f.location, FileLocation)
        and (f.location.path, f.location.line) == (path, line)
        and (item is None or f.location.item == item)
    )


def assets(detection: Detection) -> list[ProtocolConfig]:
    found = [a for a in detection.assets if isinstance(a, ProtocolConfig)]
    assert len(found) == len(detection.assets)
    return found


Place = tuple[str, int | None, str | None, str]


def places(detection: Detection) -> dict[Place, list[str]]:
    """The sorted algorithm names of the findings at each (path, line, item, rule id)."""
    found: dict[Place, list[str]] = {}
    for finding in detection.findings:
        location = finding.location
        assert isinstance(location, FileLocation)
        assert finding.function == "reference"
        found.setdefault((location.path, location.line, location.item, finding.rule_id), []).append(
            finding.algorithm.name
        )
    return {key: sorted(names) for key, names in found.items()}
