"""Surface-code model of an attack: a recipe's logical counts on a hardware profile -> physical cost.

- Logical error per d x d patch per surface-code cycle: A * (p / p_th)^((d + 1) / 2) (profile constants).
- Code distance: the smallest odd d whose expected topological failures over the run's spacetime volume
  (exposed patches x cycles) stay within the profile's error budget; d + 2 is also tried and the cheaper
  kept, ranked as Gidney-Ekerå 2019 rank their estimates (qubits^1.2 x expected time).
- Physical qubits: the profile's qubits per patch for every patch, plus magic-state factories and yoked
  storage.
- Runtime, two shapes: `ge-pipelined`, the Gidney-Ekerå 2019 windowed arithmetic with oblivious runways
  (reaction-limited additions, lookups at half a distance per address, Gidney-Fowler CCZ factories whose
  level-1 distance is chosen too); and `factory-limited`, a Toffoli every max(reaction share x t_react,
  factory period x d x t_cycle / factories), for recipes published only as logical counts.
- Expected time: time per run x expected runs / (1 - failure probability per run).

Every estimate says when it extrapolates ("outside calibrated range") and is infeasible, with the reason,
when p >= p_th or no distance up to 49 meets the budget. Pure: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial

from qready.knowledge.quantum import Layout, Profile

MAX_DISTANCE = 49
FLAG_DISTANCE = 45
CALIBRATED_ERRORS = (1e-5, 3e-3)  # Gidney-Ekerå 2019 section 2.16: range of the physical-error rule of thumb
CALIBRATED_TIMES_US = (1.0, 10.0)  # cycle and reaction time of the 2019 baseline the constants were fitted on
GE_WINDOW = 5  # exponent and multiplication windows (Gidney-Ekerå 2019 Table 3 rows use 5)
GE_RUNWAY_SPACINGS = (512, 768, 1024, 1536, 2048)
GE_PADDING_MARGIN = 6  # runway padding = ceil(log2(n^2 n_e)) + 6 (Gidney-Ekerå 2019 script's choice)
POSTPROCESS_FAILURE = 0.01  # classical post-processing failure, Gidney-Ekerå 2019
YOKED_REFERENCE_PATCH = "2(d+1)^2"  # the patch rule of Gidney 2025's yoked-storage figure
MODEL_SOURCES = ("ge2019-code", "qready-calibration")


@dataclass(frozen=True)
class LogicalCost:
    """What a recipe needs at the logical layer for one target size; `toffolis` is per run."""

    recipe: str
    label: str
    target: str
    n: int
    logical_qubits: float
    toffolis: float
    runs: float = 1.0
    cold_qubits: float = 0.0
    exponent_qubits: int | None = None  # set for the ge-pipelined time model
    layout: str | None = None  # set for the factory-limited time model
    calibrated_sizes: tuple[int, int] | None = None  # None: no published physical estimate to calibrate on
    tag: str = "primary"
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def total_toffolis(self) -> float:
        return self.toffolis * self.runs


@dataclass(frozen=True)
class PhysicalEstimate:
    """The model's figure for one recipe on one profile (`feasible` False: `reason` says why)."""

    cost: LogicalCost
    profile: str
    feasible: bool
    reason: str = ""
    code_distance: int | None = None
    factory_distance: int | None = None
    physical_qubits: int | None = None
    toffolis: float | None = None
    runtime_hours: float | None = None
    expected_hours: float | None = None
    failure_probability: float | None = None
    flags: tuple[str, ...] = ()

    @property
    def calibrated(self) -> bool:
        return not any(flag.startswith("outside calibrated range") for flag in self.flags)


@dataclass(frozen=True)
class _Layout:
    """One candidate layout at one code distance."""

    distance: int
    factory_distance: int | None
    qubits: int
    run_seconds: float
    failure: float
    toffolis: float

    @property
    def rank(self) -> float:
        return float((self.qubits / 1e6) ** 1.2 * self.run_seconds / (1 - self.failure))


def logical_error_rate(profile: Profile, distance: int) -> float:
    """Logical error per d x d patch per cycle: A (p / p_th)^((d + 1) / 2)."""
    return float(profile.prefactor * (profile.physical_error / profile.threshold) ** ((distance + 1) / 2))


def patch_qubits(rule: str, distance: int) -> int:
    """Physical qubits of one logical patch at code distance d."""
    match rule:
        case "2(d+1)^2":
            return 2 * (distance + 1) ** 2
        case "2d^2":
            return 2 * distance**2
        case "4d^2+8(d-1)":
            return 4 * distance**2 + 8 * (distance - 1)
    raise ValueError(f"unknown patch rule {rule!r}")


def code_distance(required_error: float, profile: Profile) -> int | None:
    """The smallest odd d >= 3 with logical error rate <= required_error (None: p >= p_th or d > 49)."""
    if profile.physical_error >= profile.threshold or required_error <= 0:
        return None
    suppression = math.log(profile.threshold / profile.physical_error)
    ratio = math.log(profile.prefactor / required_error) / suppression
    distance = max(3, math.ceil(2 * ratio - 1))
    distance += 1 - distance % 2
    while logical_error_rate(profile, distance) > required_error:
        distance += 2
    while distance > 3 and logical_error_rate(profile, distance - 2) <= required_error:
        distance -= 2
    return distance if distance <= MAX_DISTANCE else None


def _union(*probabilities: float) -> float:
    survive = 1.0
    for probability in probabilities:
        survive *= 1 - min(probability, 1.0)
    return 1 - survive


def _distances(profile: Profile) -> Iterator[int]:
    first = code_distance(profile.error_budget, profile)
    yield from range(first or MAX_DISTANCE + 2, MAX_DISTANCE + 1, 2)


@dataclass(frozen=True)
class GeArithmetic:
    """Gidney-Ekerå 2019's windowed modular exponentiation with runways spaced `spacing` bits apart."""

    n: int
    exponent_qubits: int
    spacing: int

    @property
    def padding(self) -> int:
        return math.ceil(math.log2(self.n * self.n * self.exponent_qubits)) + GE_PADDING_MARGIN

    @property
    def pieces(self) -> int:
        return math.ceil(self.n / self.spacing)

    @property
    def piece_length(self) -> int:
        return self.spacing + self.padding

    @property
    def inner_loops(self) -> int:
        multiplied_bits = self.n + self.padding + 2
        return math.ceil(self.exponent_qubits * 2 * multiplied_bits / GE_WINDOW**2)

    @property
    def deviation_failure(self) -> float:
        return 4 * math.sqrt(self.inner_loops * self.pieces / 2**self.padding)

    def _steps(self) -> tuple[int, float, float]:
        lookup = 2 ** (2 * GE_WINDOW) - 1
        return 2 * self.piece_length - 1, lookup, 2 * math.sqrt(lookup)

    @property
    def toffolis(self) -> float:
        adder, lookup, unlookup = self._steps()
        return (adder * self.pieces + lookup + unlookup) * self.inner_loops

    def run_seconds(self, distance: int, profile: Profile) -> float:
        adder, lookup, unlookup = self._steps()
        addition = adder * profile.reaction_time_us
        lookups = (lookup + unlookup) * distance * profile.cycle_time_us / 2
        return (addition + lookups) * self.inner_loops * 1e-6


def _factory(level1: int, distance: int) -> tuple[int, int, float]:
    """Gidney-Fowler CCZ factory: width and height in patches of distance d, depth in d-cycles."""
    level1_depth = 5.75 * level1 / distance
    level1_factories = -(-46 * level1 // (5 * distance))  # ceil(8 T states per CCZ per 5 d-cycles)
    width = -(-18 * level1 // distance) + 3
    height = max(6, -(-4 * level1 * -(-level1_factories // 2) // distance))
    return width, height, max(5.0, level1_depth)


def _ccz_error(level1: int, distance: int, profile: Profile) -> float:
    """Error of one CCZ state from two-level 15-to-1 distillation (Gidney-Fowler 2019 as used by GE2019)."""
    injected = profile.physical_error + 100 * logical_error_rate(profile, level1 // 2)
    level1_error = 35 * injected**3 + 1100 * logical_error_rate(profile, level1)
    return 28 * level1_error**2 + 1000 * logical_error_rate(profile, distance)


def _ge_board(arithmetic: GeArithmetic, level1: int, distance: int, profile: Profile) -> tuple[int, int]:
    """(logical patches, of which factory patches) of the Gidney-Ekerå 2019 layout, all pieces."""
    width, height, depth = _factory(level1, distance)
    pairs = math.ceil(depth * distance * profile.cycle_time_us / (2 * profile.reaction_time_us) - 1e-9)
    board_width = (width + 1) * pairs + 1
    register_rows = 3 * math.ceil(arithmetic.piece_length / (board_width - 2))
    rows = 2 * height + 2 * 3 + 3 + 6 + register_rows  # factories, CZ fix-ups, adder, routing, registers
    factories = 2 * pairs * width * height
    return board_width * rows * arithmetic.pieces, factories * arithmetic.pieces


def _ge_layouts(arithmetic: GeArithmetic, distance: int, profile: Profile) -> Iterator[_Layout]:
    toffolis = arithmetic.toffolis
    run = arithmetic.run_seconds(distance, profile)
    cycles = run / (profile.cycle_time_us * 1e-6)
    for level1 in range(5, distance + 1, 2):
        distillation = toffolis * _ccz_error(level1, distance, profile)
        if distillation > profile.error_budget:
            continue
        patches, factories = _ge_board(arithmetic, level1, distance, profile)
        topological = (patches - factories) * cycles * logical_error_rate(profile, distance)
        if topological > profile.error_budget:
            continue
        failure = _union(topological, distillation, arithmetic.deviation_failure, POSTPROCESS_FAILURE)
        if failure < 1:
            qubits = patches * patch_qubits(profile.patch, distance)
            yield _Layout(distance, level1, qubits, run, failure, toffolis)


def _ge_layout_list(arithmetic: GeArithmetic, distance: int, *, profile: Profile) -> list[_Layout]:
    return list(_ge_layouts(arithmetic, distance, profile))


def _spacings(n: int) -> tuple[int, ...]:
    fitting = tuple(s for s in GE_RUNWAY_SPACINGS if s <= n)
    return tuple(s for s in fitting if n % s == 0) or fitting or (n,)


def _near_smallest(profile: Profile, layouts_at: Callable[[int], list[_Layout]]) -> list[_Layout]:
    """The layouts at the smallest distance that has any, and at the next odd distance."""
    found: list[_Layout] = []
    first = None
    for distance in _distances(profile):
        if first is not None and distance > first + 2:
            break
        here = layouts_at(distance)
        if here and first is None:
            first = distance
        found += here
    return found


def _ge_pipelined(cost: LogicalCost, profile: Profile) -> list[_Layout]:
    candidates: list[_Layout] = []
    for spacing in _spacings(cost.n):
        arithmetic = GeArithmetic(cost.n, cost.exponent_qubits or 0, spacing)
        candidates += _near_smallest(profile, partial(_ge_layout_list, arithmetic, profile=profile))
    return candidates


def _factory_layout(cost: LogicalCost, layout: Layout, distance: int, profile: Profile) -> _Layout | None:
    period = layout.factory_period * distance * profile.cycle_time_us
    floor = layout.reaction_share * profile.reaction_time_us
    factories = layout.factories or math.ceil(period / floor)
    seconds = cost.toffolis * max(floor, period / factories) * 1e-6
    patch = patch_qubits(profile.patch, distance)
    hot = math.ceil(layout.routing * (cost.logical_qubits - cost.cold_qubits))
    cold_share = 1.0
    if layout.cold_qubit_physical and layout.cold_reference_distance:
        cold_share = layout.cold_qubit_physical / patch_qubits(
            YOKED_REFERENCE_PATCH, layout.cold_reference_distance
        )
    exposed = hot + cost.cold_qubits * cold_share
    failure = exposed * seconds / (profile.cycle_time_us * 1e-6) * logical_error_rate(profile, distance)
    if failure > profile.error_budget:
        return None
    qubits = patch * (hot + math.ceil(factories * layout.factory_patches))
    qubits += math.ceil(cost.cold_qubits * cold_share * patch)
    return _Layout(distance, None, qubits, seconds, failure, cost.toffolis)


def _factory_limited(cost: LogicalCost, layout: Layout, profile: Profile) -> list[_Layout]:
    def layouts_at(distance: int) -> list[_Layout]:
        found = _factory_layout(cost, layout, distance, profile)
        return [found] if found else []

    return _near_smallest(profile, layouts_at)


def calibration_flags(cost: LogicalCost, profile: Profile) -> tuple[str, ...]:
    """Why a figure extrapolates beyond what the model was calibrated on (empty: within range)."""
    flags = []
    if cost.calibrated_sizes is None:
        flags.append("outside calibrated range: no published physical estimate for this recipe")
    elif not cost.calibrated_sizes[0] <= cost.n <= cost.calibrated_sizes[1]:
        low, high = cost.calibrated_sizes
        flags.append(f"outside calibrated range: n = {cost.n} (calibrated for {low}-{high})")
    if not CALIBRATED_ERRORS[0] <= profile.physical_error <= CALIBRATED_ERRORS[1]:
        flags.append(
            f"outside calibrated range: p = {profile.physical_error:g} (calibrated for 1e-5 to 3e-3)"
        )
    if (profile.cycle_time_us, profile.reaction_time_us) != CALIBRATED_TIMES_US:
        flags.append(
            "outside calibrated range: cycle and reaction times differ from the 1 us / 10 us baseline"
        )
    return tuple(flags)


def estimate(cost: LogicalCost, profile: Profile, layouts: Mapping[str, Layout]) -> PhysicalEstimate:
    """The physical cost of `cost` on `profile` (layouts: the hardware data's layouts by name)."""
    flags = cost.notes + calibration_flags(cost, profile)
    if profile.physical_error >= profile.threshold:
        reason = f"infeasible under this profile: p = {profile.physical_error:g} is not below p_th"
        return PhysicalEstimate(cost, profile.name, False, reason, flags=flags)
    if cost.layout is None:
        candidates = _ge_pipelined(cost, profile)
    else:
        candidates = _factory_limited(cost, layouts[cost.layout], profile)
    if not candidates:
        reason = (
            f"infeasible under this profile: no code distance up to {MAX_DISTANCE} meets the error budget"
        )
        return PhysicalEstimate(cost, profile.name, False, reason, flags=flags)
    best = min(candidates, key=lambda layout: layout.rank)
    if best.distance > FLAG_DISTANCE:
        flags += (f"code distance {best.distance} is above {FLAG_DISTANCE}",)
    hours = best.run_seconds / 3600
    return PhysicalEstimate(
        cost=cost,
        profile=profile.name,
        feasible=True,
        code_distance=best.distance,
        factory_distance=best.factory_distance,
        physical_qubits=best.qubits,
        toffolis=best.toffolis,
        runtime_hours=hours,
        expected_hours=hours * cost.runs / (1 - best.failure),
        failure_probability=best.failure,
        flags=flags,
    )
