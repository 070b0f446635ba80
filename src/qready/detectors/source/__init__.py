"""Source code: a tree-sitter detector driven by data (queries/<language>.scm + rules/<language>.toml).

A literal prefilter (hyperscan, or `re` where hyperscan has no wheel) skips files that no rule can match,
so only candidate files are parsed.
"""

from __future__ import annotations

from typing import ClassVar

from qready.detectors.base import DetectContext, Detection
from qready.detectors.source.extract import extract
from qready.detectors.source.languages import BY_EXTENSION, LANGUAGES
from qready.detectors.source.match import Matcher
from qready.detectors.source.prefilter import Prefilter
from qready.detectors.source.rules import literals, rules_for
from qready.discovery import ScannedFile
from qready.knowledge import Catalog

MAX_PARSE_BYTES = 2 * 1024 * 1024
MAX_LINE = 20_000


_PREFILTERS: dict[tuple[str, int], Prefilter] = {}


def _prefilter(language: str, catalog: Catalog) -> Prefilter:
    """Compiled once per language and catalog, per process."""
    key = (language, id(catalog))
    if key not in _PREFILTERS:
        _PREFILTERS[key] = _build_prefilter(language, catalog)
    return _PREFILTERS[key]


def _build_prefilter(language: str, catalog: Catalog) -> Prefilter:
    rules = rules_for(language)
    namespaces = {ns for rule in rules for ns in rule.namespaces}
    spellings = tuple(
        spelling for entry in catalog.entries.values() for ns, spelling in entry.spellings if ns in namespaces
    )
    return Prefilter(literals(rules, spellings))


class SourceDetector:
    name: ClassVar[str] = "source"

    def wants(self, file: ScannedFile) -> bool:
        # Source in a legacy encoding (Latin-1) is still text; NUL bytes mean it is not source at all.
        return file.suffix in BY_EXTENSION and b"\x00" not in file.data[:8192]

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        spec = BY_EXTENSION[file.suffix]
        detection = Detection()
        if not _prefilter(spec.rules, context.catalog).any_hit(file.data):
            return detection
        if len(file.data) > MAX_PARSE_BYTES or any(len(line) > MAX_LINE for line in file.data.splitlines()):
            detection.problems.append(
                f"{file.rel}: not parsed: larger than {MAX_PARSE_BYTES} bytes or a line over {MAX_LINE} "
                "characters (minified or generated)"
            )
            return detection
        extraction = extract(spec, file.data)
        detection.findings.extend(
            Matcher(rules_for(spec.rules), context.catalog, file.rel, extraction).findings()
        )
        return detection


__all__ = ["LANGUAGES", "SourceDetector"]
