"""Policy deadlines for one algorithm in one use: per selected policy, the earliest applicable milestone
(what it requires, from when, and the source saying so), followed by the later ones. Pure: the policies come
in as data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from qready.knowledge.policies import (
    Policy,
    PolicyRule,
    PolicySource,
    Purpose,
    Requirement,
    RuleScope,
    SuiteMember,
)
from qready.model import Algorithm


@dataclass(frozen=True)
class Use:
    """How an algorithm is used, as far as policies care: its purpose, the product category it sits in (the
    policies' vocabulary: web, networking, software-signing, pki, ...) and whether the use is high-risk."""

    purpose: Purpose = Purpose.UNKNOWN
    category: str | None = None
    high_risk: bool = False


@dataclass(frozen=True)
class Deadline:
    """One policy's verdict: `rule` is the earliest applicable milestone, `later` the others in date order."""

    policy: str
    policy_name: str
    rule: PolicyRule
    later: tuple[PolicyRule, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def effective(self) -> date:
        return self.rule.effective

    @property
    def requirement(self) -> Requirement:
        return self.rule.requirement

    @property
    def source(self) -> PolicySource:
        return self.rule.source

    @property
    def milestones(self) -> tuple[PolicyRule, ...]:
        return (self.rule, *self.later)

    def __str__(self) -> str:
        return (
            f"{self.policy_name}: {self.requirement} from {self.effective.isoformat()} ({self.rule.wording})"
        )


def in_suite(algorithm: Algorithm, suite: Iterable[SuiteMember]) -> bool:
    """Whether the algorithm is one of a policy's approved suite (family at the member's minimum strength)."""
    for member in suite:
        if algorithm.family != member.family:
            continue
        level, bits = algorithm.nist_quantum_level, algorithm.classical_bits
        if member.min_nist_level is not None and (level is None or level < member.min_nist_level):
            continue
        if member.min_classical_bits is not None and (bits is None or bits < member.min_classical_bits):
            continue
        return True
    return False


def _covers_purpose(scope: RuleScope, purpose: Purpose) -> bool:
    return not scope.uses or purpose is Purpose.UNKNOWN or purpose in scope.uses


def _covers_place(scope: RuleScope, use: Use) -> bool:
    if not scope.categories and not scope.high_risk:
        return True
    return use.category in scope.categories or (scope.high_risk and use.high_risk)


def _covers_algorithm(rule: PolicyRule, algorithm: Algorithm, policy: Policy) -> bool:
    scope = rule.scope
    return (
        (not scope.threats or algorithm.threat in scope.threats)
        and (not scope.families or algorithm.family in scope.families)
        and algorithm.family not in scope.exclude_families
        and (not scope.primitives or algorithm.primitive in scope.primitives)
        and not (scope.outside_suite and in_suite(algorithm, policy.suite))
    )


def _within_bits(scope: RuleScope, bits: int | None) -> bool:
    if scope.min_classical_bits is None and scope.max_classical_bits is None:
        return True
    if bits is None:
        return False
    low = scope.min_classical_bits if scope.min_classical_bits is not None else bits
    high = scope.max_classical_bits if scope.max_classical_bits is not None else bits
    return low <= bits <= high


def rule_applies(rule: PolicyRule, algorithm: Algorithm, use: Use, policy: Policy) -> bool:
    """Whether one milestone covers this algorithm in this use (a rule bounded by strength never covers an
    algorithm of unknown strength)."""
    return (
        _within_bits(rule.scope, algorithm.classical_bits)
        and _covers_algorithm(rule, algorithm, policy)
        and _covers_purpose(rule.scope, use.purpose)
        and _covers_place(rule.scope, use)
    )


def _notes(policy: Policy, algorithm: Algorithm, use: Use) -> tuple[str, ...]:
    """Why milestones naming this algorithm were not applied: unknown strength, no category, not high-risk."""
    notes: list[str] = []
    categories: list[str] = []
    for rule in policy.rules:
        scope = rule.scope
        if not (_covers_algorithm(rule, algorithm, policy) and _covers_purpose(scope, use.purpose)):
            continue
        if not _within_bits(scope, algorithm.classical_bits):
            if algorithm.classical_bits is None and _covers_place(scope, use):
                notes.append(f"strength unknown, not applied: {_said(rule)}")
        elif scope.high_risk and not _covers_place(scope, use):
            notes.append(f"not marked high-risk, not applied: {_said(rule)}")
        elif use.category is None and not _covers_place(scope, use):
            categories.extend(c for c in scope.categories if c not in categories)
    if categories:
        notes.append(f"no product category known: the milestones for {', '.join(categories)} not applied")
    return tuple(notes)


def _said(rule: PolicyRule) -> str:
    return f"{rule.requirement} from {rule.effective.isoformat()} ({rule.wording})"


def policy_deadline(algorithm: Algorithm, use: Use, policy: Policy) -> Deadline | None:
    """The milestones of one policy that cover the algorithm in this use, earliest first (on the same day, the
    strictest first), or None when the policy sets none for it."""
    found = sorted(
        (r for r in policy.rules if rule_applies(r, algorithm, use, policy)),
        key=lambda r: (r.effective, -r.requirement.severity, r.id),
    )
    if not found:
        return None
    return Deadline(policy.id, policy.name, found[0], tuple(found[1:]), _notes(policy, algorithm, use))


def deadlines(algorithm: Algorithm, use: Use, policies: Iterable[Policy]) -> tuple[Deadline, ...]:
    """The earliest applicable deadline per selected policy, in the order the policies were selected; a
    policy that sets no milestone for this algorithm and use is left out."""
    found = (policy_deadline(algorithm, use, policy) for policy in policies)
    return tuple(deadline for deadline in found if deadline is not None)


def earliest_hard(found: Iterable[Deadline]) -> tuple[Deadline, PolicyRule] | None:
    """The earliest hard milestone of any policy (with its policy's deadline): a date after which it no longer
    accepts the algorithm."""
    hard = [(deadline, rule) for deadline in found for rule in deadline.milestones if rule.hard]
    return min(hard, key=lambda pair: (pair[1].effective, pair[1].id), default=None)
