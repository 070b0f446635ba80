"""Shell scripts, Dockerfiles, Makefiles, CI pipelines and Ansible tasks: the `openssl`, `ssh-keygen`,
`keytool`, `jarsigner` and `gpg` commands they run, read by the tools' syntax
(detectors/source/commands.py, as the source rules `cmd.*` read them in program code).

`RUN openssl req -x509 -newkey rsa:2048 ...` in a Dockerfile, `ssh-keygen -t ed25519 -f "$KEY"` in a
provisioning script or `openssl genrsa -out $(KEY) 4096` in a Makefile makes a key of that algorithm and size
wherever the estate builds or deploys: each is a finding at its line, with the size or curve the command
states (a variable states nothing). A line is split into the commands it runs (`&&`, `||`, `;`, `|`, `$(...)`,
backquotes); a command is read after what only runs it (`RUN`, a YAML step's or task's `run:`, `script:`,
`command:`, `shell:` or `- `, make's `@` and `-`, `sudo`, `exec`, `env`, variable assignments). Comments, and
text about a command (`echo ...`, a YAML `description:`), are not commands.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.source.commands import command_uses, command_words, resolved, tool_at, tool_name
from qready.discovery import ScannedFile
from qready.model import Confidence, FileLocation, Finding

MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 200_000
MAX_LINE = 64 * 1024
MAX_EVIDENCE = 200
_SHELLS = frozenset({".sh", ".bash", ".zsh", ".ksh", ".dash"})
_MAKE = frozenset({".mk", ".mak"})
_NAMES = frozenset(
    {"dockerfile", "containerfile", "makefile", "gnumakefile", ".gitlab-ci.yml", "jenkinsfile"}
)
_A_SHELL_SHEBANG = re.compile(rb"#![ \t]*\S*/(?:env[ \t]+)?(?:ba|z|k|da)?sh\b")
# a tool's name, in any case (a variable naming it: make's `$(OPENSSL)`): a file, then a line, to read
_TOOLS = re.compile(rb"openssl|ssh-keygen|keytool|jarsigner|gpg", re.IGNORECASE)
_TOOLS_IN_TEXT = re.compile(_TOOLS.pattern.decode(), re.IGNORECASE)
# where one command ends and another starts: `&&`, `||`, `;`, a pipe, a command substitution `$(` (not make's
# variable `$(NAME)`), backquotes
_SEPARATOR = re.compile(r"&&|\|\||[;|`]|\$\((?![\w.-]+\))")
# what only runs the command after it: Dockerfile's RUN, a CI step's `run:`/`script:`/`- `, a shell's
# keywords, make's `@` and `-` before a recipe line, a variable assignment, `env`/`exec`/`time`
_RUNNER = re.compile(
    r"^(?:(?:RUN|-|if|elif|while|until|then|do|else|exec|command|time|env|nohup|!|[A-Za-z_]\w*=\S*)\s+"
    r"|(?:run|script|command|shell|cmd|[\w.]+\.(?:shell|command)):\s+"  # YAML: CI steps, Ansible tasks
    r"|[@+-]+)"
)
# a comment: `#` starting a line, or after white space outside quotes (`openssl ... # why`)
_COMMENT = re.compile(r"""^\s*#|\s#(?=[^"']*$)""")


class ScriptCommandDetector:
    name: ClassVar[str] = "config-scripts"
    route: ClassVar[Route] = Route(
        suffixes=_SHELLS | _MAKE | {"", ".dockerfile", ".yml", ".yaml"},
        names=_NAMES,
        prefixes=("dockerfile.", "containerfile."),
    )

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES or _TOOLS.search(file.data) is None:
            return False
        lower = file.name.lower()
        if file.suffix in _SHELLS or file.suffix in _MAKE or file.suffix == ".dockerfile" or lower in _NAMES:
            return True
        if lower.startswith(("dockerfile.", "containerfile.")) or file.suffix in (".yml", ".yaml"):
            return True  # (YAML: CI pipelines' steps, Ansible's shell and command tasks)
        return file.suffix == "" and _A_SHELL_SHEBANG.match(file.data) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        for line, starts in _logical_lines(file.text):
            if _COMMENT.match(line) or not _TOOLS_IN_TEXT.search(line):
                continue
            code = _COMMENT.split(line, maxsplit=1)[0]
            for start, end in _parts(code):
                part = code[start:end]
                offset = start + len(part) - len(part.lstrip())
                number = starts[bisect.bisect_right(starts, (offset, MAX_LINES)) - 1][1]
                detection.findings += _findings(file.rel, number, line, part, context)
        return detection


def _parts(code: str) -> Iterator[tuple[int, int]]:
    """Where each command of a line starts and ends (between `_SEPARATOR`s)."""
    at = 0
    for separator in _SEPARATOR.finditer(code):
        yield at, separator.start()
        at = separator.end()
    yield at, len(code)


def _logical_lines(text: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Each logical line (lines ending in `\\` joined) with where each of its physical lines starts in it:
    (offset, line number), so that a command continued over lines is found at the line it starts on."""
    text_lines = text.splitlines()[:MAX_LINES]
    index = 0
    while index < len(text_lines):
        joined, starts = "", []
        while index < len(text_lines):
            physical = text_lines[index][:MAX_LINE]
            starts.append((len(joined), index + 1))
            index += 1
            if not physical.rstrip().endswith("\\"):
                joined += physical
                break
            joined += physical.rstrip()[:-1] + " "
        yield joined, starts


def _findings(path: str, number: int, line: str, part: str, context: DetectContext) -> list[Finding]:
    """The findings of one command a line runs."""
    text = part.strip()
    while (runner := _RUNNER.match(text)) is not None and runner.end() < len(text):
        text = text[runner.end() :].lstrip()
    words = command_words(text)
    at = tool_at(words) if words else None
    if words is None or at is None:
        return []
    tool = tool_name(words, at)
    found: list[Finding] = []
    for use in command_uses(words):
        for one in resolved(context.catalog, use):
            provenance = []
            if one.size_stated:
                provenance.append(("parameterSetIdentifier", "literal"))
            if one.curve_stated:
                provenance.append(("curve", "literal"))
            found.append(
                Finding(
                    rule_id=f"script.{tool}",
                    algorithm=one.algorithm,
                    location=FileLocation(path, number, " ".join(words[at : at + 2])),
                    evidence=line.strip()[:MAX_EVIDENCE],
                    symbol=tool,
                    confidence=Confidence.HIGH,
                    provenance=tuple(provenance),
                    function=one.function,
                )
            )
    return found
