"""Source code: a tree-sitter detector driven by data (queries/<language>.scm + rules/<language>.toml).

A literal prefilter (hyperscan, or `re` where hyperscan has no wheel) skips files that no rule can match,
so only candidate files are parsed. The reading itself (reading.py, with the patterns it compiles) is imported
on the first source file: a scan of certificates and keys, and a scan's main process, never load it.
"""

from __future__ import annotations

from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.source.languages import BY_EXTENSION, LANGUAGES
from qready.discovery import ScannedFile


class SourceDetector:
    name: ClassVar[str] = "source"
    route: ClassVar[Route] = Route(suffixes=frozenset(BY_EXTENSION))

    def wants(self, file: ScannedFile) -> bool:
        # Source in a legacy encoding (Latin-1) is still text; NUL bytes mean it is not source at all.
        return file.suffix in BY_EXTENSION and b"\x00" not in file.data[:8192]

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        from qready.detectors.source.reading import detect_source  # noqa: PLC0415 (see the module's doc)

        return detect_source(file, context)


__all__ = ["LANGUAGES", "SourceDetector"]
