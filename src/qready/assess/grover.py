"""Grover key search under NIST's depth limit (MAXDEPTH), costed with Jaques-Naehrig-Roetteler-Virdia 2020.

With an oracle of G_o gates, depth D and width W, a k-bit key and a depth limit MD, inner parallelisation
over S machines gives (all log2, pi/4 the Grover iteration constant):
  S = (pi/4)^2 2^k D^2 / MD^2;  G = (pi/4)^2 2^k D G_o / MD;  DW = (pi/4)^2 2^k D^2 W / MD.
When S <= 1 the search runs serially: floor((pi/4) 2^(k/2)) iterations of G_o gates and D depth. Without a
depth limit the search is serial. Returns log2 figures: never "AES-128 = 64 bits". Pure: no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qready.knowledge.quantum import Oracle

NIST_MAX_DEPTHS = (40, 64, 96)  # log2 MAXDEPTH: about a year, a decade, a millennium (NIST CfP 2016 4.A.5)
_LOG_QUARTER_PI = math.log2(math.pi / 4)


@dataclass(frozen=True)
class GroverCost:
    """Depth-limited Grover key search against one cipher (log2 figures)."""

    cipher: str
    key_bits: int
    log2_max_depth: float | None
    log2_gates: float
    log2_machines: float
    log2_depth_width: float
    log2_iterations: float
    serial: bool
    source: str


def _serial(oracle: Oracle, log2_max_depth: float | None) -> GroverCost:
    iterations = math.log2(math.floor(math.pi / 4 * 2 ** (oracle.key_bits / 2)))
    return GroverCost(
        cipher=oracle.cipher,
        key_bits=oracle.key_bits,
        log2_max_depth=log2_max_depth,
        log2_gates=iterations + math.log2(oracle.gates),
        log2_machines=0.0,
        log2_depth_width=iterations + math.log2(oracle.depth) + math.log2(oracle.width),
        log2_iterations=iterations,
        serial=True,
        source=oracle.source,
    )


def grover_cost(oracle: Oracle, log2_max_depth: float | None = None) -> GroverCost:
    """The G-cost (gates), machines and DW-cost of Grover search for `oracle`'s key under MAXDEPTH 2^x."""
    if log2_max_depth is None:
        return _serial(oracle, None)
    log_depth = math.log2(oracle.depth)
    base = 2 * _LOG_QUARTER_PI + oracle.key_bits - log2_max_depth
    machines = base + 2 * log_depth - log2_max_depth
    if machines <= 0:
        return _serial(oracle, log2_max_depth)
    return GroverCost(
        cipher=oracle.cipher,
        key_bits=oracle.key_bits,
        log2_max_depth=log2_max_depth,
        log2_gates=base + log_depth + math.log2(oracle.gates),
        log2_machines=machines,
        log2_depth_width=base + 2 * log_depth + math.log2(oracle.width),
        log2_iterations=log2_max_depth - log_depth + machines,
        serial=False,
        source=oracle.source,
    )


def grover_costs(oracle: Oracle) -> tuple[GroverCost, ...]:
    """The cost at each NIST MAXDEPTH (2^40, 2^64, 2^96)."""
    return tuple(grover_cost(oracle, depth) for depth in NIST_MAX_DEPTHS)
