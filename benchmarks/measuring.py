"""What the benchmark scripts share: timing a child process with its memory, the machine, the results file."""

from __future__ import annotations

import compileall
import importlib.util
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "RESULTS.md"
SAMPLE_SECONDS = 0.1
HEADER = "# Benchmark results\n\nWritten by the scripts in this folder from real runs; never edit by hand.\n"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float  # ru_maxrss of the child: the largest single process among it and its reaped children
    tree_mib: float | None  # sampled peak of the summed PSS (or RSS) of the child and all its descendants
    stdout: str


def _process_memory(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _descendants(root: int) -> set[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = {root}, [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


class TreeSampler(threading.Thread):
    """Samples the summed memory of a process tree every SAMPLE_SECONDS (Linux /proc; None elsewhere)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            total = sum(_process_memory(p) for p in _descendants(self.pid))
            self.peak = max(self.peak, total)
            self.done.wait(SAMPLE_SECONDS)

    def result(self) -> float | None:
        return self.peak / 2**20 if self.peak else None


def measure(command: list[str], ok: tuple[int, ...] = (0,)) -> Run:
    """Run `command`, wait for it with wait4 (its own rusage), sample its process tree meanwhile."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=REPO)
        sampler = TreeSampler(child.pid)
        if os.path.isdir("/proc"):
            sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        sampler.done.set()
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if code not in ok:
        raise SystemExit(f"{shlex.join(command)} exited {code}:\n{stderr[-4000:]}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(seconds, usage.ru_maxrss * scale / 2**20, sampler.result(), stdout)


def median(runs: list[Run]) -> Run:
    """The run with the median time (its memory figures come with it)."""
    return sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]


def warm_cache(root: Path) -> None:
    """Read every file once so all measurements start from the same (warm) page cache, and compile qready's
    modules as a wheel install has them (under PYTHONDONTWRITEBYTECODE=1 an editable install would compile
    every module again in every measured run). qready is found, not imported: this process stays small."""
    spec = importlib.util.find_spec("qready")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(Path(spec.origin).parent, quiet=1)
    for folder, _, names in os.walk(root):
        for name in names:
            with open(os.path.join(folder, name), "rb") as handle:
                while handle.read(1 << 20):
                    pass


def machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = f" ({line.split(':', 1)[1].strip()})"
                break
    except OSError:
        pass
    return (
        f"nproc {cpus}{model}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"
    )


def shown(path: str) -> str:
    """A path relative to the repository when it is inside it (no machine paths in RESULTS.md)."""
    try:
        return str(Path(os.path.abspath(path)).relative_to(REPO))
    except ValueError:
        return path


def record(text: str, path: Path, begin: str, end: str) -> None:
    """Replace the section between `begin` and `end` in `path`, or append it (creating the file if needed)."""
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        new = head + text + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")
    print(f"wrote {path}")
