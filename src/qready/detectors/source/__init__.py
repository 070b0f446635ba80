"""Source code: a tree-sitter detector driven by data (queries/<language>.scm + rules/<language>.toml).

A literal prefilter (hyperscan, or `re` where hyperscan has no wheel) skips files that no rule can match,
so only candidate files are parsed.
"""

from __future__ import annotations

from typing import ClassVar

from qready.detectors.base import DetectContext, Detection
from qready.detectors.source.extract import QUERY_SECONDS, extract
from qready.detectors.source.languages import BY_EXTENSION, LANGUAGES, spec_for
from qready.detectors.source.match import OUT_OF_SCOPE, SIGNING_CURVES, Matcher, names_alone, site_filter
from qready.detectors.source.prefilter import Prefilter
from qready.detectors.source.rules import rules_for
from qready.detectors.source.vocabulary import Vocabulary, vocabulary
from qready.discovery import ScannedFile
from qready.discovery.context import code_context
from qready.knowledge import Catalog

MAX_PARSE_BYTES = 2 * 1024 * 1024
MAX_LINE = 20_000


_PREFILTERS: dict[tuple[str, int], tuple[Vocabulary, Prefilter]] = {}


def prefilter_for(rules: str, catalog: Catalog) -> tuple[Vocabulary, Prefilter]:
    """The vocabulary of a rules file (`c+cpp`) and its compiled prefilter, once per process and catalog."""
    key = (rules, id(catalog))
    if key not in _PREFILTERS:
        chosen = rules_for(rules)
        namespaces = {ns for rule in chosen for ns in rule.namespaces}
        spellings = tuple(
            (ns, spelling)
            for entry in catalog.entries.values()
            for ns, spelling in (("name", entry.name), *entry.spellings)
            if ns in namespaces
            and (ns != "name" or (names_alone(spelling) and entry.family not in OUT_OF_SCOPE))
        )
        if any(rule.kind == "string" for rule in chosen):  # a string may name a curve (match.py `_string`)
            spellings += tuple(
                spelling
                for curve in catalog.curves.values()
                if curve.id.startswith(SIGNING_CURVES)
                for spelling in (("name", curve.id.rsplit("/", 1)[-1]), *curve.spellings)
            )
        words = vocabulary(chosen, spellings)
        _PREFILTERS[key] = (words, Prefilter(words.words))
    return _PREFILTERS[key]


class SourceDetector:
    name: ClassVar[str] = "source"

    def wants(self, file: ScannedFile) -> bool:
        # Source in a legacy encoding (Latin-1) is still text; NUL bytes mean it is not source at all.
        return file.suffix in BY_EXTENSION and b"\x00" not in file.data[:8192]

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        spec = spec_for(file.suffix, file.data)
        detection = Detection()
        if context.languages is not None and spec.name not in context.languages:
            return detection
        words, prefilter = prefilter_for(spec.rules, context.catalog)
        plan = words.plan(prefilter.hits(file.data))
        if not plan.locators:
            return detection
        if len(file.data) > MAX_PARSE_BYTES or max(map(len, file.data.splitlines()), default=0) > MAX_LINE:
            detection.problems.append(
                f"{file.rel}: not parsed: larger than {MAX_PARSE_BYTES} bytes or a line over {MAX_LINE} "
                "characters (minified or generated)"
            )
            return detection
        # a match ends just past its last byte: that byte's line holds it
        ends = prefilter.occurrences(file.data, plan.locators)
        rules = rules_for(spec.rules)
        extraction = extract(spec, file.data, [end - 1 for end in ends], plan.follows, site_filter(rules))
        detection.findings.extend(
            Matcher(
                rules,
                context.catalog,
                file.rel,
                extraction,
                code_context(file.rel, file.data),
            ).findings()
        )
        if extraction.stopped_at is not None:
            detection.problems.append(
                f"{file.rel}: read up to line {extraction.stopped_at} only: over the {QUERY_SECONDS:.0f} s "
                "per-file time budget (findings before that line are kept)"
            )
        return detection


__all__ = ["LANGUAGES", "SourceDetector"]
