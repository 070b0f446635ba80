"""`qready estimate` as a user runs it: the frontier with sources, JSON, profiles and one-line errors."""

from __future__ import annotations

import itertools
import json

import pytest

from qready.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(["estimate", *args])
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def table(output: str, title: str) -> list[list[str]]:
    """The cells of the table titled `title`, cut at the header's column positions."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == title)
    header = next(line for line in lines[start:] if line.strip().startswith("#"))
    names = header.split()
    edges = [header.index("#") + 1]
    for name in names[2:]:
        edges.append(header.index(f" {name} ", edges[-1]) + 1 if name != names[-1] else header.rindex(name))
    body = lines[lines.index(header) + 2 :]
    rows = []
    for line in body[: next(i for i, line in enumerate(body) if not line.strip())]:
        bounds = [0, *edges, len(line)]
        rows.append([line[a:b].strip() for a, b in itertools.pairwise(bounds)])
    return rows


def test_rsa_2048_on_the_default_profile(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rsa-2048")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "qready estimate rsa-2048 on profile sc_2019: Superconducting 2019 baseline: "
        "planar nearest-neighbour grid, p = 1e-3, 1 us cycle, 10 us reaction"
    )
    assert table(out, "Published estimates for rsa-2048") == [
        ["1", "Beauregard 2002 (formula)", "P", "", "", "4.1 k", "6.0e14 Tof+T/2", "", "", ""],
        ["2", "Gidney, Ekerå 2019 (formula)", "P", "", "", "6.2 k", "2.6e9", "", "", ""],
        ["3", "Gidney, Ekerå 2019", "P", "", "", "", "2.7e9 Tof+T/2", "", "", ""],
        ["4", "Gidney, Ekerå 2019", "P", "sc_2019", "20 M", "", "", "5.1 h", "0.31 day", "27"],
        ["5", "Chevignard et al. 2024", "S", "", "", "1.7 k", "", "", "", ""],
        ["6", "Gidney 2025", "P-abs", "sc_2019", "<1.0 M", "", "", "", "<1 week", ""],
        ["7", "Gidney 2025", "S", "sc_2019", "900 k", "", "", "", "", "25"],
        ["8", "Gidney 2025 v1", "P", "", "", "1.4 k", "6.5e9", "", "", ""],
        ["9", "Gidney 2025 v2", "P", "", "", "1.4 k", "6.5e9", "", "", ""],
        ["10", "Webster et al. 2026 (Pinnacle), press...", "S", "sc_2019", "98 k", "", "", "", "1 month", ""],
        ["11*", "Webster et al. (Iceberg Quantum) 2026", "P-abs", "sc_2019", "<100 k", "", "", "", "", ""],
        ["12", "Cain et al. 2026, press reports", "S", "atoms_2026", "26 k", "", "", "", "7 month", ""],
        ["13", "Cain et al. (Caltech / Oratomic) 2026", "P-abs", "atoms_2026", "26 k", "", "", "", "", ""],
        ["14", "Mundada et al. (Q-CTRL) 2026", "S", "qctrl_2026", "440 k", "", "", "", "4.9 day", ""],
        ["15", "Mundada et al. (Q-CTRL) 2026", "S", "qctrl_2026", "190 k", "", "", "", "<10 day", ""],
        ["16", "Mundada et al. (Q-CTRL) 2026", "S", "qctrl_2026", "380 k", "", "", "", "9.2 day", ""],
    ]
    assert table(out, "qready model on sc_2019") == [
        [
            "17",
            "Gidney-Ekerå 2019 (Ekerå-Håstad, s = 1, one run)",
            "primary",
            "sc_2019",
            "19 M",
            "6.2 k",
            "2.7e9",
            "5.1 h",
            "7.3 h",
            "27",
        ],
        [
            "18*",
            "Gidney 2025 (RSA, expected over all shots)",
            "primary",
            "sc_2019",
            "900 k",
            "1.4 k",
            "7.1e8",
            "11 h",
            "5.4 days",
            "25",
        ],
    ]
    assert "* cheapest published estimate under sc_2019's physical assumptions" in out
    assert "[4] Gidney, Ekerå 2019: Table 3 (Ekerå-Håstad, s = 1, one run); expected time from Table 2" in out
    assert "    - 1280 x 430 (cold yoked storage) + 131 x 1352 (hot patches (d = 25)) + 126 x 1352" in out
    assert (
        "ge2019: Gidney, Ekerå: How to factor 2048 bit RSA integers in 8 hours using 20 million noisy qubits"
        in out
    )


def test_json_carries_full_precision_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rsa-2048", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert (document["target"], document["cheapest"], document["model_figure"]) == (
        "rsa-2048",
        "pinnacle2026-rsa-2048",
        "gidney2025-rsa",
    )
    rows = {(row["kind"], row["id"]): row for row in document["rows"]}
    ge = rows[("model", "ge2019-rsa")]
    assert (ge["code_distance"], ge["physical_qubits"], ge["sources"]) == (
        27,
        19_248_768,
        ["ge2019", "ge2019-code", "qready-calibration"],
    )
    assert rows[("published", "ge2019-t3-rsa-2048")]["expected_text"] == "0.31 day"
    assert document["profile"]["sources"] == {
        "physical_error": "ge2019",
        "cycle_time_us": "ge2019",
        "reaction_time_us": "ge2019",
        "prefactor": "ge2019-code",
        "threshold": "ge2019-code",
        "error_budget": "qready-calibration",
        "patch": "ge2019-code",
    }
    assert document["sources"]["pinnacle2026"]["url"] == "https://arxiv.org/abs/2602.11457"


def test_custom_hardware_from_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "rsa-2048",
        "--error-rate",
        "1e-4",
        "--cycle-time",
        "1us",
        "--reaction-time",
        "0.01ms",
        "--format",
        "json",
    )
    assert code == 0
    document = json.loads(out)
    profile = document["profile"]
    assert (
        profile["name"],
        profile["physical_error"],
        profile["cycle_time_us"],
        profile["reaction_time_us"],
    ) == (
        "custom",
        1e-4,
        1.0,
        10.0,
    )
    assert profile["sources"]["physical_error"] == "command-line"
    assert profile["sources"]["reaction_time_us"] == "command-line"
    model = {row["id"]: row for row in document["rows"] if row["kind"] == "model"}
    assert model["ge2019-rsa"]["code_distance"] == 13
    assert document["cheapest"] is None


def test_profile_preset_and_time_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ecc-256", "--profile", "ms_qubit_gate_ns_e3", "--cycle-time", "400ns")
    assert code == 0
    assert out.splitlines()[0].startswith(
        "qready estimate ecc-256 on profile custom: Custom: p = 0.001, cycle 0.4 us"
    )
    assert "outside calibrated range: no published physical estimate for this recipe" in out


def test_aes_shows_depth_limited_grover_costs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "aes-128")
    assert code == 0
    assert table(out, "qready model on sc_2019") == [
        ["4*", "Grover key search, MAXDEPTH 2^40 (2^69.4 machines)", "primary", "2^40", "2^117.1"],
        ["5", "Grover key search, MAXDEPTH 2^64 (2^21.4 machines)", "primary", "2^64", "2^93.1"],
        ["6", "Grover key search, MAXDEPTH 2^96 (serial)", "primary", "2^96", "2^82.4"],
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rsa-12",), "qready: error: TARGET: unknown target 'rsa-12': rsa sizes run from 512 to 32768"),
        (("blowfish-128",), "qready: error: TARGET: unknown target 'blowfish-128'; expected rsa-N"),
        (
            ("rsa-2048", "--profile", "nope"),
            "qready: error: --profile: unknown profile 'nope'; known: sc_2019",
        ),
        (("rsa-2048", "--error-rate", "2"), "qready: error: --error-rate: '2' is not a probability"),
        (("rsa-2048", "--cycle-time", "1 fortnight"), "qready: error: --cycle-time: '1 fortnight' is not a"),
        (("rsa-2048", "--reaction-time", "-3us"), "qready: error: --reaction-time: '-3us' is not a positive"),
        (("rsa-2048", "--format", "xml"), "qready: error: --format: unknown format 'xml'; known: text, json"),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_flag(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1
