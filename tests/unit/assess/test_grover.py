"""Depth-limited Grover key search against AES (Jaques-Naehrig-Roetteler-Virdia 2020 oracles, NIST MAXDEPTH).

Expected log2 G-costs are the JNRV G-cost table for Maximov's MixColumn (QUANTUM.md 2.4), to +-0.5 in log2.
"""

from __future__ import annotations

import math

import pytest

from qready.assess.grover import NIST_MAX_DEPTHS, grover_cost, grover_costs
from qready.knowledge.quantum import default_quantum

ORACLES = default_quantum().oracles


def test_aes_128_under_a_2_40_depth_limit_costs_about_2_117_gates() -> None:
    cost = grover_cost(ORACLES["aes-128"], 40)
    assert abs(cost.log2_gates - 117.1) <= 0.5
    assert abs(cost.log2_machines - 69.4) <= 0.5
    assert not cost.serial
    assert cost.source == "jnrv2020"


def test_aes_128_without_a_depth_limit_runs_serially() -> None:
    cost = grover_cost(ORACLES["aes-128"])
    assert cost.serial and cost.log2_max_depth is None and cost.log2_machines == 0.0
    assert cost.log2_iterations == pytest.approx(math.log2(math.floor(math.pi / 4 * 2**64)))
    assert abs(cost.log2_gates - (82 + math.log2(1.34))) <= 0.5


@pytest.mark.parametrize(
    ("cipher", "expected"),
    [
        ("aes-128", (117 + math.log2(1.07), 93 + math.log2(1.07), 82 + math.log2(1.34))),
        ("aes-192", (181 + math.log2(1.09), 157 + math.log2(1.09), 125 + math.log2(1.09))),
        ("aes-256", (245 + math.log2(1.39), 221 + math.log2(1.39), 189 + math.log2(1.39))),
    ],
)
def test_g_cost_at_each_nist_max_depth(cipher: str, expected: tuple[float, float, float]) -> None:
    costs = grover_costs(ORACLES[cipher])
    assert tuple(cost.log2_max_depth for cost in costs) == NIST_MAX_DEPTHS
    for cost, log2_gates in zip(costs, expected, strict=True):
        assert abs(cost.log2_gates - log2_gates) <= 0.5, (cipher, cost.log2_max_depth)


def test_aes_128_fits_one_machine_at_2_96_but_aes_256_does_not() -> None:
    assert grover_cost(ORACLES["aes-128"], 96).serial
    assert not grover_cost(ORACLES["aes-256"], 96).serial


def test_jnrv_oracles_undercut_the_nist_cfp_reference_costs() -> None:
    """JNRV's circuits cost less than the CfP's 2^170 / MAXDEPTH for AES-128 (2^233, 2^298) when the depth
    limit forces parallel search; AES-128 at 2^96 fits one machine, where /MAXDEPTH no longer applies."""
    for cipher, cfp in (("aes-128", 170), ("aes-192", 233), ("aes-256", 298)):
        for depth in NIST_MAX_DEPTHS:
            cost = grover_cost(ORACLES[cipher], depth)
            assert (cost.log2_gates < cfp - depth) is (not cost.serial), (cipher, depth)


def test_depth_width_cost_grows_with_a_tighter_depth_limit() -> None:
    loose, tight = grover_cost(ORACLES["aes-256"], 96), grover_cost(ORACLES["aes-256"], 40)
    assert tight.log2_depth_width - loose.log2_depth_width == pytest.approx(56)
