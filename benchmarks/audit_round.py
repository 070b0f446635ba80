"""Draw a new source-audit round's samples, and merge its judged lines into real_code.toml.

    git worktree add --detach /tmp/round/qready HEAD        # the commit the round judges, frozen
    .venv/bin/python benchmarks/audit_round.py brief --round 33 --dir /tmp/round/a \\
        --qready /tmp/round/qready/src --set pypi:a-m --set npm --seeds 1234,5678    # a judge's brief
    .venv/bin/python benchmarks/audit_round.py sample --round 33 --list pypi.txt \\
        --languages python,c,rust --seeds 1234,5678 --qready /tmp/round/qready/src --work /tmp/round \\
        --out pypi.draft.toml
    (judge every line: replace each label "TODO" by use, not-use or, for recall lines, borderline)
    .venv/bin/python benchmarks/audit_round.py merge pypi.toml npm.toml debian.toml

`brief` writes a judge's instructions (audit_brief.md with this round's folders, sets and seeds) to
DIR/PROMPT.md, and DIR/seen.txt: every package real_code.toml labels (`registry name`), which a new round must
not draw again. `lines --qready SRC FILE [LINE...]` prints what the judged commit reports in one file, for
checking the family of a reported line. `sample` fetches each package of the list (`REGISTRY NAME VERSION` per
line: pypi, npm, debian or debsrc) with bench_source.py's guarded download and extraction, scans it with the
qready under `--qready` (a worktree of the judged commit, so fixes made meanwhile cannot leak into the round),
and writes a draft: the package entries, the pools per language (lines reported, unreported candidate lines:
real_code.toml's `rounds` row) and the drawn lines with label "TODO". The draw follows real_code.toml's
header: per language a seeded draw of PRECISION lines qready reported (source findings, as accuracy_real.py
scores them), and of RECALL[language] lines it did not report that match the crypto-word grep, outside comment
lines and Python docstrings, in files of at most 20,000 lines with no line over 5,000 characters among their
first 50. `merge` adds the judged files' packages and labels to real_code.toml in its order (a later verdict
replaces an earlier one on the same line) and copies their fetched archives (WORK/archives/, beside each
judged file) into benchmarks/.real-tree/archives/ for accuracy_real.py; the `rounds` row, the header's round
note and the counts in the README are written by hand. No package code is imported, run or built.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import string
import sys
import tokenize
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "real_code.toml"
BRIEF = HERE / "audit_brief.md"
SET_LANGUAGES = {"pypi": "python,c,rust", "npm": "js,java", "debian": "go,rust", "debsrc": "c,java"}
SEEN_TOO = (
    "pypi oracledb",
    "pypi nats-jwt",
)  # left out for npm packages of the same name (labels keyed by name)
PRECISION = 40
RECALL = {
    "python": 60,
    "js": 60,
    "java": 50,
    "c": 50,
    "rust": 40,
    "go": 50,
    "cpp": 50,
    "csharp": 40,
    "php": 40,
    "ruby": 40,
}
_GREP = (
    r"(rsa|ecdsa|ecdh|ed25519|ed448|x25519|x448|\bdsa|\bdh\b|diffie|secp\d|prime256|p-256|p-384|p-521|brainpool|"
    r"\b[rpe]s(256|384|512)\b|eddsa|ssh-|1\.2\.840|OIDX|\baes|\bdes\b|3des|des[-_]?ede|triple|rc4|arc4|rc2|"
    r"blowfish|\bmd5|\bmd4|sha-?1\b|generatekeypair|keypairgenerator|createsign|createverify|generatekey|ml-?kem|"
    r"ml-?dsa|kyber|dilithium|slh-?dsa|sphincs|curve25519|elgamal|pkcs1|oaep|\bpss\b)"
)
GREP = {
    "python": re.compile(_GREP.replace("OIDX", "oid"), re.IGNORECASE),
    "other": re.compile(_GREP.replace("OIDX", r"\boids?\b"), re.IGNORECASE),
}
_COMMENT = re.compile(r"^\s*(#|//|\*|/\*)")
MAX_LINES = 20_000
MAX_HEAD_LINE = 5_000


def docstring_lines(text: str) -> set[int]:
    """The lines of Python docstrings: a triple-quoted string standing alone as a statement."""
    found: set[int] = set()
    previous: int | None = None
    alone = (None, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.NL)
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            quoted = token.string.lstrip("rbuRBU").startswith(('"""', "'''"))
            if token.type == tokenize.STRING and quoted and previous in alone:
                found.update(range(token.start[0], token.end[0] + 1))
            if token.type != tokenize.COMMENT:
                previous = token.type
    except (tokenize.TokenError, SyntaxError):
        pass  # (what was read so far stands)
    return found


def candidates(lines: list[str], language: str) -> list[int]:
    """The 1-based lines of one file that match the grep, outside comment lines and docstrings; none for a
    file too long or minified."""
    if len(lines) > MAX_LINES or any(len(line) > MAX_HEAD_LINE for line in lines[:50]):
        return []
    grep = GREP["python" if language == "python" else "other"]
    skip = docstring_lines("\n".join(lines)) if language == "python" else set()
    return [
        number
        for number, line in enumerate(lines, 1)
        if number not in skip and not _COMMENT.match(line) and grep.search(line)
    ]


def draw(pool: list[tuple[str, str, int]], seed: int, size: int) -> list[tuple[str, str, int]]:
    """A seeded draw of `size` lines (all of them when the pool is smaller), sorted."""
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))))


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in escaped) + '"'


def sample(args: argparse.Namespace) -> None:
    # the judged commit's qready, before any other: imported only now, once it is first on the path
    sys.path.insert(0, str(Path(args.qready).resolve()))
    import bench_source  # noqa: PLC0415
    from accuracy_real import language_of, read_lines, top_folder  # noqa: PLC0415

    from qready.engine import scan  # noqa: PLC0415
    from qready.model import SourceSpan  # noqa: PLC0415

    listed = Path(args.list).read_text(encoding="utf-8").splitlines()
    taken = labelled_names(listed, LABELS.read_text(encoding="utf-8"))
    if taken:  # labels are keyed by a package's name alone: a second package of that name would share them
        raise SystemExit(f"{args.list}: already labelled (under any registry): {', '.join(taken)}")
    languages = set(args.languages.split(","))
    seed_p, seed_r = (int(s) for s in args.seeds.split(","))
    work = Path(args.work)
    reported: dict[str, list[tuple[str, str, int]]] = {lang: [] for lang in languages}
    unreported: dict[str, list[tuple[str, str, int]]] = {lang: [] for lang in languages}
    roots: dict[str, Path] = {}
    entries: list[str] = []
    for raw in listed:
        if not raw.strip() or raw.startswith("#"):
            continue
        registry, name, version = raw.split()
        archive = bench_source.download(registry, name, version, work / "archives")
        dest = work / "packages" / bench_source.slug(name, version)
        bench_source.extract(archive, dest)
        root = roots[name] = top_folder(registry, dest)
        digest = bench_source.sha256(archive)
        entries.append(
            f'  {{ registry = "{registry}", name = "{name}", version = "{version}", '
            f'archive = "{archive.name}", sha256 = "{digest}" }},'
        )
        found = {  # source findings, as accuracy_real.py scores them (not a key a file holds)
            (f.location.path, f.location.line)
            for f in scan(root).findings
            if isinstance(f.location, SourceSpan) and language_of(f.location.path) in languages
        }
        for rel, line in sorted(found):
            reported[language_of(rel)].append((name, rel, line))
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            rel = path.relative_to(root).as_posix()
            if language_of(rel) in languages:
                hits = candidates(read_lines(path), language_of(rel))
                unreported[language_of(rel)] += [(name, rel, n) for n in hits if (rel, n) not in found]
        print(f"{name}: {len(found)} reported lines", file=sys.stderr)
    labels: list[str] = []
    pools = [f"{lang} = [{len(reported[lang])}, {len(unreported[lang])}]" for lang in sorted(languages)]
    for lang in sorted(languages):
        for kind, pool, seed, size in (
            ("precision", reported[lang], seed_p, PRECISION),
            ("recall", unreported[lang], seed_r, RECALL[lang]),
        ):
            for name, rel, line in draw(pool, seed, size):
                text = read_lines(roots[name] / rel)[line - 1].strip()
                labels.append(
                    f'  {{ package = "{name}", path = "{rel}", line = {line}, language = "{lang}", '
                    f'label = "TODO", round = {args.round}, sample = "{kind}", '
                    f"text = {_toml_string(text)} }},"
                )
    out = Path(args.out)
    out.write_text(
        "# packages\n"
        + "\n".join(entries)
        + "\n# pools\n# "
        + ", ".join(pools)
        + "\n# labels\n"
        + "\n".join(labels)
        + "\n",
        encoding="utf-8",
    )
    print(f"pools: {', '.join(pools)}; {len(labels)} lines to judge in {out}", file=sys.stderr)


def seen(text: str) -> list[str]:
    """`registry name` of every package the labels' file lists, then the ones a round must skip as well."""
    found = re.findall(r'^  \{ registry = "([^"]+)", name = "([^"]+)"', text, flags=re.MULTILINE)
    return [f"{registry} {name}" for registry, name in found] + list(SEEN_TOO)


def labelled_names(listed: list[str], text: str) -> list[str]:
    """The names of a round's list (`REGISTRY NAME VERSION` lines) that the labels' file already has, under
    any registry, in any case."""
    known = {entry.split(" ", 1)[1].lower() for entry in seen(text)}
    names = [raw.split()[1] for raw in listed if raw.strip() and not raw.startswith("#")]
    return [name for name in names if name.lower() in known]


def set_text(spec: str, folder: Path, seeds: str) -> str:
    """One set of a brief from `REGISTRY[:A-M][@LANGS]`: 12 packages of that registry (names in that letter
    range), judged in the registry's languages or in LANGS (e.g. `debsrc@php,ruby`)."""
    head, _, wanted = spec.partition("@")
    registry, _, letters = head.partition(":")
    if registry not in SET_LANGUAGES:
        raise ValueError(f"--set {spec}: registry must be one of {', '.join(SET_LANGUAGES)}")
    languages = wanted or SET_LANGUAGES[registry]
    unknown = sorted(set(languages.split(",")) - set(RECALL))
    if unknown:
        raise ValueError(f"--set {spec}: no audit language {', '.join(unknown)} (one of {', '.join(RECALL)})")
    work = folder / (registry + (f"-{'-'.join(languages.split(','))}" if wanted else ""))
    names = f" whose names start with {letters[0]} to {letters[-1]}" if letters else ""
    return (
        f"- 12 {registry} packages{names}: LIST `{work}.txt`, LANGS `{languages}`, SEEDS "
        f"`{seeds}`, WORK `{work}` (judged file: `{work}/judged.toml`)."
    )


def brief(args: argparse.Namespace) -> None:
    folder = Path(args.dir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "seen.txt").write_text(
        "\n".join(seen(LABELS.read_text(encoding="utf-8"))) + "\n", encoding="utf-8"
    )
    text = string.Template(BRIEF.read_text(encoding="utf-8")).substitute(
        round=args.round,
        dir=folder,
        repo=HERE.parent,
        labels=LABELS,
        qready=Path(args.qready).resolve(),
        seeds=args.seeds,
        sets="\n".join(set_text(spec, folder, args.seeds) for spec in args.set),
        seen=folder / "seen.txt",
        packages=args.packages,
        python=Path(sys.executable),
    )
    (folder / "PROMPT.md").write_text(text, encoding="utf-8")
    print(f"wrote {folder / 'PROMPT.md'} and {folder / 'seen.txt'}", file=sys.stderr)


def lines(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path(args.qready).resolve()))
    from qready.engine import scan  # noqa: PLC0415
    from qready.model import SourceSpan  # noqa: PLC0415

    wanted = set(args.line)
    found = [
        f for f in scan(Path(args.file).resolve(), workers=1).findings if isinstance(f.location, SourceSpan)
    ]
    for finding in sorted(found, key=lambda f: (f.location.line, f.algorithm.name)):
        if not wanted or finding.location.line in wanted:
            algorithm = finding.algorithm
            print(f"{finding.location.line}: {algorithm.family} ({algorithm.name}) {finding.function or '-'}")


def _entry(line: str) -> dict[str, object]:
    parsed: dict[str, object] = tomllib.loads("x = " + line.strip().rstrip(","))["x"]
    return parsed


def merged(text: str, fragments: list[str]) -> str:
    """real_code.toml's text with the fragments' package entries and labels added, each list in its order:
    packages by (registry, name in any case, version), labels by (package in any case, path, line); a later
    verdict on a line replaces an earlier one. A label still "TODO" is refused."""
    lines = text.split("\n")
    pk_start = lines.index("packages = [")
    pk_end = lines.index("]", pk_start)
    lb_start = lines.index("labels = [")
    lb_end = lines.index("]", lb_start)
    packages = lines[pk_start + 1 : pk_end]
    labels = lines[lb_start + 1 : lb_end]
    for fragment in fragments:
        for line in fragment.split("\n"):
            if line.startswith("  { registry"):
                packages.append(line)
            elif line.startswith("  { package"):
                if _entry(line)["label"] == "TODO":
                    raise ValueError(f"not judged: {line.strip()}")
                labels.append(line)

    def package_key(line: str) -> tuple[str, str, str]:
        entry = _entry(line)
        return str(entry["registry"]), str(entry["name"]).lower(), str(entry["version"])

    def label_key(line: str) -> tuple[str, str, int]:
        entry = _entry(line)
        line_number = entry["line"]
        assert isinstance(line_number, int)
        return str(entry["package"]).lower(), str(entry["path"]), line_number

    kept_packages = sorted({package_key(line): line for line in packages}.values(), key=package_key)
    kept_labels = sorted({label_key(line): line for line in labels}.values(), key=label_key)
    return "\n".join(
        lines[: pk_start + 1] + kept_packages + lines[pk_end : lb_start + 1] + kept_labels + lines[lb_end:]
    )


def keep_archives(fragment: Path, archives: Path) -> list[str]:
    """Copy the fetched archives of a judged fragment's packages (its WORK/archives/<slug>, as `sample` left
    them beside it) into `archives`, accuracy_real.py's folder, so that it scans them offline; the slugs
    copied. Only a folder holding the audited archive itself (its file name and SHA-256) is copied: a slug
    is a name and a version, and a judge's scratch draws can leave another registry's package of the same
    name and version there (npm's bankofai-agent-wallet 2.4.0 under PyPI's: the whole-set run refused it)."""
    import bench_source  # noqa: PLC0415

    copied: list[str] = []
    for line in fragment.read_text(encoding="utf-8").split("\n"):
        if line.startswith("  { registry"):
            entry = _entry(line)
            slug = bench_source.slug(str(entry["name"]), str(entry["version"]))
            source, target = fragment.parent / "archives" / slug, archives / slug
            audited = source / str(entry["archive"])
            if audited.is_file() and bench_source.sha256(audited) == entry["sha256"] and not target.exists():
                shutil.copytree(source, target)
                copied.append(slug)
    return copied


def merge(args: argparse.Namespace) -> None:
    fragments = [Path(name).read_text(encoding="utf-8") for name in args.fragments]
    LABELS.write_text(merged(LABELS.read_text(encoding="utf-8"), fragments), encoding="utf-8")
    data = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    print(f"{len(data['packages'])} packages, {len(data['labels'])} labels", file=sys.stderr)
    archives = HERE / ".real-tree" / "archives"
    archives.mkdir(parents=True, exist_ok=True)
    copied = [slug for name in args.fragments for slug in keep_archives(Path(name), archives)]
    print(f"{len(copied)} archives copied into {archives}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    draw_it = commands.add_parser("sample", help="fetch, scan and draw a round's lines to judge")
    draw_it.add_argument("--round", type=int, required=True)
    draw_it.add_argument("--list", required=True, help="one `REGISTRY NAME VERSION` per line")
    draw_it.add_argument("--languages", required=True, help="audit languages: python,c,rust / js,java / go")
    draw_it.add_argument("--seeds", required=True, help="precision,recall")
    draw_it.add_argument("--qready", required=True, help="the src/ folder of the judged commit's worktree")
    draw_it.add_argument("--work", required=True, help="where archives and packages go")
    draw_it.add_argument("--out", required=True)
    join = commands.add_parser("merge", help="add judged fragments to real_code.toml")
    join.add_argument("fragments", nargs="+")
    instruct = commands.add_parser("brief", help="write a judge's brief and the packages already seen")
    instruct.add_argument("--round", type=int, required=True)
    instruct.add_argument("--dir", required=True, help="the judge's folder (gets PROMPT.md and seen.txt)")
    instruct.add_argument("--qready", required=True, help="the src/ folder of the judged commit's worktree")
    instruct.add_argument(
        "--set",
        action="append",
        required=True,
        help="REGISTRY[:A-M][@LANGS], e.g. pypi:a-m, npm, debsrc@php,ruby",
    )
    instruct.add_argument("--seeds", required=True, help="precision,recall")
    instruct.add_argument(
        "--packages",
        default=os.environ.get("QREADY_PACKAGE_LISTS", "/work/.library/env/packages"),
        help="folder of the registries' package lists (pypi.tsv, npm.tsv)",
    )
    show = commands.add_parser("lines", help="what the judged commit reports in one file")
    show.add_argument("--qready", required=True, help="the src/ folder of the judged commit's worktree")
    show.add_argument("file")
    show.add_argument("line", nargs="*", type=int)
    args = parser.parse_args()
    {"sample": sample, "merge": merge, "brief": brief, "lines": lines}[args.command](args)


if __name__ == "__main__":
    main()
