"""The walk of a monorepo that holds one `.gitignore` per package, against ripgrep listing the same files.

    .venv/bin/python benchmarks/bench_walk.py                      # 500 packages, recorded in RESULTS.md
    .venv/bin/python benchmarks/bench_walk.py --packages 50 --no-results

Builds benchmarks/.monorepo/ (git-ignored): a `.git` folder and a root `.gitignore`, then per package a
`.gitignore` of ten usual lines, 20 source files, and build output and a `node_modules/` that those lines
ignore. Measures, alternating, each in its own child process: qready's walk
(`qready.discovery.walk_targets`, which honours every `.gitignore` as `qready scan` does) and
`rg --files --hidden -g '!.git'` (ripgrep lists the files it would search, honouring the same `.gitignore`
files). Both must list the same files. The walk is what `qready scan` does before it reads a file; it runs in
the main process while the workers read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

from measuring import RESULTS, Run, machine, measure, median, record, warm_cache

HERE = Path(__file__).resolve().parent
TREE = HERE / ".monorepo"
BEGIN = "<!-- bench_walk:begin (written by benchmarks/bench_walk.py from a real run; do not edit) -->"
END = "<!-- bench_walk:end -->"
IGNORES = "node_modules/\ndist/\n*.log\ncoverage/\n.env\n*.tsbuildinfo\nbuild/\n.cache/\ntmp/\n*.tgz\n"
SOURCES = 20
WALK = """
import json, sys, time
from pathlib import Path
from qready.discovery import FileTask, WalkOptions, walk_targets
start = time.perf_counter()
found = [t.rel for t in walk_targets([Path(sys.argv[1])], WalkOptions()) if isinstance(t, FileTask)]
print(json.dumps({"seconds": time.perf_counter() - start, "files": sorted(found)}))
"""


def build(packages: int) -> None:
    """The monorepo, unless one of that size is there already."""
    stamp = TREE / "stamp"
    if stamp.exists() and stamp.read_text() == str(packages):
        return
    shutil.rmtree(TREE, ignore_errors=True)
    (TREE / ".git").mkdir(parents=True)
    (TREE / ".gitignore").write_text("*.log\n/out/\n")
    for number in range(packages):
        package = TREE / "packages" / f"pkg{number:04d}"
        for folder in ("src", "dist", "node_modules/dep", "coverage"):
            (package / folder).mkdir(parents=True)
        (package / ".gitignore").write_text(IGNORES)
        for index in range(SOURCES):
            (package / "src" / f"module{index:02d}.ts").write_text(f"export const value{index} = {index};\n")
        for ignored in ("dist/index.js", "node_modules/dep/index.js", "coverage/lcov.info", "debug.log"):
            (package / ignored).write_text("ignored\n")
    stamp.write_text(str(packages))


def listed(run: Run, rg: bool) -> list[str]:
    if not rg:
        found: list[str] = json.loads(run.stdout)["files"]
        return found
    prefix = str(TREE) + "/"
    return sorted(line.removeprefix(prefix) for line in run.stdout.splitlines() if line)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--packages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--no-results", action="store_true")
    args = parser.parse_args()
    rg = shutil.which("rg")
    if rg is None:
        raise SystemExit("bench_walk: ripgrep (rg) is not installed (Debian: apt-get install ripgrep)")
    build(args.packages)
    warm_cache(TREE)
    commands = {
        "qready": [sys.executable, "-c", WALK, str(TREE)],
        "rg": [rg, "--files", "--hidden", "-g", "!.git", str(TREE)],
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            runs[name].append(measure(command))
    qready, reference = median(runs["qready"]), median(runs["rg"])
    files, expected = listed(qready, False), listed(reference, True)
    if files != expected:
        extra, missing = sorted(set(files) - set(expected)), sorted(set(expected) - set(files))
        raise SystemExit(f"bench_walk: qready and rg list different files: {extra[:5]} / {missing[:5]}")
    version = subprocess.run([rg, "--version"], capture_output=True, text=True, check=True).stdout.split(
        "\n"
    )[0]
    text = "\n".join(
        [
            BEGIN,
            "## bench_walk: qready's walk of a monorepo with one .gitignore per package vs ripgrep",
            "",
            f"- Date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M')} UTC",
            f"- Machine: {machine()}",
            f"- Versions: {version}",
            f"- Tree: {args.packages} packages, {args.packages + 1} `.gitignore` files, "
            f"{len(files):,} files listed by both (build output and `node_modules/` ignored)",
            f"- Command: `.venv/bin/python benchmarks/bench_walk.py --packages {args.packages} "
            f"--repeat {args.repeat}`",
            "",
            "| tree | qready s (walk alone) | rg --files s | ratio qready/rg |",
            "|---|---:|---:|---:|",
            f"| monorepo | {qready.seconds:.2f} ({json.loads(qready.stdout)['seconds']:.2f}) | "
            f"{reference.seconds:.2f} | {qready.seconds / reference.seconds:.1f} |",
            "",
            f"Median of {args.repeat} alternating runs each, in a child process (interpreter start and "
            "imports included for qready; the walk alone is timed inside it); all runs (s): qready "
            + ", ".join(f"{r.seconds:.2f}" for r in runs["qready"])
            + "; rg "
            + ", ".join(f"{r.seconds:.2f}" for r in runs["rg"])
            + ".",
            "",
            END,
        ]
    )
    print(text)
    if not args.no_results:
        record(text, args.results, BEGIN, END)


if __name__ == "__main__":
    main()
