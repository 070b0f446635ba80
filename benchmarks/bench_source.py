"""Source-scanning speed of `qready scan` on real source trees, against ripgrep on the same literal words.

    .venv/bin/python benchmarks/bench_source.py                 # download (cached), measure, write RESULTS.md
    .venv/bin/python benchmarks/bench_source.py --no-download --repeat 1 --no-results   # quick rerun

Assembles two trees under benchmarks/.source-tree/ (git-ignored) from pinned package versions: GENERAL, large
well-known projects in several languages (PyPI sdists, npm tarballs), and CRYPTO, sources of cryptography
libraries. Then, per tree, alternating and each in its own child process: `qready scan TREE --format json
--out TMP -q`, the same with `--languages none` (everything but source code, to show what source scanning
itself costs) and `rg -i -c -F -f PATTERNS TREE`, PATTERNS being the prefilter words of qready's source rules.
Prints a Markdown table and replaces the bench_source section of benchmarks/RESULTS.md (unless --no-results).
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import hashlib
import json
import os
import posixpath
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from measuring import RESULTS, Run, machine, measure, median, record, shown, warm_cache

HERE = Path(__file__).resolve().parent
ROOT = HERE / ".source-tree"
PYPI_SIMPLE = "https://pypi.org/simple"
ARCHIVES = ROOT / "archives"
BEGIN = "<!-- bench_source:begin (written by benchmarks/bench_source.py from a real run; do not edit) -->"
END = "<!-- bench_source:end -->"

MIN_GENERAL_MB = 150.0
GENERAL_MBPS, CRYPTO_MBPS, RG_RATIO, RSS_MB = 100.0, 30.0, 10.0, 500.0
MAX_MEMBERS = 200_000  # per archive: bounds on what an archive may unpack to
MAX_UNPACKED = 2 * 1024**3
MB = 1_000_000  # throughput in decimal MB/s, memory in MiB

# (registry, name, version): pinned so reruns measure the same bytes.
GENERAL = (
    ("pypi", "Django", "5.1.4"),
    ("pypi", "SQLAlchemy", "2.0.36"),
    ("pypi", "sympy", "1.13.3"),
    ("pypi", "grpcio", "1.68.1"),
    ("pypi", "Cython", "3.0.11"),
    ("npm", "typescript", "5.6.3"),
    ("npm", "react-native", "0.76.5"),
    ("npm", "three", "0.170.0"),
    ("npm", "@angular/core", "18.2.13"),
    ("npm", "rxjs", "7.8.1"),
    ("npm", "webpack", "5.97.1"),
    ("npm", "lodash", "4.17.21"),
    ("npm", "vue", "3.5.13"),
    ("npm", "eslint", "9.17.0"),
)
CRYPTO = (
    ("pypi", "pycryptodome", "3.21.0"),
    (
        "pypi",
        "cryptography",
        "42.0.8",
    ),  # kept at 42 for comparable results: 43+ (maturin) could not be fetched while pip read sdist metadata
    ("pypi", "PyNaCl", "1.5.0"),
    ("pypi", "paramiko", "3.5.0"),
    ("pypi", "ecdsa", "0.19.0"),
    ("pypi", "rsa", "4.9"),
    ("pypi", "pyOpenSSL", "24.3.0"),
    ("pypi", "jwcrypto", "1.5.6"),
    ("pypi", "asyncssh", "2.18.0"),
    ("pypi", "PyJWT", "2.10.1"),
    ("pypi", "tlslite-ng", "0.7.6"),
    ("npm", "node-forge", "1.3.1"),
    ("npm", "jsrsasign", "11.1.0"),
    ("npm", "elliptic", "6.6.1"),
    ("npm", "@noble/curves", "1.7.0"),
    ("npm", "@noble/hashes", "1.6.1"),
    ("npm", "@noble/post-quantum", "0.2.1"),
    ("npm", "tweetnacl", "1.0.3"),
    ("npm", "crypto-js", "4.2.0"),
    ("npm", "node-rsa", "1.1.1"),
    ("npm", "jose", "5.9.6"),
    ("npm", "sshpk", "1.18.0"),
    ("npm", "openpgp", "6.0.1"),
    ("npm", "pkijs", "3.2.4"),
    ("npm", "@peculiar/x509", "1.12.3"),
    ("npm", "secp256k1", "5.0.1"),
)
TREES = {"general": GENERAL, "crypto": CRYPTO}

# ------------------------------------------------------------------------------------- assembling the trees


def slug(name: str, version: str) -> str:
    return f"{name.replace('@', '').replace('/', '-')}-{version}"


def download(
    registry: str, name: str, version: str, into: Path | None = None, filename: str | None = None
) -> Path:
    """The package's source archive in `into` (ARCHIVES by default; downloaded once): a PyPI sdist from the
    index's file list (`filename`, or the one sdist of that version), an npm tarball by `npm pack`."""
    target = (into or ARCHIVES) / slug(name, version)
    done = (
        [p for p in target.glob("*") if p.is_file() and not p.name.startswith(".")] if target.is_dir() else []
    )
    if done:
        return done[0]
    if registry == "pypi":
        return pypi_sdist(name, version, target, filename)
    if registry == "debian":
        return debian_package(name, version, target)
    if registry == "debsrc":
        return debian_source(name, version, target)
    with tempfile.TemporaryDirectory(prefix="bench-dl-") as temp:
        command = ["npm", "pack", "--silent", f"{name}@{version}"]
        result = subprocess.run(command, cwd=temp, capture_output=True, text=True, check=False)
        files = [p for p in Path(temp).iterdir() if p.is_file()]
        if result.returncode != 0 or len(files) != 1:
            raise RuntimeError(
                f"{shlex.join(command)}: exit {result.returncode}: {result.stderr.strip()[-400:]}"
            )
        target.mkdir(parents=True, exist_ok=True)
        return Path(shutil.move(files[0], target / files[0].name))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pypi_sdist(name: str, version: str, folder: Path, filename: str | None = None) -> Path:
    """The sdist as the index lists it (PEP 691 JSON), checked against the index's SHA-256. Not `pip
    download`: pip runs the sdist's build backend to read its metadata, which would run the package's code."""
    index = f"{PYPI_SIMPLE}/{_normal(name)}/"
    request = urllib.request.Request(index, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    sdist = _normal(f"{name}-{version}")
    listed = [
        f
        for f in files
        if f["filename"] == filename
        or (filename is None and _normal(f["filename"].removesuffix(".tar.gz").removesuffix(".zip")) == sdist)
    ]
    if len(listed) != 1:
        raise RuntimeError(f"{filename or sdist}: {len(listed)} matching files in the index {index}")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".download-", delete=False) as temp:
        try:
            url = urllib.parse.urljoin(index, listed[0]["url"])
            with urllib.request.urlopen(url, timeout=300) as response:
                for block in iter(lambda: response.read(1 << 20), b""):
                    temp.write(block)
            temp.close()
            if sha256(Path(temp.name)) != listed[0]["hashes"].get("sha256"):
                raise RuntimeError(f"{listed[0]['filename']}: the download does not have the index's SHA-256")
            return Path(temp.name).rename(folder / listed[0]["filename"])
        finally:
            Path(temp.name).unlink(missing_ok=True)


def debian_package(name: str, version: str, folder: Path) -> Path:
    """The binary package (.deb) from Debian's archive (bookworm, its updates and its backports: the audit
    pinned some Go packages from backports), checked against the SHA-256 of apt's package index, read from a
    private state folder (`apt-get download --print-uris` fetches nothing: it names the file and digest).
    Debian's `golang-*-dev` and `librust-*-dev` packages are where Go modules' and Rust crates' sources are
    published outside their own registries (proxy.golang.org and crates.io are not reachable here)."""
    command = ["apt-get", *_apt_options(PACKAGES_INDEX), "download", "--print-uris", f"{name}={version}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"^'([^']+)' (\S+\.deb) \d+ SHA256:([0-9a-f]{64})$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or found is None:
        raise RuntimeError(f"{shlex.join(command)}: exit {result.returncode}: {result.stderr.strip()[-400:]}")
    url, filename, digest = found.groups()
    return _fetch_checked(url, filename, digest, folder)


APT_STATE = HERE / ".tools"  # apt's own state for Debian's indexes (git-ignored)
_SIGNED = "[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEBIAN_SUITE = "bookworm"


@dataclass(frozen=True)
class AptIndex:
    """One private apt index: its state folder, sources.list and the index file that shows it is fetched."""

    folder: Path
    sources: str
    fetched: str  # a glob of the lists folder


SOURCES_INDEX = AptIndex(
    APT_STATE / "apt-sources", f"deb-src {_SIGNED} {DEBIAN_MIRROR} {DEBIAN_SUITE} main\n", "*_Sources*"
)
DEBIAN_SECURITY = "http://security.debian.org/debian-security"
PACKAGES_INDEX = AptIndex(
    APT_STATE / "apt-packages",
    "".join(
        f"deb {_SIGNED} {DEBIAN_MIRROR} {suite} main\n"
        for suite in (DEBIAN_SUITE, f"{DEBIAN_SUITE}-updates", f"{DEBIAN_SUITE}-backports")
    )
    # a security update the audit pinned stays there after the next point release drops it from the main
    # archive (git-lfs 3.3.0-1+deb12u2)
    + f"deb {_SIGNED} {DEBIAN_SECURITY} {DEBIAN_SUITE}-security main\n",
    "*_Packages*",
)
_APT_INDEX_LOCK = threading.Lock()


def _apt_options(index: AptIndex) -> list[str]:
    """apt-get options reading one of Debian's indexes from a private state folder (fetched once, signature
    checked by apt against Debian's archive keyring): the machine's apt configuration is not touched."""
    lists, cache = index.folder / "lists", index.folder / "cache"
    options = [
        f"-oDir::Etc::SourceList={index.folder / 'sources.list'}",
        "-oDir::Etc::SourceParts=/nonexistent",
        f"-oDir::State::Lists={lists}",
        f"-oDir::Cache={cache}",
    ]
    sources = index.folder / "sources.list"
    with _APT_INDEX_LOCK:  # (downloads run in threads: the first fetches the index, the others wait for it)
        listed = sources.read_text(encoding="utf-8") if sources.is_file() else ""
        if not any(lists.glob(index.fetched)) or listed != index.sources:  # (fetched again for new sources)
            _fetch_index(index, options, lists, cache)
    return options


def _fetch_index(index: AptIndex, options: list[str], lists: Path, cache: Path) -> None:
    """The index, fetched by `apt-get update` into its private state folder."""
    (lists / "partial").mkdir(parents=True, exist_ok=True)
    (cache / "archives" / "partial").mkdir(parents=True, exist_ok=True)
    (index.folder / "sources.list").write_text(index.sources, encoding="utf-8")
    command = ["apt-get", *options, "update"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not any(lists.glob(index.fetched)):
        raise RuntimeError(f"{shlex.join(command)}: exit {result.returncode}: {result.stderr[-400:]}")


def debian_source(name: str, version: str, folder: Path) -> Path:
    """The upstream source tarball (`.orig.tar.*`, or a native package's `.tar.*`) of a Debian source package,
    checked against the SHA-256 of Debian's signed source index: Java and other sources Debian builds from.
    `apt-get source --print-uris` fetches nothing and unpacks nothing; the package's own code is not run."""
    command = ["apt-get", *_apt_options(SOURCES_INDEX), "source", "--print-uris", f"{name}={version}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    listed: list[tuple[str, str, str]] = re.findall(
        r"^'([^']+)' (\S+) \d+ SHA256:([0-9a-f]{64})$", result.stdout, re.MULTILINE
    )
    tarballs = upstream_tarballs(listed)
    if result.returncode != 0 or len(tarballs) != 1:
        raise RuntimeError(f"{shlex.join(command)}: exit {result.returncode}: {result.stderr.strip()[-400:]}")
    url, filename, digest = tarballs[0]
    return _fetch_checked(url, filename, digest, folder)


def upstream_tarballs(listed: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Of a source package's files (URL, name, SHA-256), its upstream tarball: the `.orig.tar.*`, not its
    signature (`.orig.tar.gz.asc`) nor an extra component's (`.orig-docs.tar.xz`); or a native package's
    `.tar.*`."""
    return [f for f in listed if re.search(r"\.orig\.tar\.\w+$", f[1])] or [
        f for f in listed if re.search(r"\.tar\.\w+$", f[1]) and ".debian.tar." not in f[1]
    ]


def _fetch_checked(url: str, filename: str, digest: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".download-", delete=False) as temp:
        try:
            with urllib.request.urlopen(url, timeout=300) as response:
                for block in iter(lambda: response.read(1 << 20), b""):
                    temp.write(block)
            temp.close()
            if sha256(Path(temp.name)) != digest:
                raise RuntimeError(f"{filename}: the download does not have the package index's SHA-256")
            return Path(temp.name).rename(folder / filename)
        finally:
            Path(temp.name).unlink(missing_ok=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe(dest: Path, member: str) -> Path | None:
    """Where `member` unpacks below `dest`, or None if it would land outside (absolute, `..`, drive)."""
    path = (dest / member).resolve()
    return path if path.is_relative_to(dest.resolve()) and path != dest.resolve() else None


def _untar(archive: Path, dest: Path) -> None:
    with tarfile.open(archive) as tar:
        _untar_members(tar, dest, "", archive.name)


def _unzip(archive: Path, dest: Path) -> None:
    with zipfile.ZipFile(archive) as zipped:
        infos = zipped.infolist()[:MAX_MEMBERS]
        if sum(info.file_size for info in infos) > MAX_UNPACKED:
            raise RuntimeError(f"{archive.name}: unpacks to more than {MAX_UNPACKED} bytes")
        for info in infos:
            path = _safe(dest, info.filename)
            if path is not None and not info.is_dir():
                path.parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(info) as source, path.open("wb") as sink:
                    shutil.copyfileobj(source, sink)


GO_SOURCES = "usr/share/gocode/src/"  # where a Debian golang-*-dev package puts its module's source
RUST_SOURCES = "usr/share/cargo/registry/"  # and a librust-*-dev package its crate's (`ring-0.16.20/...`)
# where a Debian package puts its sources, in the order they are looked for (the first a package holds is
# unpacked): a crate's, a Go module's, a Ruby gem's (`net-ssh-7.0.1/lib/...`; a gem Debian installs as a
# plain library: `rbnacl/...`) and a PHP library's (`phpseclib3/Crypt/...`)
DEB_SOURCES = (
    RUST_SOURCES,
    GO_SOURCES,
    "usr/share/rubygems-integration/all/gems/",
    "usr/lib/ruby/vendor_ruby/",
    "usr/share/php/",
)


def _undeb(archive: Path, dest: Path) -> None:
    """The sources of a .deb (an `ar` archive holding data.tar.*), below the first of DEB_SOURCES it holds
    (GO_SOURCES when none), unpacked into dest with that prefix stripped (`github.com/golang-jwt/jwt/v5/...`,
    `ring-0.16.20/src/...`). Nothing of the package is run."""
    with archive.open("rb") as handle:
        if handle.read(8) != b"!<arch>\n":
            raise RuntimeError(f"{archive.name}: not a Debian package (no ar header)")
        while header := handle.read(60):
            name, size = header[:16].decode("ascii", "replace").strip().rstrip("/"), int(header[48:58])
            if name.startswith("data.tar"):
                with tempfile.TemporaryFile() as data:
                    data.write(handle.read(size))
                    data.seek(0)
                    with tarfile.open(fileobj=data) as tar:
                        names = tar.getnames()
                        held = [n.removeprefix("./") for n in names]
                        prefix = next(
                            (p for p in DEB_SOURCES if any(n.startswith(p) for n in held)), GO_SOURCES
                        )
                        _untar_members(tar, dest, prefix, archive.name)
                return
            handle.seek(size + size % 2, os.SEEK_CUR)
    raise RuntimeError(f"{archive.name}: no data.tar member")


def _link_inside(member: tarfile.TarInfo, prefix: str) -> bool:
    """A symbolic link to a path inside the unpacked part (a Debian Go package's `github.com/go-ldap/ldap` ->
    `../../gopkg.in/ldap.v2`): kept, as the audit's unpacking kept it; any other link is dropped."""
    if not member.issym() or member.linkname.startswith("/"):
        return False
    target = posixpath.normpath(
        posixpath.join(posixpath.dirname(member.name.removeprefix("./")), member.linkname)
    )
    return target.startswith(prefix) and not target.startswith("..")


def _untar_members(tar: tarfile.TarFile, dest: Path, prefix: str, label: str) -> None:
    """The files and folders below `prefix` (stripped) that unpack inside dest, and the links between them;
    other links, devices and escaping paths are dropped, and the size and count are bounded."""
    members: list[tarfile.TarInfo] = []
    total = 0
    for member in tar:
        if len(members) >= MAX_MEMBERS or total > MAX_UNPACKED:
            raise RuntimeError(f"{label}: more than {MAX_MEMBERS} members or {MAX_UNPACKED} bytes")
        inside = member.name.removeprefix("./")
        wanted = (member.isfile() or member.isdir() or _link_inside(member, prefix)) and inside.startswith(
            prefix
        )
        if wanted and _safe(dest, inside[len(prefix) :]) is not None:
            member.name = inside[len(prefix) :]
            members.append(member)
            total += member.size
    if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4: the stdlib's own guard as well
        tar.extractall(dest, members=members, filter="data")
    else:  # pragma: no cover
        tar.extractall(dest, members=members)  # members checked above


def extract(archive: Path, dest: Path) -> None:
    """Unpack into dest (replaced), with path-traversal guards; a stamp in ARCHIVES marks it complete."""
    stamp = archive.with_name(".extracted")
    # (a tree reached through a link, a worktree's, shares its stamps: the folder is named as resolved)
    named = str(dest.resolve())
    if stamp.exists() and dest.is_dir() and stamp.read_text().strip() == named and any(dest.iterdir()):
        return  # (a stamp copied with its archive from another tree names that tree's folder, and a folder
        # emptied since holds nothing: unpacked again)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    unpack = {".zip": _unzip, ".deb": _undeb}.get(archive.suffix, _untar)
    unpack(archive, dest)
    stamp.write_text(f"{named}\n")


def fetch(registry: str, name: str, version: str, tree: Path) -> str:
    try:
        extract(download(registry, name, version), tree / slug(name, version))
    except (RuntimeError, OSError, tarfile.TarError, zipfile.BadZipFile) as exc:
        shutil.rmtree(tree / slug(name, version), ignore_errors=True)
        return f"FAILED {registry} {name}=={version}: {exc}"
    return ""


def assemble(tree: str, download_allowed: bool) -> list[str]:
    """Fetch and unpack the tree's packages (in parallel threads); return the failures."""
    path = ROOT / tree
    path.mkdir(parents=True, exist_ok=True)
    if not download_allowed:
        if not any(path.iterdir()):
            raise SystemExit(f"{path} is empty: run once without --no-download")
        return []
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        failures = [f for f in pool.map(lambda p: fetch(p[0], p[1], p[2], path), TREES[tree]) if f]
    for failure in failures:
        print(failure, file=sys.stderr)
    return failures


def present(tree: str) -> list[str]:
    """The packages of the tree that are unpacked (a failed download leaves none)."""
    names = {slug(n, v): f"{n} {v} ({r})" for r, n, v in TREES[tree]}
    return [names[p.name] for p in sorted((ROOT / tree).iterdir()) if p.name in names]


@dataclass(frozen=True)
class Size:
    files: int
    total_bytes: int
    source_files: int
    source_bytes: int
    by_extension: tuple[tuple[str, int], ...]  # source bytes per extension, largest first


def measure_size(root: Path, extensions: frozenset[str]) -> Size:
    files = total = source_files = 0
    by_extension: dict[str, int] = {}
    for folder, _, names in os.walk(root):
        for name in names:
            size = os.lstat(os.path.join(folder, name)).st_size
            files, total = files + 1, total + size
            lower = name.lower()
            suffix = lower[lower.rfind(".") :] if "." in lower.lstrip(".") else ""
            if suffix in extensions:
                source_files += 1
                by_extension[suffix] = by_extension.get(suffix, 0) + size
    ranked = tuple(sorted(by_extension.items(), key=lambda item: -item[1]))
    return Size(files, total, source_files, sum(by_extension.values()), ranked)


# ----------------------------------------------------------------------------------------- the vocabulary

VOCABULARY_SNIPPET = """
import json
from qready.detectors.source import LANGUAGES
from qready.detectors.source.reading import prefilter_for
from qready.detectors.source.languages import BY_EXTENSION
from qready.detectors.source.prefilter import Literal, Prefilter
from qready.knowledge import default_catalog
catalog, words = default_catalog(), set()
for spec in LANGUAGES.values():
    words |= {w.text for w in prefilter_for(spec.rules, catalog)[0].words}
print(json.dumps({"words": sorted(words), "extensions": sorted(BY_EXTENSION),
                  "engine": Prefilter((Literal("x"),)).engine}))
"""


@dataclass(frozen=True)
class Vocabulary:
    words: list[str]
    extensions: frozenset[str]
    engine: str


def vocabulary() -> Vocabulary:
    """Read in a child process: qready's rules and catalog stay out of this (measuring) process's memory."""
    out = subprocess.run(
        [sys.executable, "-c", VOCABULARY_SNIPPET], capture_output=True, text=True, check=True
    )
    data = json.loads(out.stdout)
    return Vocabulary(data["words"], frozenset(data["extensions"]), data["engine"])


# ------------------------------------------------------------------------------------------------ measuring


def qready_command(tree: Path, out_dir: Path, *extra: str) -> list[str]:
    script = Path(sys.executable).with_name("qready")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "qready"]
    return [*launcher, "scan", str(tree), "--format", "json", "--out", str(out_dir), "-q", *extra]


NO_SOURCE = ("--languages", "none")  # everything but source code: the part of qready's time that is not it


def rg_command(tree: Path, patterns: Path) -> list[str]:
    # --no-ignore-parent: the repository's .gitignore (which hides .source-tree/) does not apply, as in
    # qready, which reads only the .gitignore files inside the tree; --no-require-git: and those it does.
    flags = ["--hidden", "--no-ignore-parent", "--no-require-git", "--no-messages"]
    return ["rg", *flags, "-i", "-c", "-F", "-f", str(patterns), str(tree)]


SUMMARY_SNIPPET = """
import json, sys
inventory = json.load(open(sys.argv[1], encoding="utf-8"))["assessment"]["inventory"]
findings = inventory["findings"]
source = [f for f in findings if (f.get("location") or {}).get("type") == "SourceSpan"]
print(json.dumps({"files_scanned": inventory["files_scanned"], "findings": len(findings),
                  "source_findings": len(source),
                  "problems": sum(1 for o in inventory["outcomes"] if o.get("status") != "ok")}))
"""


def qready_summary(out_dir: Path) -> str:
    """What qready reported, read in a child (a big JSON load would grow this process and skew RSS)."""
    command = [sys.executable, "-c", SUMMARY_SNIPPET, str(out_dir / "qready.json")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return f"(could not read qready.json: {result.stderr.strip()[-300:]})"
    return result.stdout.strip()


def rg_summary(run: Run) -> str:
    counts = [line.rsplit(":", 1)[-1] for line in run.stdout.splitlines()]
    lines = sum(int(c) for c in counts if c.isdigit())
    return json.dumps({"files_with_hits": len(counts), "matching_lines": lines})


# ------------------------------------------------------------------------------------------------ reporting


@dataclass(frozen=True)
class TreeResult:
    tree: str
    size: Size
    qready: list[Run]
    rest: list[Run]  # qready without source code (--languages none)
    rg: list[Run]
    qready_said: str
    rg_said: str
    packages: list[str]
    failures: list[str]


def verdict(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def targets(result: TreeResult) -> list[str]:
    scan, rg = median(result.qready), median(result.rg)
    mbps = result.size.source_bytes / MB / scan.seconds
    peak = max(scan.peak_mib, scan.tree_mib or 0.0)
    rss = f"peak RSS <= {RSS_MB:.0f} MiB (main {scan.peak_mib:.0f}, tree {scan.tree_mib or 0:.0f}): "
    rss += verdict(peak <= RSS_MB)
    if result.tree == "general":
        ratio = scan.seconds / rg.seconds
        return [
            f"throughput >= {GENERAL_MBPS:.0f} MB/s ({mbps:.1f}): {verdict(mbps >= GENERAL_MBPS)}",
            f"time <= {RG_RATIO:.0f}x rg ({ratio:.1f}x): {verdict(ratio <= RG_RATIO)}",
            f"source >= {MIN_GENERAL_MB:.0f} MB ({result.size.source_bytes / MB:.0f}): "
            + verdict(result.size.source_bytes / MB >= MIN_GENERAL_MB),
            rss,
        ]
    return [f"throughput >= {CRYPTO_MBPS:.0f} MB/s ({mbps:.1f}): {verdict(mbps >= CRYPTO_MBPS)}", rss]


def table(results: list[TreeResult]) -> str:
    rows = [
        "| tree | source MB (files) | total MB (files) | qready s | qready MB/s | rg s | rg MB/s "
        "| ratio qready/rg | qready peak RSS MiB (main / tree) | rg peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        size, scan, rg = result.size, median(result.qready), median(result.rg)
        source = size.source_bytes / MB
        tree = f"{scan.tree_mib:.0f}" if scan.tree_mib is not None else "n/a"
        rows.append(
            f"| {result.tree} | {source:.1f} ({size.source_files:,}) | {size.total_bytes / MB:.1f} "
            f"({size.files:,}) | {scan.seconds:.2f} | {source / scan.seconds:.1f} | {rg.seconds:.2f} "
            f"| {source / rg.seconds:.0f} | {scan.seconds / rg.seconds:.1f} | {scan.peak_mib:.0f} / {tree} "
            f"| {rg.peak_mib:.0f} |"
        )
    return "\n".join(rows)


def details(result: TreeResult) -> list[str]:
    runs_of = (("qready", result.qready), ("qready --languages none", result.rest), ("rg", result.rg))
    times = "; ".join(f"{name} " + ", ".join(f"{run.seconds:.2f}" for run in runs) for name, runs in runs_of)
    scan, rest = median(result.qready).seconds, median(result.rest).seconds
    lines = [
        f"### {result.tree}",
        "",
        "Targets: " + "; ".join(targets(result)) + ".",
        "",
        f"- qready reported: {result.qready_said}",
        f"- rg reported: {result.rg_said}",
        f"- Where the time goes: without source code (`--languages none`: walk, the other detectors, the "
        f"assessment, the report) qready takes {rest:.2f} s; source code adds {scan - rest:.2f} s "
        f"({result.size.source_bytes / MB / max(scan - rest, 1e-9):.0f} MB/s of source for that part alone)",
        f"- All runs (s): {times}",
        "- Source MB by extension: "
        + ", ".join(f"{ext} {size / MB:.1f}" for ext, size in result.size.by_extension if size >= MB / 10),
        f"- Packages ({len(result.packages)}): " + ", ".join(result.packages),
    ]
    lines += [f"- Not fetched: {failure}" for failure in result.failures]
    return [*lines, ""]


def tool_versions(engine: str) -> str:
    qready = subprocess.run(
        [sys.executable, "-c", "from importlib.metadata import version; print(version('qready'))"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    rg = subprocess.run(["rg", "--version"], capture_output=True, text=True, check=False).stdout
    return f"qready {qready or '?'} (prefilter: {engine}), {rg.splitlines()[0] if rg else 'rg ?'}"


def section(results: list[TreeResult], vocab: Vocabulary, repeat: int) -> str:
    command = shlex.join([shown(sys.executable), shown(__file__), *sys.argv[1:]])
    lines = [
        BEGIN,
        "## bench_source: qready on real source trees vs ripgrep on the same vocabulary",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        f"- Versions: {tool_versions(vocab.engine)}",
        "- Measured: `qready scan TREE --format json --out TMP -q` (all cores) and "
        f"`rg -i -c -F -f PATTERNS TREE` ({len(vocab.words)} literal words from qready's source rules), "
        f"alternating, median of {repeat}; MB/s over the source-extension bytes, MB = 10^6 bytes",
        f"- Command: `{command}`",
        "",
        table(results),
        "",
    ]
    for result in results:
        lines += details(result)
    return "\n".join([*lines, END])


# ----------------------------------------------------------------------------------------------------- main


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-download", action="store_true", help="use the cached trees; fetch nothing")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each (default 3)")
    parser.add_argument("--trees", default="general,crypto", help="comma-separated: general, crypto")
    parser.add_argument("--results", type=Path, default=RESULTS, help="results file (default RESULTS.md)")
    parser.add_argument("--no-results", action="store_true", help="print the table only, record nothing")
    return parser.parse_args()


def bench_tree(tree: str, args: argparse.Namespace, vocab: Vocabulary, patterns: Path) -> TreeResult:
    failures = assemble(tree, not args.no_download)
    path = ROOT / tree
    size = measure_size(path, vocab.extensions)
    print(
        f"{tree}: {size.source_bytes / MB:.1f} MB of source in {size.source_files:,} files; total "
        f"{size.total_bytes / MB:.1f} MB in {size.files:,} files"
    )
    warm_cache(path)
    scans: list[Run] = []
    rests: list[Run] = []
    greps: list[Run] = []
    said = ""
    for _ in range(args.repeat):  # alternate, so drift on a shared machine hits both alike
        with tempfile.TemporaryDirectory(prefix="bench-source-") as out_dir:
            scans.append(measure(qready_command(path, Path(out_dir))))
            said = qready_summary(Path(out_dir))
        print(f"  qready {scans[-1].seconds:.2f} s, {said}")
        with tempfile.TemporaryDirectory(prefix="bench-source-") as out_dir:
            rests.append(measure(qready_command(path, Path(out_dir), *NO_SOURCE)))
        print(f"  qready --languages none {rests[-1].seconds:.2f} s")
        greps.append(measure(rg_command(path, patterns), ok=(0, 1, 2)))  # 2: some file unreadable
        print(f"  rg     {greps[-1].seconds:.2f} s, {rg_summary(greps[-1])}")
    return TreeResult(
        tree, size, scans, rests, greps, said, rg_summary(median(greps)), present(tree), failures
    )


def main() -> None:
    args = arguments()
    if shutil.which("rg") is None:
        raise SystemExit("rg (ripgrep) not found: install it with `apt-get install -y ripgrep` (Debian)")
    trees = [t for t in args.trees.split(",") if t]
    if args.repeat < 1 or not trees or any(t not in TREES for t in trees):
        raise SystemExit(f"--repeat must be >= 1 and --trees a list of {', '.join(TREES)}")
    vocab = vocabulary()
    ROOT.mkdir(parents=True, exist_ok=True)
    patterns = ROOT / "patterns.txt"
    patterns.write_text("\n".join(vocab.words) + "\n", encoding="utf-8")
    results = [bench_tree(tree, args, vocab, patterns) for tree in trees]
    text = section(results, vocab, args.repeat)
    print(text)
    if not args.no_results:
        record(text, args.results, BEGIN, END)


if __name__ == "__main__":
    main()
