"""The bad-input corpus: every hostile file yields an Outcome with a clear reason; nothing else is lost."""

from __future__ import annotations

import base64
import datetime
import json
import os
import pickle
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from tests.conftest import make_certificate

from qready.engine import scan
from qready.knowledge import default_catalog
from qready.model import Inventory, Status, location_line


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


def _pem(label: str, der: bytes) -> bytes:
    body = base64.encodebytes(der).decode().replace("\n", "")
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n".encode()


def test_an_object_cryptography_rejects_leaves_the_rest_of_its_file(tmp_path: Path, rsa_key, ec_key) -> None:  # type: ignore[no-untyped-def]
    """What `cryptography` refuses with an exception of its own, not a ValueError, costs that object only:
    BoringSSL's x509_test.cc holds a certificate of X.509 version 4 among a hundred good ones; Botan's BSI
    tests a certificate with an extension given twice; Wycheproof's vectors keys on brainpoolP224r1, which
    OpenSSL 3 does not build; H2's documentation a PKCS#7 structure other than signedData."""
    good = make_certificate("good.example.test", rsa_key).public_bytes(serialization.Encoding.DER)
    other = make_certificate("other.example.test", ec_key).public_bytes(serialization.Encoding.DER)
    data = bytes.fromhex("3012" + "06092a864886f70d010701" + "a005" + "0403616263")  # PKCS#7 data, not signed
    version_4 = good.replace(b"\xa0\x03\x02\x01\x02", b"\xa0\x03\x02\x01\x03", 1)
    (tmp_path / "x509_test.cc").write_bytes(
        b'static const char kGood[] = R"(\n' + _pem("CERTIFICATE", good) + b')";\n'
        b'static const char kBadVersion[] = R"(\n' + _pem("CERTIFICATE", version_4) + b')";\n'
        b'static const char kOther[] = R"(\n' + _pem("CERTIFICATE", other) + b')";\n'
        b'static const char kData[] = R"(\n' + _pem("PKCS7", data) + b')";\n'
    )
    (tmp_path / "bundle.pem").write_bytes(_pem("CERTIFICATE", good) + _pem("CERTIFICATE", version_4))
    twice = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "twice.example.test")]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "twice.example.test")]))
        .public_key(ec_key.public_key())
        .serial_number(7)
        .not_valid_before(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
        .not_valid_after(datetime.datetime(2031, 1, 1, tzinfo=datetime.UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, False, False, False), critical=True
        )
        .sign(ec_key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    key_usage_oid, basic_constraints_oid = b"\x06\x03\x55\x1d\x0f", b"\x06\x03\x55\x1d\x13"
    (tmp_path / "twice.pem").write_bytes(
        _pem("CERTIFICATE", twice.replace(key_usage_oid, basic_constraints_oid))
    )
    brainpool_p224r1 = bytes.fromhex("06092b2403030208010105")
    algorithm = bytes.fromhex("3014" + "06072a8648ce3d0201") + brainpool_p224r1
    point = b"\x04" + bytes(range(1, 57))
    spki = b"\x30\x52" + algorithm + b"\x03\x3a\x00" + point
    (tmp_path / "brainpool.json").write_text(
        json.dumps({"tests": [{"keyPem": _pem("PUBLIC KEY", spki).decode()}]}, indent=1)
    )
    inventory = scan(tmp_path, workers=1)
    found = sorted(
        (f.location.path, location_line(f.location), f.rule_id, f.algorithm.name) for f in inventory.findings
    )
    assert found == [
        ("brainpool.json", 4, "key.public", "ECDSA-brainpoolP224r1"),
        ("bundle.pem", 1, "x509.public-key", "RSA-2048"),
        ("bundle.pem", 1, "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
        ("twice.pem", 1, "x509.public-key", "ECDSA-P-384"),
        ("twice.pem", 1, "x509.signature", "ECDSA-P-384-SHA-256"),
        ("x509_test.cc", 2, "x509.public-key", "RSA-2048"),
        ("x509_test.cc", 2, "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
        ("x509_test.cc", 40, "x509.public-key", "ECDSA-P-384"),
        ("x509_test.cc", 40, "x509.signature", "ECDSA-P-384-SHA-256"),
    ]
    assert _reasons(inventory) == {
        "bundle.pem": (
            Status.FAILED,
            "line 18: CERTIFICATE block is not valid: 3 is not a valid X509 version",
        ),
        "x509_test.cc": (
            Status.FAILED,
            "line 21: CERTIFICATE block is not valid: 3 is not a valid X509 version; line 52: PKCS7 block is "
            "not valid: Only basic signed structures are currently supported. NID for this data was 21",
        ),
    }
