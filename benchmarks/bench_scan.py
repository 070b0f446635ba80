"""Speed and memory of `qready scan` against a bare `cryptography` parsing loop over the same tree.

    .venv/bin/python benchmarks/bench_scan.py                  # 20,000 files, the installed `qready` CLI
    .venv/bin/python benchmarks/bench_scan.py --files 2000 --api --no-results   # quick check, library API

Builds benchmarks/.tree/ (git-ignored), then runs, each in its own child process so that wall time and
peak memory are measured the same way: (a) a single-process loop that reads every file and parses it with
`cryptography`; (b) `qready scan TREE --format json --out TMP`. Prints a Markdown table and replaces the
bench_scan section of benchmarks/RESULTS.md (unless --no-results). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from measuring import RESULTS, Run, machine, measure, median, record, shown, warm_cache

HERE = Path(__file__).resolve().parent
TREE = HERE / ".tree"
FILES_DIR = TREE / "files"
STAMP = TREE / "stamp"
TREE_VERSION = "1"


def markers(api: bool) -> tuple[str, str]:
    """Each mode (CLI end to end, library API) keeps its own section of RESULTS.md."""
    name = "bench_scan-api" if api else "bench_scan"
    return (
        f"<!-- {name}:begin (written by benchmarks/bench_scan.py from a real run; do not edit) -->",
        f"<!-- {name}:end -->",
    )


RATIO_TARGET = 1.5
RSA_KEYS = 64  # distinct RSA-2048 subject keys (key generation is the slow part of building the tree)
EC_KEYS = 192  # distinct EC P-256 subject keys

# ------------------------------------------------------------------------------------------- the tree


@dataclass(frozen=True)
class Pool:
    """Distinct keys and the two issuing CAs every certificate of the tree is signed by."""

    keys: list[object]
    key_pems: list[bytes]
    issuers: list[tuple[object, object]]  # (CA certificate, CA private key)


def make_pool() -> Pool:
    keys: list[object] = [rsa.generate_private_key(65537, 2048) for _ in range(RSA_KEYS)]
    keys += [ec.generate_private_key(ec.SECP256R1()) for _ in range(EC_KEYS)]
    key_pems = []
    for key in keys:
        for fmt in (ser.PrivateFormat.PKCS8, ser.PrivateFormat.TraditionalOpenSSL):
            key_pems.append(key.private_bytes(ser.Encoding.PEM, fmt, ser.NoEncryption()))
    issuers = []
    for ca_key in (rsa.generate_private_key(65537, 2048), ec.generate_private_key(ec.SECP256R1())):
        name = x509.Name.from_rfc4514_string(f"CN=Bench CA {type(ca_key).__name__[:3]},O=Example Corp")
        ca = certificate(name, name, ca_key.public_key(), ca_key, 1, ca=True)
        issuers.append((ca, ca_key))
    return Pool(keys, key_pems, issuers)


def certificate(
    subject: object, issuer: object, public: object, signer: object, serial: int, ca: bool = False
) -> object:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(serial)
        .not_valid_before(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2028, 1, 1, tzinfo=dt.UTC))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )


def tree_file(index: int, pool: Pool) -> tuple[str, bytes]:
    """File number `index`: 55 % PEM certificates, 25 % PEM private keys, 20 % DER certificates."""
    folder = f"dept{index % 10:02d}/app{index // 10 % 20:02d}"
    slot = index % 20
    if 11 <= slot < 16:
        return f"{folder}/private/key{index:06d}.key", pool.key_pems[(index * 7919) % len(pool.key_pems)]
    ca, ca_key = pool.issuers[index % 2]
    subject_key = pool.keys[(index * 104729) % len(pool.keys)]
    name = x509.Name.from_rfc4514_string(f"CN=host{index:06d}.bench.example.test,O=Example Corp")
    cert = certificate(name, ca.subject, subject_key.public_key(), ca_key, 0x10000 + index)
    if slot >= 16:
        return f"{folder}/der/cert{index:06d}.der", cert.public_bytes(ser.Encoding.DER)
    return f"{folder}/certs/cert{index:06d}.pem", cert.public_bytes(ser.Encoding.PEM)


def build_tree(files: int) -> float:
    """Build (or reuse) the tree of `files` files; return the seconds spent building."""
    stamp = f"{TREE_VERSION} {files}"
    if STAMP.exists() and STAMP.read_text().strip() == stamp:
        print(f"reusing {FILES_DIR} ({files} files)")
        return 0.0
    start = time.perf_counter()
    shutil.rmtree(TREE, ignore_errors=True)
    pool = make_pool()
    for index in range(files):
        rel, data = tree_file(index, pool)
        path = FILES_DIR / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    STAMP.write_text(stamp + "\n")
    spent = time.perf_counter() - start
    print(f"built {files} files under {FILES_DIR} in {spent:.1f} s")
    return spent


# ------------------------------------------------------------------------------------ the bare loop (a)


def _describe_key(key: object) -> tuple[object, ...]:
    public = key.public_key() if hasattr(key, "public_key") else key  # type: ignore[attr-defined]
    size = getattr(public, "key_size", None) or getattr(getattr(public, "curve", None), "name", None)
    spki = public.public_bytes(ser.Encoding.DER, ser.PublicFormat.SubjectPublicKeyInfo)  # type: ignore[attr-defined]
    return (type(public).__name__, size, hashlib.sha256(spki).hexdigest())


def _describe_cert(cert: x509.Certificate) -> tuple[object, ...]:
    return (
        cert.subject.rfc4514_string(),
        cert.issuer.rfc4514_string(),
        cert.serial_number,
        cert.not_valid_before_utc,
        cert.not_valid_after_utc,
        cert.signature_algorithm_oid.dotted_string,
        cert.fingerprint(hashes.SHA256()).hex(),
        *_describe_key(cert.public_key()),
    )


def bare_loop(root: Path) -> None:
    """Child process: read and parse every file with `cryptography`, single-process; print counts as JSON.

    "Parse" means extracting what qready reports for each object, with no classification, catalog,
    findings or report: for a certificate its subject, issuer, serial, validity, signature algorithm,
    SHA-256 fingerprint and public key (type, size or curve, SPKI digest); for a key the same key facts.
    The loop knows each file's type from its name, which qready has to discover. RSA private keys load
    with unsafe_skip_rsa_key_validation=True, as in qready: an inventory never uses the private key.
    """
    parsed = failed = 0
    facts: list[tuple[object, ...]] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            data = Path(folder, name).read_bytes()
            try:
                if name.endswith(".der"):
                    facts.append(_describe_cert(x509.load_der_x509_certificate(data)))
                elif name.endswith(".key"):
                    key = ser.load_pem_private_key(data, None, unsafe_skip_rsa_key_validation=True)
                    facts.append(_describe_key(key))
                else:
                    facts.extend(_describe_cert(cert) for cert in x509.load_pem_x509_certificates(data))
                parsed += 1
            except ValueError:
                failed += 1
    print(json.dumps({"parsed": parsed, "failed": failed, "objects": len(facts)}))


API_SNIPPET = """
import json, sys
from qready.engine import scan
inventory = scan(sys.argv[1])
print(json.dumps({"files_scanned": inventory.files_scanned, "findings": len(inventory.findings),
                  "assets": len(inventory.assets), "problems": len(inventory.problems())}))
"""

# ------------------------------------------------------------------------------------------ measuring


def qready_command(api: bool, out_dir: Path) -> list[str]:
    if api:
        return [sys.executable, "-c", API_SNIPPET, str(FILES_DIR)]
    script = Path(sys.executable).with_name("qready")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "qready"]
    return [*launcher, "scan", str(FILES_DIR), "--format", "json", "--out", str(out_dir)]


SUMMARY_SNIPPET = """
import json, sys
inventory = json.load(open(sys.argv[1], encoding="utf-8"))["assessment"]["inventory"]
print(json.dumps({"files_scanned": inventory["files_scanned"], "findings": len(inventory["findings"]),
                  "assets": len(inventory["assets"]),
                  "problems": sum(1 for o in inventory["outcomes"] if o.get("status") != "ok")}))
"""


def qready_summary(api: bool, run: Run, out_dir: Path) -> str:
    """What qready says it did (same shape for the CLI and --api): proof that it really scanned the tree.

    The report is read in a child process: loading 40 MB of JSON here would grow this process, and the
    next measured child (forked from it before exec) would report this process's size as its peak RSS.
    """
    if api:
        return run.stdout.strip()
    result = subprocess.run(
        [sys.executable, "-c", SUMMARY_SNIPPET, str(out_dir / "qready.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return f"(could not read assessment.inventory from qready.json: {result.stderr.strip()[-300:]})"
    return result.stdout.strip()


# ----------------------------------------------------------------------------------------- reporting


def table(files: int, bare: Run, scan: Run) -> str:
    tree = f"{scan.tree_mib:.0f}" if scan.tree_mib is not None else "n/a"
    bare_tree = f"{bare.tree_mib:.0f}" if bare.tree_mib is not None else "n/a"
    ratio = scan.seconds / bare.seconds
    verdict = "met" if ratio <= RATIO_TARGET else "NOT met"
    return "\n".join(
        [
            "| files | bare loop (s) | qready (s) | ratio qready/bare | bare peak RSS (MiB) "
            "| qready peak RSS (MiB) | bare tree PSS (MiB) | qready tree PSS (MiB) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {files:,} | {bare.seconds:.2f} | {scan.seconds:.2f} | {ratio:.2f} | {bare.peak_mib:.0f} "
            f"| {scan.peak_mib:.0f} | {bare_tree} | {tree} |",
            "",
            f"Target ratio <= {RATIO_TARGET}: **{verdict}**.",
        ]
    )


def versions() -> str:
    parts = []
    for package in ("qready", "cryptography"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package} (not installed)")
    return ", ".join(parts)


def section(files: int, api: bool, bare: Run, scan: Run, summary: str) -> str:
    measured = "qready scan TREE --format json --out TMP"
    if api:
        measured = "qready.engine.scan(TREE) (library API, --api)"
    command = shlex.join([shown(sys.executable), shown(__file__), *sys.argv[1:]])
    return "\n".join(
        [
            markers(api)[0],
            "## bench_scan: qready "
            + ("library scan()" if api else "scan CLI with its JSON report")
            + " vs a bare cryptography loop",
            "",
            f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            f"- Machine: {machine()}",
            f"- Versions: {versions()}",
            f"- Measured: `{measured}`; qready reported: {summary}",
            f"- Command: `{command}`",
            "",
            table(files, bare, scan),
            markers(api)[1],
        ]
    )


def runs_line(bares: list[Run], scans: list[Run]) -> str:
    shown_bare = ", ".join(f"{run.seconds:.2f}" for run in bares)
    shown_scan = ", ".join(f"{run.seconds:.2f}" for run in scans)
    count = len(bares)
    return (
        f"\nMedian of {count} alternating runs each; all runs (s): bare {shown_bare}; qready {shown_scan}.\n"
    )


# -------------------------------------------------------------------------------------------------- main


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=20_000, help="files in the tree (default 20000)")
    parser.add_argument("--keep-tree", action="store_true", help="keep benchmarks/.tree/ (reused next time)")
    parser.add_argument("--api", action="store_true", help="measure qready.engine.scan() instead of the CLI")
    parser.add_argument("--results", type=Path, default=RESULTS, help="results file (default RESULTS.md)")
    parser.add_argument("--no-results", action="store_true", help="print the table only")
    parser.add_argument(
        "--repeat", type=int, default=3, help="alternating runs of each; medians are reported"
    )
    parser.add_argument("--bare-loop", type=Path, help=argparse.SUPPRESS)  # the child process of (a)
    return parser.parse_args()


def main() -> None:
    args = arguments()
    if args.bare_loop is not None:
        bare_loop(args.bare_loop)
        return
    if args.files < 1:
        raise SystemExit("--files must be at least 1")
    try:
        build_tree(args.files)
        warm_cache(FILES_DIR)
        bares: list[Run] = []
        scans: list[Run] = []
        for _ in range(args.repeat):  # alternate, so drift on a shared machine hits both alike
            bares.append(
                measure([sys.executable, str(Path(__file__).resolve()), "--bare-loop", str(FILES_DIR)])
            )
            print(f"bare loop: {bares[-1].seconds:.2f} s, {bares[-1].stdout.strip()}")
            with tempfile.TemporaryDirectory(prefix="bench-qready-") as out_dir:
                scans.append(measure(qready_command(args.api, Path(out_dir))))
                summary = qready_summary(args.api, scans[-1], Path(out_dir))
            print(f"qready:    {scans[-1].seconds:.2f} s, {summary}")
        bare, scan = median(bares), median(scans)
        text = section(args.files, args.api, bare, scan, summary)
        end = markers(args.api)[1]
        text = text.replace(end, runs_line(bares, scans) + "\n" + end)
        print(text)
        if not args.no_results:
            record(text, args.results, *markers(args.api))
    finally:
        if not args.keep_tree:
            shutil.rmtree(TREE, ignore_errors=True)


if __name__ == "__main__":
    main()
