"""Native JSON: the whole Assessment, versioned, through the model codec (round-trips exactly)."""

from __future__ import annotations

import json
from typing import ClassVar

from qready.model import Assessment
from qready.model.codec import dump_assessment
from qready.report.base import ReportOptions
from qready.runtime import collector_paused


class JsonReporter:
    name: ClassVar[str] = "json"
    filename: ClassVar[str] = "qready.json"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        with collector_paused():
            document = dump_assessment(assessment, options.tool_version)
        # Compact: json's C encoder only runs without `indent` (5x faster on large inventories). Keys keep
        # the codec's fixed field order and the inventory is sorted: deterministic without sort_keys.
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
