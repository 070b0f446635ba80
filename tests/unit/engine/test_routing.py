"""The engine offers a file only to the detectors whose route admits its name (detectors/base.py Route)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from qready.detectors import BUILTIN_DETECTORS, DetectContext, Detection, detectors_named
from qready.detectors.base import Route
from qready.discovery import ScannedFile
from qready.engine.unit import Router

ROOT = Path(__file__).resolve().parents[3]
CORPORA = [ROOT / "tests" / "corpus", ROOT / "examples"]


def _files() -> list[ScannedFile]:
    files = []
    for corpus in CORPORA:
        for path in sorted(corpus.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.stat().st_size < 2_000_000:
                rel = path.relative_to(corpus).as_posix()
                files.append(ScannedFile(rel=rel, data=path.read_bytes(), path=str(path)))
    return files


FILES = _files()


@pytest.mark.parametrize("name", sorted(BUILTIN_DETECTORS))
def test_a_route_admits_every_file_its_detector_wants_in_the_corpora(name: str) -> None:
    detector = BUILTIN_DETECTORS[name]()
    route: Route | None = getattr(detector, "route", None)
    if route is None:
        return  # offered every file
    wanted = [f for f in FILES if detector.wants(f)]
    refused = [f.rel for f in wanted if not route.admits(f.suffix, f.name.lower())]
    assert refused == []
    assert wanted, f"{name}: no file of the corpora is wanted, so the check above proves nothing"


def _file(rel: str) -> ScannedFile:
    return ScannedFile(rel=rel, data=b"")


def test_a_router_offers_by_suffix_name_and_name_start_in_the_detectors_order() -> None:
    names = ["x509", "source", "config-java-security", "config-openssh", "config-vpn"]
    router = Router(detectors_named(names))

    def offered(rel: str) -> list[str]:
        return [d.name for d in router.offered(_file(rel))]

    assert offered("certs/server.pem") == ["x509"]
    assert offered("app/Main.java") == ["x509", "source"]
    assert offered("etc/ssh/sshd_config") == ["x509", "config-java-security", "config-openssh"]
    assert offered("vpn/office.OVPN") == ["x509", "config-vpn"]
    assert offered("vpn/wg0.conf") == ["x509", "config-java-security", "config-openssh", "config-vpn"]
    # by name start, whatever the suffix (java.security.old; Dockerfile.prod)
    assert offered("jdk/conf/security/java.security.old") == ["x509", "config-java-security"]
    assert offered("deploy/Dockerfile.prod") == ["x509", "config-java-security"]
    assert offered("deploy/other.prod") == ["x509"]  # the suffix's part, worked out once, holds no name


class _Counting:
    """A plugin detector without a route: it is offered every file."""

    name: ClassVar[str] = "counting"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def wants(self, file: ScannedFile) -> bool:
        self.seen.append(file.rel)
        return False

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        return Detection()


def test_a_detector_without_a_route_is_offered_every_file() -> None:
    counting = _Counting()
    router = Router([counting, *detectors_named(["config-terraform"])])
    assert [d.name for d in router.offered(_file("a/main.tf"))] == ["counting", "config-terraform"]
    assert [d.name for d in router.offered(_file("a/notes"))] == ["counting"]
