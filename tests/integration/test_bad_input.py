"""The bad-input corpus: every hostile file yields an Outcome with a clear reason; nothing else is lost."""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from tests.conftest import make_certificate

from qready.engine import scan
from qready.knowledge import default_catalog
from qready.model import Inventory, Status


@pytest.fixture()
def estate(rsa_key, pem_of) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    root = Path(tempfile.mkdtemp(prefix="qready-bad-"))
    os.chmod(root, 0o755)
    good = make_certificate("good.example.test", rsa_key)
    (root / "good.pem").write_bytes(pem_of(good))
    (root / "truncated.pem").write_bytes(pem_of(good)[:300])
    (root / "garbage.der").write_bytes(b"\x30\x82\x10\x00" + os.urandom(64))
    (root / "zeros.crt").write_bytes(b"\0" * 4096)
    with open(root / "huge.pem", "wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    p12 = pkcs12.serialize_key_and_certificates(
        b"srv", rsa_key, good, None, serialization.BestAvailableEncryption(b"right-password")
    )
    (root / "wrong-password.p12").write_bytes(p12)
    (root / "loop").symlink_to(root)
    (root / "unreadable.pem").write_bytes(pem_of(good))
    os.chmod(root / "unreadable.pem", 0)
    with open(os.fsencode(str(root)) + b"/caf\xe9.pem", "wb") as handle:
        handle.write(pem_of(good))
    for path in root.iterdir():
        if path.name != "unreadable.pem" and not path.is_symlink():
            os.chmod(path, 0o644)
    yield root
    shutil.rmtree(root)


def _reasons(inventory: Inventory) -> dict[str, tuple[Status, str]]:
    return {o.target: (o.status, o.reason) for o in inventory.outcomes if o.status is not Status.OK}


def _scan_as_unprivileged(root: Path) -> Inventory:
    """Root reads every file, so for the unreadable case a forked child drops to 'nobody' and scans."""
    default_catalog()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: no exec, modules already loaded
        os.close(read_end)
        try:
            os.setgid(65534)
            os.setuid(65534)
            payload = pickle.dumps(scan(root, workers=1))
        except BaseException as exc:  # report anything to the parent
            payload = pickle.dumps(exc)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pickle.loads(pipe.read())
    os.waitpid(pid, 0)
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, Inventory)
    return result


def test_every_bad_input_has_a_clear_outcome_and_the_good_files_survive(estate: Path) -> None:
    inventory = _scan_as_unprivileged(estate) if os.geteuid() == 0 else scan(estate)
    reasons = _reasons(inventory)
    assert reasons["truncated.pem"] == (
        Status.FAILED,
        "line 1: CERTIFICATE block: truncated PEM: BEGIN line without a matching END line",
    )
    assert reasons["garbage.der"] == (
        Status.FAILED,
        "not a valid DER certificate, certificate request or PKCS#7 bundle",
    )
    assert reasons["zeros.crt"] == (
        Status.FAILED,
        "not a valid DER certificate, certificate request or PKCS#7 bundle",
    )
    assert reasons["huge.pem"] == (
        Status.SKIPPED,
        f"{11 * 1024 * 1024} bytes is over --max-file-size 10485760",
    )
    assert reasons["loop"] == (
        Status.SKIPPED,
        "symbolic link to a folder inside the scanned tree: read at its own path",
    )
    assert reasons["unreadable.pem"] == (Status.FAILED, "cannot read: Permission denied")
    status, reason = reasons["wrong-password.p12"]
    assert status is Status.FAILED and "password" in reason
    found = sorted(
        (f.location.path, f.rule_id, f.algorithm.name)
        for f in inventory.findings
        if f.rule_id.startswith("x509")
    )
    assert found == [
        ("caf\ufffd.pem", "x509.public-key", "RSA-2048"),
        ("caf\ufffd.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
        ("good.pem", "x509.public-key", "RSA-2048"),
        ("good.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ]


def test_a_parser_warning_on_accepted_input_stays_out_of_the_output(tmp_path: Path, rsa_key) -> None:  # type: ignore[no-untyped-def]
    """A certificate whose common name is over X.520's 64 characters still parses (cryptography warns): the
    scan reports it, and the warning is not printed over the progress bar."""
    long_name = "a" * 65 + ".example.test"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # building the name warns too
        built = make_certificate(long_name, rsa_key, validate=False)
    (tmp_path / "long-name.pem").write_bytes(built.public_bytes(serialization.Encoding.PEM))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        inventory = scan(tmp_path, workers=1)
    assert [str(w.message) for w in caught] == []
    assert [(a.subject, a.key_size) for a in inventory.assets] == [(f"CN={long_name}", 2048)]
    assert [o.status for o in inventory.outcomes] == [Status.OK]
