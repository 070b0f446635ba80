"""The reporter registry: every format by its name, and a module loaded only when its format is asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qready.errors import PluginError
from qready.report import BUILTIN_REPORTERS, reporter_named


def test_every_registered_format_gives_the_reporter_of_that_name() -> None:
    assert list(BUILTIN_REPORTERS) == ["table", "json", "cbom", "sarif", "markdown", "csv", "html", "plan"]
    for name in BUILTIN_REPORTERS:
        assert reporter_named(name).name == name
    with pytest.raises(PluginError, match="unknown format 'pdf'; known formats: cbom, csv, html, json"):
        reporter_named("pdf")


def test_a_json_report_loads_no_cyclonedx_library_and_no_template_engine(tmp_path: object) -> None:
    code = (
        "import sys\n"
        "from qready.cli import main\n"
        "sys.argv = ['qready', 'scan', sys.argv[1], '--format', 'json', '--out', sys.argv[2], '-q']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('cyclonedx', 'jinja2') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "examples/estate", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
