"""A file as detectors see it: its display path, its bytes (read once) and a binary sniff."""

from __future__ import annotations

from dataclasses import dataclass, field

from qready.runtime import cached_property

_SNIFF = 8192


def display_path(raw: str) -> str:
    """A printable, UTF-8 safe form of a path that may hold undecodable bytes (shown as U+FFFD)."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass(frozen=True)
class FileTask:
    """One file to scan: where it is on disk and the path shown in reports (relative, `/`-separated)."""

    path: str
    rel: str
    size: int
    root: str = ""  # the real path of the target this file was found under ("" for a lone file)


@dataclass
class ScannedFile:
    rel: str
    data: bytes
    _text: str | None = field(default=None, repr=False)
    path: str = ""  # where it is on disk, and the target it was found under: for `TreeView` (includes)
    root: str = ""

    @cached_property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]

    @cached_property
    def suffix(self) -> str:
        """The lower-case extension with its dot (`.pem`), or ''."""
        name = self.name.lower()
        return name[name.rfind(".") :] if "." in name.lstrip(".") else ""

    @cached_property
    def is_binary(self) -> bool:
        head = self.data[:_SNIFF]
        if b"\0" in head:
            return True
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            return exc.start < len(head) - 4
        return False

    @property
    def text(self) -> str:
        """The content as text (UTF-8, undecodable bytes replaced), decoded once."""
        if self._text is None:
            self._text = self.data.decode("utf-8", "replace")
        return self._text
