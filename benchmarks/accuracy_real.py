"""Precision and recall of source detection on real, published code, over lines judged by hand.

    .venv/bin/python benchmarks/accuracy_real.py                   # download (cached), scan, print
    .venv/bin/python benchmarks/accuracy_real.py --results benchmarks/RESULTS.md   # and record it
    .venv/bin/python benchmarks/accuracy_real.py --no-download --list              # offline; show the errors

The labels (benchmarks/real_code.toml) are the lines of 7736 pinned PyPI, npm and Debian packages judged by
hand in rounds 3 to 450 of the source audit: lines qready reported then (precision samples) and lines it did
not report then that match a crypto-word grep (recall samples), each "use", "borderline" (recall only) or
"not-use". Rounds 3 and 4 judged the 63 packages qready was tuned on; rounds 5 to 450 judged 25, 22, 23, 22,
21, 24, 27, 24, 24, 23, 24, 24, 24, then 36 each (rounds 18 to 38 and 40 to 47), 35 (round 39), 48 (rounds 48,
49 and 56 to 58), 60 (rounds 50, 51, 53 and 55), 68 (round 52), 59 (round 54), 36 (rounds 59, 61 to 82, 84 to
86), 56 (round 60), 28 (round 83), 24 (rounds 87, 89, 91, 93, 95, 97, 99, 101, 103, 105, 107, 109, 111, 113,
115, 117, 119, 121, 123, 125, 127, 131, 135, 137, 143, 148, 149, 152, 154, 156, 158, 160, 162, 164, 166, 167
and 168), 21 (round 133), 16 (round 129), 12 (rounds 88, 90, 92, 96, 98, 100, 102, 106, 108, 110, 112, 114,
116, 120, 122, 124, 126, 128, 130, 132, 136, 138, 139, 140, 141, 142, 144, 146, 147, 150, 151, 153, 155, 157,
159, 161, 163, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187,
188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 202, 203, 204, 205, 206, 207, 208, 209, 210,
211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 230, 231, 232, 233, 234,
235, 236, 237, 238, 239, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 254, 256, 257, 258, 259,
260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 278, 280, 281, 282, 283,
284, 285, 286, 288, 289, 290, 291, 292, 293, 294, 295, 297, 298, 299, 300, 302, 303, 304, 305, 306, 307, 308,
309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 324, 325, 326, 327, 328, 329, 330, 332,
333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354,
355, 356, 357, 358, 359, 361, 362, 363, 364, 365, 366, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378,
379, 380, 381, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401,
402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425,
426, 429, 430, 431, 433, 435, 438, 439, 440, 441, 442, 443, 444, 445, 446, 448 and 449), 11 (rounds 94, 118,
255, 296, 382, 427 and 447), 10 (rounds 104 and 432), 9 (rounds 134, 229 and 436), 8 (rounds 201, 228, 240,
253, 287, 367 and 428), 7 (round 331), 5 (round 279), 4 (rounds 277, 412 and 437), 3 (rounds 301 and 322), 2
(rounds 360, 413, 434 and 450) and 1 (round 165) fresh ones (held out when judged; round 25's PyPI dozen are,
but for one, newer releases of the crypto libraries bench_source.py's crypto tree holds), and each round's
figures are printed on their own too. Go comes from Debian's `golang-*-dev` packages (rounds 18 to 47, 51, 52,
60, 83, 177, 202, 227, 259, 300, 347, 398, 417, 444 and 449): PyPI and npm hold none; rounds 48 to 50, 52 to
55, 60, 83, 177, 202, 259, 303 and 449 took Rust from Debian's `librust-*-dev` packages, rounds 48 to 58, 83,
85, 163, 201, 301, 399, 412 and 437 Java and rounds 49 to 82, 84 to 86, 147, 150, 153, 155, 157, 159, 161,
163, 165, 187, 196, 201, 228, 247, 302, 306, 311, 322, 367, 379, 382, 395, 402, 405, 408, 413, 434 and 450 C
from Debian's source packages, and rounds 276 to 279 C++, C#, PHP and Ruby, one language a round, from
Debian's source packages too; rounds 280 to 282, 284 to 286, 288 to 290, 292 to 294, 296 and 297 C++ from
source packages and Ruby and PHP from Debian's binary packages, round 287 C++ and C# from npm. The packages
are fetched into benchmarks/.real-tree/ (git-ignored), unpacked a few ahead with bench_source.py's guarded
extraction, scanned with `qready.engine.scan` one package at a time, and deleted once scanned (--keep-unpacked
keeps them). Per audit language, over the labelled lines only: found / not found, precision = use / (use +
not-use) among the labelled lines qready reports now, recall = labelled uses found / labelled uses (once more
with "borderline" lines counted as uses), and the labelled lines whose text no longer matches (drift: not
scored). A finding on an unlabelled line was never judged: it counts neither way, and its number is printed
per language.

Package code is never imported, run or built: bench_source.download takes PyPI sdists from the package index's
file list (PEP 691), npm tarballs from `npm pack` (no lifecycle script runs for a registry package), Debian
binary packages from the URL apt names (only their Go, Rust, Ruby or PHP sources are unpacked) and Debian
source packages' upstream tarballs (`debsrc`: the URL and SHA-256 of Debian's signed source index, read by apt
into a private state folder). Every archive must have the SHA-256 the audit had."""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections import Counter, deque
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from importlib.metadata import version as installed_version
from pathlib import Path

import bench_source
from measuring import REPO, machine, record

from qready.engine import scan
from qready.model import SourceSpan

HERE = Path(__file__).resolve().parent
LABELS = HERE / "real_code.toml"
ROOT = HERE / ".real-tree"
ARCHIVES = ROOT / "archives"
PACKAGES = ROOT / "packages"
# the disk space left free while unpacking: the whole label set unpacks to tens of GB (326 packages take
# 2.6 GB), and a full disk stops every program of the machine (2026-12-07); a package that would go below it
# is left out, and says so, as a package that could not be fetched
MIN_FREE_BYTES = 8 * 1024**3
FETCHERS = 8  # threads downloading and unpacking (fetching, mostly waiting on the network, is the slow part)
AHEAD = 16  # packages fetched and unpacked ahead of the one being scanned (the disk holds at most these)
BEGIN = "<!-- accuracy_real:begin (written by benchmarks/accuracy_real.py from a real run; do not edit) -->"
END = "<!-- accuracy_real:end -->"

# the audit's languages, by file extension (Kotlin was audited with Java, TypeScript with JavaScript; a C++
# header named .h counts as C)
LANGUAGES = ("python", "js", "java", "c", "rust", "go", "cpp", "csharp", "php", "ruby")
LANGUAGE_OF = {
    **dict.fromkeys((".py", ".pyx", ".pxd", ".pxi", ".pyi"), "python"),
    **dict.fromkeys((".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"), "js"),
    **dict.fromkeys((".java", ".kt"), "java"),
    **dict.fromkeys((".c", ".h"), "c"),
    ".rs": "rust",
    ".go": "go",
    **dict.fromkeys((".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx"), "cpp"),
    ".cs": "csharp",
    **dict.fromkeys((".php", ".phtml"), "php"),
    **dict.fromkeys((".rb", ".rake"), "ruby"),
}
OTHER = "other"  # findings in the languages the audit did not cover (Swift, Scala...)
KINDS = ("use", "borderline", "not-use")
SAMPLES = ("precision", "recall")
ROUNDS = tuple(range(3, 451))  # the audit rounds whose verdicts the label file holds
REGISTRIES = ("pypi", "npm", "debian", "debsrc")
PACKAGE_KEYS = {"registry", "name", "version", "archive", "sha256"}
LABEL_KEYS = {"package", "path", "line", "language", "label", "round", "sample", "text"}
ROUND_KEYS = {"round", "commit", "pools"}

Key = tuple[str, str, int]  # (package name, path inside the package, 1-based line)


# ------------------------------------------------------------------------------------------------ the labels


@dataclass(frozen=True)
class Package:
    registry: str
    name: str
    version: str
    archive: str  # the audited archive's file name
    sha256: str  # ... and its digest

    @property
    def slug(self) -> str:
        return bench_source.slug(self.name, self.version)


@dataclass(frozen=True)
class Label:
    package: str
    path: str
    line: int
    language: str
    label: str  # use | borderline | not-use
    round: int  # the audit round whose verdict this is
    sample: str  # precision: reported when judged; recall: unreported when judged
    text: str  # the line, stripped
    # a not-use of the family qready gave when judged that is a use of this one (`use_of = "BBS"`: BBS
    # signatures read as BLS): a use now wherever qready reports this family on the line, or nothing
    use_of: str | None = None

    @property
    def key(self) -> Key:
        return (self.package, self.path, self.line)

    def now(self, reported: Mapping[Key, Set[str]]) -> str:
        """The verdict on what qready reports on the line now (`use_of`, by the families reported on each
        line); the judged one otherwise."""
        if self.use_of is None:
            return self.label
        found = reported.get(self.key)
        return "use" if found is None or self.use_of in found else "not-use"


@dataclass(frozen=True)
class Pools:
    """What a round's samples were drawn from, per language: the lines qready reported then (the precision
    sample's pool) and the candidate lines it did not (the recall sample's), on the commit it judged."""

    round: int
    commit: str
    sizes: tuple[tuple[str, int, int], ...]  # (language, reported lines, unreported candidate lines)


def language_of(path: str) -> str:
    return LANGUAGE_OF.get(Path(path).suffix.lower(), OTHER)


def _entry(raw: object, keys: set[str], where: str) -> dict[str, object]:
    if not isinstance(raw, dict) or set(raw) != keys:
        raise ValueError(f"{where}: expected exactly the keys {sorted(keys)}, got {raw!r}")
    return raw


def _text(entry: dict[str, object], key: str, where: str) -> str:
    value = entry[key]
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be a string")
    return value


def _number(entry: dict[str, object], key: str, where: str) -> int:
    value = entry[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{where}: {key} must be a positive integer")
    return value


def parse_package(raw: object, where: str) -> Package:
    entry = _entry(raw, PACKAGE_KEYS, where)
    package = Package(
        *(_text(entry, key, where) for key in ("registry", "name", "version", "archive", "sha256"))
    )
    if package.registry not in REGISTRIES:
        raise ValueError(f"{where}: registry must be one of {REGISTRIES}")
    if not re.fullmatch(r"[0-9a-f]{64}", package.sha256):
        raise ValueError(f"{where}: sha256 must be 64 lower-case hex digits")
    if not package.version or not package.version[0].isdigit():
        raise ValueError(f"{where}: version must be an exact version")
    return package


def parse_label(raw: object, where: str) -> Label:
    optional = {"use_of"} if isinstance(raw, dict) and "use_of" in raw else set()
    entry = _entry(raw, LABEL_KEYS | optional, where)
    texts = {
        key: _text(entry, key, where) for key in ("package", "path", "language", "label", "sample", "text")
    }
    label = Label(
        texts["package"],
        texts["path"],
        _number(entry, "line", where),
        texts["language"],
        texts["label"],
        _number(entry, "round", where),
        texts["sample"],
        texts["text"],
        _text(entry, "use_of", where) if "use_of" in entry else None,
    )
    if label.use_of is not None and (label.sample, label.label) != ("precision", "not-use"):
        raise ValueError(
            f"{where}: use_of belongs to a not-use of the precision sample (a family read wrong)"
        )
    if label.language not in LANGUAGES or language_of(label.path) != label.language:
        raise ValueError(f"{where}: language {label.language!r} is not the audit language of {label.path}")
    if label.sample not in SAMPLES or label.round not in ROUNDS:
        raise ValueError(f"{where}: sample must be one of {SAMPLES}, round one of {ROUNDS}")
    allowed = KINDS if label.sample == "recall" else ("use", "not-use")
    if label.label not in allowed:
        raise ValueError(f"{where}: label of a {label.sample} sample must be one of {allowed}")
    if label.text != label.text.strip() or not label.text or label.path.startswith("/") or ".." in label.path:
        raise ValueError(f"{where}: text must be the stripped line, path relative inside the package")
    return label


def parse_pools(raw: object, where: str) -> Pools:
    entry = _entry(raw, ROUND_KEYS, where)
    number, commit, sizes = _number(entry, "round", where), _text(entry, "commit", where), entry["pools"]
    if number not in ROUNDS or not re.fullmatch(r"[0-9a-f]{7,40}", commit) or not isinstance(sizes, dict):
        raise ValueError(f"{where}: round one of {ROUNDS}, commit a git hash, pools a table of languages")
    pools = []
    for language, pair in sorted(sizes.items()):
        counts = pair if isinstance(pair, list) else []
        if (
            language not in LANGUAGES
            or len(counts) != 2
            or not all(isinstance(n, int) and n >= 0 for n in counts)
        ):
            raise ValueError(
                f"{where}: pools.{language} must be [reported, unreported] for an audit language"
            )
        pools.append((language, counts[0], counts[1]))
    return Pools(number, commit, tuple(pools))


def load_pools(path: Path = LABELS) -> tuple[Pools, ...]:
    """The sample pools the file records for some rounds (`rounds`; none for the rounds before 27)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(parse_pools(raw, f"rounds[{i}]") for i, raw in enumerate(data.get("rounds", [])))


def load(path: Path = LABELS) -> tuple[tuple[Package, ...], tuple[Label, ...]]:
    """The pinned packages and the labels of `path`, checked for shape; ValueError on the first problem."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if not {"packages", "labels"} <= set(data) <= {"packages", "labels", "rounds"}:
        raise ValueError(
            f"{path.name}: expected the top-level keys packages, labels (and rounds), got {sorted(data)}"
        )
    packages = tuple(parse_package(raw, f"packages[{i}]") for i, raw in enumerate(data["packages"]))
    labels = tuple(parse_label(raw, f"labels[{i}]") for i, raw in enumerate(data["labels"]))
    names = Counter(package.name for package in packages)
    if any(count > 1 for count in names.values()):
        raise ValueError(f"{path.name}: a package is listed twice: {[n for n, c in names.items() if c > 1]}")
    keys = Counter(label.key for label in labels)
    if any(count > 1 for count in keys.values()):
        raise ValueError(
            f"{path.name}: a line is labelled twice: {[k for k, c in keys.items() if c > 1][:5]}"
        )
    unknown = {label.package for label in labels} - set(names)
    if unknown:
        raise ValueError(f"{path.name}: labels name packages that are not listed: {sorted(unknown)}")
    return packages, labels


# ----------------------------------------------------------------------------------------------- the scoring


@dataclass
class Score:
    """One language's labelled lines, by (sample, label, found now); drifted lines are only counted."""

    lines: Counter[tuple[str, str, bool]] = field(default_factory=Counter)
    drift: int = 0
    unscanned: int = 0  # labelled lines of packages that could not be fetched

    def count(self, label: str | None = None, found: bool | None = None, sample: str | None = None) -> int:
        return sum(
            n
            for (s, kind, was_found), n in self.lines.items()
            if (label is None or kind == label)
            and (found is None or was_found == found)
            and (sample is None or s == sample)
        )

    @property
    def precision(self) -> tuple[int, int]:
        """(labelled uses qready reports, labelled uses and not-uses it reports)."""
        use = self.count("use", True)
        return use, use + self.count("not-use", True)

    @property
    def recall(self) -> tuple[int, int]:
        """(labelled uses qready reports, labelled uses)."""
        return self.count("use", True), self.count("use")

    @property
    def recall_lenient(self) -> tuple[int, int]:
        """The same with the borderline lines counted as uses."""
        found = self.count("use", True) + self.count("borderline", True)
        return found, self.count("use") + self.count("borderline")


def score(
    labels: tuple[Label, ...],
    reported: Mapping[Key, Set[str]],
    drifted: Set[Key],
    unscanned: Set[str] = frozenset(),
) -> dict[str, Score]:
    """Per language: every labelled line found or not (a line is found when qready reports anything on it;
    `reported` gives the families of each, for the labels that name the family used, `use_of`)."""
    scores = {language: Score() for language in LANGUAGES}
    for label in labels:
        result = scores[label.language]
        if label.package in unscanned:
            result.unscanned += 1
        elif label.key in drifted:
            result.drift += 1
        else:
            result.lines[(label.sample, label.now(reported), label.key in reported)] += 1
    return scores


# ---------------------------------------------------------------------------------------- fetching, reading


def archive(package: Package, download_allowed: bool) -> Path:
    folder = ARCHIVES / package.slug
    cached = [p for p in folder.glob("*") if p.is_file() and not p.name.startswith(".")]
    if not cached and not download_allowed:
        raise RuntimeError("not downloaded (run once without --no-download)")
    path = bench_source.download(package.registry, package.name, package.version, ARCHIVES, package.archive)
    digest = bench_source.sha256(path)
    if digest != package.sha256:
        raise RuntimeError(
            f"{path.name} is not the audited archive (SHA-256 {digest}, want {package.sha256}); "
            f"delete {folder} to fetch it again"
        )
    return path


def package_root(package: Package) -> Path:
    """The package's top-level folder (`NAME-VERSION/` of an sdist, `package/` of an npm tarball); a Debian
    package's Go sources are unpacked at the top (`github.com/...`)."""
    return top_folder(package.registry, PACKAGES / package.slug)


def top_folder(registry: str, dest: Path) -> Path:
    """The folder a package unpacked into `dest` is judged from (package_root)."""
    if registry == "debian":
        return dest
    entries = list(dest.iterdir()) if dest.is_dir() else []
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else dest


def fetch(package: Package, download_allowed: bool, min_free: int = MIN_FREE_BYTES) -> str:
    """Fetch (unless cached) and unpack one package; the failure, or ''. Not unpacked when the disk holding
    PACKAGES has less than `min_free` bytes free (`MIN_FREE_BYTES`)."""
    free = shutil.disk_usage(PACKAGES if PACKAGES.exists() else ROOT.parent).free
    if free < min_free:
        gigabytes = 1024**3
        return (
            f"{package.registry} {package.name}=={package.version}: not unpacked, {free / gigabytes:.1f} GB "
            f"free (at least {min_free / gigabytes:.0f} GB are kept free; delete {PACKAGES} or pass --labels "
            "a subset)"
        )
    try:
        bench_source.extract(archive(package, download_allowed), PACKAGES / package.slug)
    except (RuntimeError, OSError, ValueError, KeyError, tarfile.TarError, zipfile.BadZipFile) as exc:
        return f"{package.registry} {package.name}=={package.version}: {exc}"
    return ""


def read_lines(path: Path) -> list[str]:
    """A file's lines as the audit reads them: universal newlines, UTF-8, undecodable bytes replaced."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return handle.read().split("\n")


def line_of(root: Path, path: str, line: int, cache: dict[str, list[str]]) -> str | None:
    """Line `line` of the file, stripped, read as the audit read it (universal newlines, UTF-8, replaced)."""
    if path not in cache:
        try:
            cache[path] = read_lines(root / path)
        except OSError:
            cache[path] = []
    lines = cache[path]
    return lines[line - 1].strip() if line <= len(lines) else None


# ------------------------------------------------------------------------------------------------- the run


@dataclass
class Run:
    reported: dict[Key, set[str]] = field(default_factory=dict)  # each line reported, with its families
    drifted: set[Key] = field(default_factory=set)
    unlabelled: Counter[str] = field(default_factory=Counter)  # findings on unlabelled lines, per language
    unlabelled_lines: Counter[str] = field(default_factory=Counter)
    files_scanned: int = 0
    source_findings: int = 0
    problems: int = 0
    seconds: float = 0.0


def scan_package(run: Run, package: Package, labels: tuple[Label, ...], labelled: Set[Key]) -> None:
    """Scan one unpacked package into `run`; `labels` are its own labelled lines (their drift is read here,
    while its files are still on disk)."""
    root = package_root(package)
    started = time.perf_counter()
    # as a user who unpacked the package sees it: the tree sits inside this repository's work tree, where a
    # package's own .gitignore would apply, and outside any it does not (mtd-utils' 'mkfs.ubifs')
    inventory = scan(root, use_gitignore=False)
    run.seconds += time.perf_counter() - started
    run.files_scanned += inventory.files_scanned
    run.problems += sum(1 for outcome in inventory.outcomes if outcome.status != "ok")
    unlabelled_here: set[Key] = set()
    for finding in inventory.findings:
        if not isinstance(finding.location, SourceSpan):
            continue
        key = (package.name, finding.location.path, finding.location.line)
        run.source_findings += 1
        run.reported.setdefault(key, set()).add(finding.algorithm.family)
        if key not in labelled:
            run.unlabelled[language_of(key[1])] += 1
            unlabelled_here.add(key)
    run.unlabelled_lines.update(language_of(key[1]) for key in unlabelled_here)
    cache: dict[str, list[str]] = {}
    for label in labels:
        if line_of(root, label.path, label.line, cache) != label.text:
            run.drifted.add(label.key)


def fetch_and_scan(
    packages: tuple[Package, ...], labels: tuple[Label, ...], download_allowed: bool, keep: bool
) -> tuple[Run, list[str], set[str]]:
    """Fetch and unpack packages AHEAD at a time in threads while the packages before them are scanned, one
    at a time, in order; a package this run unpacked is deleted once scanned unless `keep` (so the whole label
    set needs the disk of its archives and a few packages, not of every package unpacked). The run, the
    failures and the names of the packages not scanned."""
    run, failures, unscanned = Run(), [], set()
    labelled = {label.key for label in labels}
    mine: dict[str, list[Label]] = {}
    for label in labels:
        mine.setdefault(label.package, []).append(label)
    unpacked_before = {p.name for p in packages if (PACKAGES / p.slug).is_dir()}
    with concurrent.futures.ThreadPoolExecutor(max_workers=FETCHERS) as pool:
        fetched = deque(pool.submit(fetch, p, download_allowed) for p in packages[:AHEAD])
        for index, package in enumerate(packages):
            if index + AHEAD < len(packages):
                fetched.append(pool.submit(fetch, packages[index + AHEAD], download_allowed))
            failure = fetched.popleft().result()
            if failure:
                failures.append(failure)
                unscanned.add(package.name)
                print(f"not scanned: {failure}", file=sys.stderr, flush=True)
            else:
                scan_package(run, package, tuple(mine.get(package.name, ())), labelled)
                print(f"  [{index + 1}/{len(packages)}] {package.name} {package.version}", flush=True)
            if not keep and package.name not in unpacked_before:  # (a half-unpacked one too)
                shutil.rmtree(PACKAGES / package.slug, ignore_errors=True)
    return run, failures, unscanned


# ----------------------------------------------------------------------------------------------- reporting


def ratio(counts: tuple[int, int]) -> str:
    part, whole = counts
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


def share(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def tables(scores: dict[str, Score], run: Run) -> list[str]:
    main = [
        "| language | labelled lines (use / borderline / not-use) | drift | found | not found | precision "
        "| recall | recall, borderline counted as uses | findings on unlabelled lines (lines) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for language, s in scores.items():
        kinds = " / ".join(str(s.count(kind)) for kind in KINDS)
        main.append(
            f"| {language} | {s.count() + s.drift + s.unscanned} ({kinds}) | {s.drift} "
            f"| {s.count(found=True)} | {s.count(found=False)} | {ratio(s.precision)} | {ratio(s.recall)} "
            f"| {ratio(s.recall_lenient)} | {run.unlabelled[language]} ({run.unlabelled_lines[language]}) |"
        )
    main.append(
        f"| {OTHER} (not audited) | - | - | - | - | - | - | - | {run.unlabelled[OTHER]} "
        f"({run.unlabelled_lines[OTHER]}) |"
    )
    since = [
        "| language | reported then, use: found now | reported then, not-use: found now "
        "| unreported then, use: found now | unreported then, borderline: found now "
        "| unreported then, not-use: found now |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for language, s in scores.items():
        cells = [
            share(s.count(kind, True, sample), s.count(kind, sample=sample))
            for sample, kind in (
                ("precision", "use"),
                ("precision", "not-use"),
                ("recall", "use"),
                ("recall", "borderline"),
                ("recall", "not-use"),
            )
        ]
        since.append(f"| {language} | " + " | ".join(cells) + " |")
    return [
        *main,
        "",
        "The same lines by how they were sampled (what changed since they were judged):",
        "",
        *since,
    ]


def by_round(labels: tuple[Label, ...], run: Run, unscanned: Set[str]) -> list[str]:
    """Precision and recall per language for each audit round's lines alone (rounds 5 to 38 judged packages
    new to qready then; rounds 3 and 4 judged the packages it had been tuned on)."""
    lines = [
        "| round | language | labelled lines | precision | recall | recall, borderline counted as uses |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for number in ROUNDS:
        mine = tuple(x for x in labels if x.round == number)
        scores = score(mine, run.reported, run.drifted, unscanned)
        for language, s in scores.items():
            if s.count():
                lines.append(
                    f"| {number} | {language} | {s.count()} | {ratio(s.precision)} | {ratio(s.recall)} "
                    f"| {ratio(s.recall_lenient)} |"
                )
    return lines


def held_out(labels: tuple[Label, ...], rounds: tuple[Pools, ...]) -> list[str]:
    """Each recorded round's own verdicts on what qready did on the commit it judged, scaled to the pools
    the samples were drawn from: precision = use / judged in the precision sample; qready's true findings
    then = reported lines x precision; its misses = unreported candidate lines x the recall sample's share of
    uses; recall = true / (true + misses). No scan: these are the held-out figures of that commit."""
    lines = [
        "| round | judged on | language | precision | recall | recall, borderline counted as uses "
        "| reported lines then | unreported candidate lines then |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for pools in rounds:
        for language, reported, unreported in pools.sizes:
            mine = [x for x in labels if x.round == pools.round and x.language == language]
            judged = Counter(x.label for x in mine if x.sample == "precision")
            drawn = Counter(x.label for x in mine if x.sample == "recall")
            sure = judged["use"] + judged["not-use"]
            precision = judged["use"] / sure if sure else None
            true = reported * (precision if precision is not None else 1.0)
            size = sum(drawn.values())
            missed = unreported * drawn["use"] / size if size else 0.0
            lenient = unreported * (drawn["use"] + drawn["borderline"]) / size if size else 0.0
            shown = f"{precision:.3f} ({judged['use']}/{sure})" if precision is not None else "-"
            recall = f"{true / (true + missed):.3f}" if true + missed else "-"
            recall_lenient = f"{true / (true + lenient):.3f}" if true + lenient else "-"
            lines.append(
                f"| {pools.round} | {pools.commit} | {language} | {shown} | {recall} | {recall_lenient} "
                f"| {reported:,} | {unreported:,} |"
            )
    return lines


def errors(labels: tuple[Label, ...], run: Run, unscanned: Set[str]) -> list[str]:
    """The labelled lines qready gets wrong now: uses it misses, not-uses it reports."""
    wrong = []
    for label in labels:
        if label.package in unscanned or label.key in run.drifted:
            continue
        found, now = label.key in run.reported, label.now(run.reported)
        if (now == "use" and not found) or (now == "not-use" and found):
            kind = "missed use" if now == "use" else "reported not-use"
            wrong.append(
                f"{label.language:6s} {kind:16s} r{label.round} {label.package} {label.path}:{label.line} "
                f"| {label.text}"
            )
    return sorted(wrong)


def versions() -> str:
    """qready's version and the commit of the checkout whose qready was measured: the one imported (a worktree
    of another commit, put first on PYTHONPATH, is that commit's), else this repository's."""
    import qready  # noqa: PLC0415

    commit = ""
    for checkout in (Path(qready.__file__).resolve().parents[2], REPO):
        commit = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if commit:
            break
    return f"qready {installed_version('qready')}" + (f" (commit {commit})" if commit else "")


def about(labels: int, packages: int) -> str:
    return (
        f"{labels} lines of {packages} pinned PyPI/npm/Debian packages judged by hand in source-audit "
        f"rounds {ROUNDS[0]} to {ROUNDS[-1]} (`benchmarks/real_code.toml`: lines qready reported then, and"
        " lines it did not report then that match a crypto-word grep). Only these lines are judged; "
        "findings on other lines are not, so they count neither way (last column). Precision = use / (use"
        " + not-use) among the labelled lines qready reports now; recall = labelled uses found / labelled"
        " uses, once more with the borderline lines counted as uses. Drift = labelled lines whose text no"
        " longer matches (not scored). These are ratios over the labelled lines, not estimates for all "
        "the code: the labelled uses mix reported and unreported lines in the samples' proportions, so "
        "compare runs of this script with each other, not with the audit's scaled estimates."
    )


def section(text: list[str], packages: int, labels: int, run: Run, failures: list[str]) -> str:
    lines = [
        BEGIN,
        "## accuracy_real: precision and recall on real packages, over lines judged by hand",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        f"- Versions: {versions()}",
        f"- Labels: {about(labels, packages)}",
        f"- Scanned: {run.files_scanned:,} files, {run.source_findings:,} source findings, {run.problems} "
        f"problems, {run.seconds:.0f} s (`qready.engine.scan`, one package at a time)",
        "- Command: `.venv/bin/python benchmarks/accuracy_real.py --results benchmarks/RESULTS.md`",
    ]
    lines += [f"- Not scanned: {failure}" for failure in failures]
    return "\n".join([*lines, "", *text, END])


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--no-download", action="store_true", help="use benchmarks/.real-tree/ only; fetch nothing"
    )
    parser.add_argument("--results", type=Path, help="also record the tables in this file (RESULTS.md)")
    parser.add_argument("--list", action="store_true", help="print the labelled lines qready gets wrong now")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the label file (default real_code.toml)")
    parser.add_argument(
        "--keep-unpacked",
        action="store_true",
        help="keep the packages this run unpacks in benchmarks/.real-tree/packages/ (default: each is "
        "deleted once scanned; packages unpacked before the run stay)",
    )
    return parser.parse_args()


def main() -> None:
    args = arguments()
    # (the label file is read once, before the scan: a round merged while a whole-set run of two hours scans
    # must not change, nor break, what that run reports)
    packages, labels = load(args.labels)
    rounds = load_pools(args.labels)
    PACKAGES.mkdir(parents=True, exist_ok=True)
    run, failures, unscanned = fetch_and_scan(packages, labels, not args.no_download, args.keep_unpacked)
    if len(unscanned) == len(packages):
        raise SystemExit("no package could be fetched or found under benchmarks/.real-tree/")
    text = tables(score(labels, run.reported, run.drifted, unscanned), run)
    text += ["", "Each round's lines alone:", "", *by_round(labels, run, unscanned)]
    if rounds:
        text += ["", "Held out: each round's verdicts on the commit it judged, scaled to its samples' pools:"]
        text += ["", *held_out(labels, rounds)]
    print("\n" + about(len(labels), len(packages)) + "\n\n" + "\n".join(text))
    if args.list:
        print("\nLabelled lines qready gets wrong now:\n" + "\n".join(errors(labels, run, unscanned)))
    if args.results is not None:
        record(section(text, len(packages), len(labels), run, failures), args.results, BEGIN, END)


if __name__ == "__main__":
    main()
