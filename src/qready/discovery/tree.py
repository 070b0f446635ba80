"""Other files of the scanned tree, as a configuration file names them (`Include`, `ssl_certificate`).

A reference is resolved inside the target the file was found under and nowhere else: relative to the
file's directory, or, for an absolute path written for the machine the file came from
(`/etc/ssh/sshd_config.d/*.conf`), to the longest tail of that path that exists under the file's directory
or its ancestors up to the target root. Links are resolved and anything that lands outside the target
is refused, never read.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass

from qready.discovery.files import ScannedFile, display_path

MAX_MATCHES = 256
MAX_INCLUDE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Resolved:
    """A file a reference names: its report path and its real path on disk."""

    rel: str
    path: str


class OutsideTree(Exception):
    """The reference names something outside the scanned target."""


class TreeView:
    def __init__(self, file: ScannedFile) -> None:
        self.root = file.root
        self.path = file.path
        inside = os.path.relpath(file.path, file.root) if file.root and file.path else ""
        prefix = file.rel[: -len(inside)] if inside and file.rel.endswith(inside) else ""
        self._prefix = prefix  # the label a multi-target scan puts before paths ("estate/")

    def _inside(self, real: str) -> bool:
        return bool(self.root) and (real == self.root or real.startswith(self.root.rstrip(os.sep) + os.sep))

    def _candidates(self, reference: str) -> list[str]:
        here = os.path.dirname(self.path)
        if not os.path.isabs(reference):
            return [os.path.join(here, reference)]
        parts = [p for p in reference.split("/") if p]
        bases: list[str] = []
        current = here
        while self._inside(current):
            bases.append(current)
            if current == self.root:
                break
            current = os.path.dirname(current)
        # a glob keeps its directory: `/etc/ssh/sshd_config.d/*.conf` never becomes a bare `*.conf`
        last = len(parts) - (2 if parts and glob.has_magic(parts[-1]) and len(parts) > 1 else 1)
        return [os.path.join(base, *parts[k:]) for k in range(last + 1) for base in bases]

    def resolve(self, reference: str) -> list[Resolved]:
        """The files of the tree a reference (a path or a glob) names, sorted; [] when none exists.
        Raises OutsideTree when it names only something outside the target."""
        if not self.root or not self.path:
            return []
        outside = False
        for candidate in self._candidates(reference):
            matches = sorted(glob.glob(candidate))[:MAX_MATCHES] if glob.has_magic(candidate) else [candidate]
            found: list[Resolved] = []
            for match in matches:
                real = os.path.realpath(match)
                if not self._inside(real):
                    outside = True
                    continue
                if os.path.isfile(real):
                    rel = display_path(self._prefix + os.path.relpath(real, self.root).replace(os.sep, "/"))
                    found.append(Resolved(rel, real))
            if found:
                return found
        if outside:
            raise OutsideTree(f"{reference}: outside the scanned tree, not read")
        return []

    def read(self, resolved: Resolved) -> bytes:
        with open(resolved.path, "rb") as handle:
            data = handle.read(MAX_INCLUDE_BYTES + 1)
        if len(data) > MAX_INCLUDE_BYTES:
            raise OSError(f"{resolved.rel}: larger than {MAX_INCLUDE_BYTES} bytes, not read")
        return data
