"""Split text into PEM blocks with their 1-based line numbers. Bounded and tolerant of junk."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

MAX_BLOCKS = 10_000
# PEM text inside program source is often a template or a fragment: a broken block there is not a problem.
SOURCE_SUFFIXES = frozenset(
    {
        ".py",
        ".java",
        ".kt",
        ".go",
        ".js",
        ".ts",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".rs",
        ".rb",
        ".php",
        ".cs",
        ".swift",
        ".scala",
        ".sh",
        ".pl",
        ".m",
        ".mm",
        ".lua",
        ".ex",
        ".exs",
        ".erl",
        ".dart",
        ".groovy",
    }
)
_BLOCK = re.compile(
    r"-----BEGIN (?P<label>[A-Z0-9 #]{1,64})-----(?P<body>.*?)-----END (?P=label)-----", re.DOTALL
)


@dataclass(frozen=True)
class PemBlock:
    label: str
    der: bytes | None
    line: int
    headers: tuple[tuple[str, str], ...]
    error: str | None = None


def _unescape(body: str) -> str:
    """PEM kept inside a JSON or code string: `\\n` escapes instead of line breaks."""
    if "\\n" not in body:
        return body
    return body.replace("\\r", "").replace("\\n", "\n").replace("\\/", "/")


def _decode(body: str) -> tuple[bytes | None, tuple[tuple[str, str], ...], str | None]:
    body = _unescape(body)
    headers: list[tuple[str, str]] = []
    payload: list[str] = []
    for raw in body.strip().splitlines():
        line = raw.strip()
        if ":" in line and not payload:
            key, _, value = line.partition(":")
            headers.append((key.strip(), value.strip()))
        elif line:
            payload.append(line)
    try:
        return base64.b64decode("".join(payload), validate=True), tuple(headers), None
    except (binascii.Error, ValueError) as exc:
        return None, tuple(headers), f"base64 body is corrupt ({exc})"


def pem_blocks(text: str) -> list[PemBlock]:
    """Every complete PEM block; a BEGIN with no END is reported as a block with an error."""
    blocks: list[PemBlock] = []
    consumed = 0
    for match in _BLOCK.finditer(text):
        if len(blocks) >= MAX_BLOCKS:
            break
        line = text.count("\n", 0, match.start()) + 1
        der, headers, error = _decode(match.group("body"))
        blocks.append(PemBlock(match.group("label"), der, line, headers, error))
        consumed = match.end()
    dangling = text.find("-----BEGIN ", consumed)
    if dangling != -1 and len(blocks) < MAX_BLOCKS:
        label = text[dangling + 11 : text.find("-----", dangling + 11)][:64]
        line = text.count("\n", 0, dangling) + 1
        blocks.append(
            PemBlock(label, None, line, (), "truncated PEM: BEGIN line without a matching END line")
        )
    return blocks
