"""Quantum urgency after Mosca (x + y > z means exposure), as a tier with its rationale in words.

x is how long the data must stay secret (or a signature trustworthy), y how long migrating takes, z when
a cryptographically relevant quantum computer (CRQC) exists. qready never claims a single date for z: it
reads the probability that a CRQC exists by the year today + x + y from an expert survey, as a band between
its pessimistic and optimistic edges, and tiers on the optimistic (higher-probability) edge:

    critical   P >= 50 %, or migration cannot finish before a policy's hard deadline
    high       25 % <= P < 50 %
    medium     10 % <= P < 25 %
    low        P < 10 %
    not quantum-urgent   Grover-weakened (AES-128 stays acceptable), quantum-resistant, no quantum attack

Key establishment and encryption are exposed today (harvest now, decrypt later: recorded traffic is
decrypted later); signatures only from the day a CRQC exists while the key is still trusted. Test and example
code rank two tiers lower, vendored code one (never below low); a finding seen on a network endpoint ranks
one tier higher. "today" is always an argument, never the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from qready.assess.deadlines import Deadline, Use, earliest_hard
from qready.assess.settings import Place, Settings, ShelfLifeRule
from qready.knowledge.mosca import ShelfLifeDefaults, Survey, Years, default_shelf_life
from qready.knowledge.policies import PolicyRule, Purpose
from qready.model import (
    Algorithm,
    Asset,
    Certificate,
    CryptoFunction,
    Endpoint,
    Finding,
    KeyMaterial,
    Library,
    Location,
    PackageRef,
    Primitive,
    ProtocolConfig,
    Threat,
)

CRITICAL_AT, HIGH_AT, MEDIUM_AT = 0.5, 0.25, 0.1
_CONTEXT_STEPS = {
    "test": (2, "Test code does not protect production data"),
    "example": (2, "Example code is not deployed as it is"),
    "vendored": (1, "Vendored third-party code is fixed by upgrading it"),
}


class Tier(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NOT_QUANTUM_URGENT = "not-quantum-urgent"

    @property
    def rank(self) -> int:
        """4 for critical down to 0 for not quantum-urgent: sort by it, highest first."""
        return len(Tier) - 1 - list(Tier).index(self)


_BY_RANK = {tier.rank: tier for tier in Tier}


@dataclass(frozen=True)
class Band:
    """The probability that a CRQC exists by `year`, on the survey's pessimistic and optimistic edges.
    `beyond_survey`: the year lies past the survey's last horizon, so the values are lower bounds."""

    year: float
    pessimistic: float
    optimistic: float
    beyond_survey: bool
    survey: str

    def __str__(self) -> str:
        low, high = round(self.pessimistic * 100), round(self.optimistic * 100)
        text = f"{low} %" if low == high else f"{low}-{high} %"
        return f"at least {text}" if self.beyond_survey else text


def _interpolate(base: float, points: list[tuple[float, float]], year: float) -> float:
    previous = (base, 0.0)
    for point in points:
        if year <= point[0]:
            span = point[0] - previous[0]
            return previous[1] + (point[1] - previous[1]) * (year - previous[0]) / span
        previous = point
    return previous[1]


def crqc_probability(survey: Survey, year: float) -> Band:
    """Piecewise-linear interpolation of each edge from 0 at the survey's base year; before it 0, past the
    last point the last value (a lower bound, flagged `beyond_survey`)."""
    if year <= survey.base_year:
        return Band(year, 0.0, 0.0, False, survey.name)
    low = _interpolate(survey.base_year, [(p.year, p.pessimistic) for p in survey.points], year)
    high = _interpolate(survey.base_year, [(p.year, p.optimistic) for p in survey.points], year)
    return Band(year, low, high, year > survey.points[-1].year, survey.name)


@dataclass(frozen=True)
class Exposure:
    """What urgency needs about one finding: the algorithm, its use, Mosca's x and y, and where it is."""

    algorithm: Algorithm
    purpose: Purpose
    shelf_life: Years
    migration: Years
    context: str | None = None  # production, test, example, vendored or generated
    network_facing: bool = False


@dataclass(frozen=True)
class Urgency:
    tier: Tier
    rationale: str
    horizon: float | None = None  # today's year + x + y
    probability: Band | None = None
    harvest_now: bool = False
    hard_deadline: PolicyRule | None = None  # the one that made it critical


def _not_urgent(algorithm: Algorithm) -> Urgency:
    name, bits = algorithm.name, algorithm.classical_bits
    if algorithm.threat is Threat.QUANTUM_RESISTANT:
        text = f"{name} is quantum-resistant: no quantum action needed."
    elif algorithm.threat is not Threat.GROVER_WEAKENED:
        text = f"{name}: no quantum attack applies."
    elif bits is not None and bits >= 128:
        text = (
            f"{name}: Grover's algorithm gives at most a quadratic speed-up that parallelises badly; under "
            "NIST's depth-limited model 128-bit strength stays out of reach (AES-128 remains acceptable)."
        )
    else:
        strength = f"its {bits}-bit classical strength" if bits is not None else "its classical strength"
        text = (
            f"{name}: Grover's algorithm gives at most a quadratic speed-up that parallelises badly, so "
            f"quantum computers add no urgency; {strength} is the concern: judge it on classical grounds."
        )
    return Urgency(Tier.NOT_QUANTUM_URGENT, f"{text} Not quantum-urgent.")


def _confidentiality(purpose: Purpose) -> bool:
    return purpose is not Purpose.SIGNATURE


def _use_sentence(purpose: Purpose) -> str:
    if purpose is Purpose.SIGNATURE:
        return (
            "Used for signatures: recording gives an attacker nothing, the risk starts on the day a quantum "
            "computer exists while the key is still trusted."
        )
    if purpose is Purpose.UNKNOWN:
        return (
            "Use not known: assessed as confidentiality, the more exposed case (harvest now, decrypt later: "
            "what is recorded today is exposed)."
        )
    return (
        f"Used for {purpose.value.replace('-', ' ')}: traffic and data recorded today can be decrypted once "
        "a quantum computer exists (harvest now, decrypt later), so the exposure starts today."
    )


def _years(value: float) -> str:
    return f"{value:g} year" if value == 1 else f"{value:g} years"


def _mosca_sentence(exposure: Exposure, today: date, horizon: float) -> str:
    x, y = exposure.shelf_life, exposure.migration
    what = "stay secret" if _confidentiality(exposure.purpose) else "stay trustworthy"
    return (
        f"It must {what} for {_years(x.value)} ({x.basis}) and migration takes {_years(y.value)} "
        f"({y.basis}): {today.year} + {x.value:g} + {y.value:g} = {horizon:g}."
    )


def _tier_for(probability: float) -> tuple[Tier, str]:
    percent = f"{round(probability * 100)} %"
    if probability >= CRITICAL_AT:
        return Tier.CRITICAL, f"{percent} is at least 50 %"
    if probability >= HIGH_AT:
        return Tier.HIGH, f"{percent} is at least 25 % and below 50 %"
    if probability >= MEDIUM_AT:
        return Tier.MEDIUM, f"{percent} is at least 10 % and below 25 %"
    return Tier.LOW, f"{percent} is below 10 %"


def _hard_miss(found: Iterable[Deadline], finish: date) -> tuple[Deadline, PolicyRule] | None:
    """The earliest hard milestone that migration, finishing on `finish`, would not meet."""
    earliest = earliest_hard(found)
    return earliest if earliest is not None and earliest[1].effective <= finish else None


def _moved(before: Tier, after: Tier) -> str:
    if after.rank == before.rank:
        return f"stays {after}"
    return f"{'raised' if after.rank > before.rank else 'lowered'} from {before} to {after}"


def _adjusted(tier: Tier, exposure: Exposure) -> tuple[Tier, list[str]]:
    """Context and reach: lower for test, example and vendored code; higher on a network endpoint."""
    notes = []
    steps, why = _CONTEXT_STEPS.get(exposure.context or "", (0, ""))
    if steps:
        lowered = _BY_RANK[max(Tier.LOW.rank, tier.rank - steps)]
        notes.append(f"{why}: {_moved(tier, lowered)}.")
        tier = lowered
    if exposure.network_facing:
        raised = _BY_RANK[min(Tier.CRITICAL.rank, tier.rank + 1)]
        notes.append(
            f"Seen on a network endpoint, where its traffic can be recorded today: {_moved(tier, raised)}."
        )
        tier = raised
    return tier, notes


def years_after(today: date, years: float) -> date:
    """The date `years` after today: whole calendar years (29 February becomes 28 February), then the fraction
    at 365.25 days a year."""
    whole = int(years)
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return today.replace(year=today.year + whole, day=day) + timedelta(days=round((years - whole) * 365.25))


def urgency(exposure: Exposure, survey: Survey, today: date, found: Iterable[Deadline] = ()) -> Urgency:
    """The Mosca urgency of one finding: tier, rationale in words, horizon year and probability band.

    `found` are the finding's policy deadlines (qready.assess.deadlines): a hard one that migration started
    today cannot meet makes the finding critical whatever the survey says.
    """
    algorithm, purpose = exposure.algorithm, exposure.purpose
    if algorithm.threat is not Threat.SHOR_BROKEN:
        return _not_urgent(algorithm)
    horizon = today.year + exposure.shelf_life.value + exposure.migration.value
    band = crqc_probability(survey, horizon)
    tier, why = _tier_for(band.optimistic)
    finish = years_after(today, exposure.migration.value)
    missed = _hard_miss(found, finish)
    sentences = [
        f"{algorithm.name} is broken by Shor's algorithm.",
        _use_sentence(purpose),
        _mosca_sentence(exposure, today, horizon),
        f"Chance that a cryptographically relevant quantum computer exists by {horizon:g}: {band} "
        f"({band.survey}, pessimistic to optimistic edge).",
    ]
    if missed is not None:
        deadline, rule = missed
        tier = Tier.CRITICAL
        sentences.append(
            f"Critical: migration started today would end on {finish.isoformat()}, after "
            f"{deadline.policy_name}: {rule.requirement} from {rule.effective.isoformat()} ({rule.wording})."
        )
    else:
        sentences.append(f"{tier.value.capitalize()}: {why} on the optimistic edge.")
    final, notes = _adjusted(tier, exposure)
    return Urgency(
        tier=final,
        rationale=" ".join(sentences + notes),
        horizon=horizon,
        probability=band,
        harvest_now=_confidentiality(purpose),
        hard_deadline=missed[1] if missed else None,
    )


_SIGNING = frozenset({CryptoFunction.SIGN, CryptoFunction.VERIFY})
_KEYING = frozenset({CryptoFunction.ENCAPSULATE, CryptoFunction.DECAPSULATE, CryptoFunction.KEYDERIVE})
_CIPHERING = frozenset({CryptoFunction.ENCRYPT, CryptoFunction.DECRYPT})
_KEY_PRIMITIVES = frozenset({Primitive.KEM, Primitive.KEY_AGREE, Primitive.COMBINER})
_CIPHER_PRIMITIVES = frozenset(
    {Primitive.BLOCK_CIPHER, Primitive.STREAM_CIPHER, Primitive.AE, Primitive.KEY_WRAP}
)
_PROTOCOL_KINDS = {"tls": "tls", "ssh": "ssh", "ike": "vpn", "openvpn": "vpn", "wireguard": "vpn"}


def purpose_of(algorithm: Algorithm, function: str | None = None) -> Purpose:
    """What a use protects: the finding's function (sign, encrypt, encapsulate...) first, else the primitive;
    RSA keys and other dual-use primitives without a function are `unknown`."""
    if function in _SIGNING:
        return Purpose.SIGNATURE
    if function in _KEYING or algorithm.primitive in _KEY_PRIMITIVES:
        return Purpose.KEY_ESTABLISHMENT
    if function in _CIPHERING or algorithm.primitive in _CIPHER_PRIMITIVES:
        return Purpose.ENCRYPTION
    if algorithm.primitive is Primitive.SIGNATURE:
        return Purpose.SIGNATURE
    functions = set(algorithm.functions)
    if algorithm.primitive is Primitive.PKE and functions & _SIGNING and not functions & _CIPHERING:
        return Purpose.SIGNATURE
    if algorithm.primitive is Primitive.PKE and functions & _CIPHERING and not functions & _SIGNING:
        return Purpose.ENCRYPTION
    return Purpose.UNKNOWN


def asset_kind(asset: Asset | None, location: Location, defaults: ShelfLifeDefaults) -> str:
    """The shelf_life.toml asset kind of a finding: from its asset, else its location, else the default."""
    return kind_of_asset(asset) or kind_of_location(location, defaults)


def kind_of_asset(asset: Asset | None) -> str | None:
    """The asset kind an asset decides on its own (None: the finding's location decides)."""
    match asset:
        case Certificate(is_ca=is_ca):
            return "ca-certificate" if is_ca else "certificate"
        case KeyMaterial():
            return "key"
        case ProtocolConfig(protocol=protocol) if protocol in _PROTOCOL_KINDS:
            return _PROTOCOL_KINDS[protocol]
        case Library():
            return "library"
    return None


def kind_of_location(location: Location, defaults: ShelfLifeDefaults) -> str:
    """The asset kind of a finding whose asset does not decide it: by its location, else the default."""
    match location:
        case Endpoint(scheme=scheme):
            return "ssh" if scheme == "ssh" else "tls"
        case PackageRef():
            return "library"
    return defaults.default_kind


def mosca_inputs(
    place: Place, rule: ShelfLifeRule | None, defaults: ShelfLifeDefaults
) -> tuple[Years, Years]:
    """x and y for a place: the matching qready.toml rule's values, else the defaults of its asset kind."""
    kind = defaults.kind(place.kind or defaults.default_kind) or defaults.kind(defaults.default_kind)
    assert kind is not None  # the loader checks the default kind exists
    x = Years(
        kind.shelf_life.value, f"default for {kind.id}: {kind.shelf_life.basis}", kind.shelf_life.source
    )
    y = Years(kind.migration.value, f"default for {kind.id}: {kind.migration.basis}", kind.migration.source)
    if rule is not None and rule.years is not None:
        x = Years(rule.years, f"set by {rule.label}", None)
    data = defaults.data_kind(rule.data) if rule is not None and rule.data is not None else None
    if rule is not None and data is not None:
        x = Years(
            data.shelf_life.value, f"{data.id} data, set by {rule.label}: {data.shelf_life.basis}", None
        )
    if rule is not None and rule.migration is not None:
        y = Years(rule.migration, f"set by {rule.label}", None)
    return x, y


def policy_use(
    purpose: Purpose, place: Place, rule: ShelfLifeRule | None, defaults: ShelfLifeDefaults
) -> Use:
    """The Use deadlines() needs: the rule's (or else the asset kind's) category, and the high-risk mark."""
    kind = defaults.kind(place.kind) if place.kind else None
    category = rule.category if rule is not None and rule.category else (kind.category if kind else None)
    return Use(purpose, category, bool(rule is not None and rule.high_risk))


def finding_place(finding: Finding, repository: str | None, kind: str) -> Place:
    """Where a finding is, as [[shelf_life]] selectors see it."""
    location = finding.location
    if isinstance(location, Endpoint):
        return Place(None, repository, location.host, kind)
    return Place(location.path, repository, None, kind)


def finding_exposure(
    finding: Finding, asset: Asset | None, settings: Settings, repository: str | None = None
) -> tuple[Exposure, Use]:
    """What urgency() and deadlines() need about one finding, from its asset, location and qready.toml."""
    defaults = default_shelf_life()
    location = finding.location
    place = finding_place(finding, repository, asset_kind(asset, location, defaults))
    rule = settings.shelf_life_rule(place)
    purpose = purpose_of(finding.algorithm, finding.function)
    x, y = mosca_inputs(place, rule, defaults)
    exposure = Exposure(finding.algorithm, purpose, x, y, finding.context, isinstance(location, Endpoint))
    return exposure, policy_use(purpose, place, rule, defaults)
