"""Which named rules a site's name can match, found fast: rules indexed by the longest word of their names,
and the answer for each (kind, name) remembered, since names repeat across the files of a tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qready.detectors.source.naming import (
    NamedWord,
    WordFinder,
    called_bare,
    last_segment,
    named_part,
    names_a_hash_step,
)
from qready.detectors.source.rules import Rule
from qready.detectors.source.vocabulary import DEFINITION, SEGMENT, name_words
from qready.runtime import cached_property

# a function named after an algorithm that only reports about it (errors, logs, traces) or tests it
_REPORTER = re.compile(
    r"(^|_)(format_)?(errors?|err|log|print|debug|trace|warn|warning)(_|$)|[a-z](Errors?|Log|Print|Debug|Trace|Warn)([A-Z]|$)"
    r"|^_*(test|Test|bench|Bench)(_|[A-Z]|$)|[A-Za-z0-9_](Test|Tests|TestCase)\d*$|(?<!_self)(?<!_answer)_tests?$|^[a-z0-9]+_tests?_"
    # (a test contract's types, as TypeChain names them: `ECDSATestInterface`, `ECDSATestConstructorParams`,
    # round 423; not a test's key made, `CreateRSATestKey(2048, ...)`)
    r"|[A-Za-z0-9]Tests?(Interface|ConstructorParams)$"
    # (a loader of test vectors: eddsa-threshold's `case_ed25519_test_vectors_rfc8032()`)
    r"|(^|_)test_?vectors?(_|$)|[a-z0-9]TestVectors?([A-Z_]|$)"
    # (a message bundle's text by its key, as NetBeans' NbBundle.Messages generates them: `MSG_FailedSHA1()`,
    # `LBL_UseRSA`, round 399)
    r"|^(MSG|LBL|CTL|ACSD|ACSN|HINT|TXT|TTL)_[A-Z][a-z]"
)


MAX_MEMO = 100_000  # (kind, name) pairs remembered per rules tuple; names repeat across files


@dataclass(frozen=True)
class RuleIndex:
    """Rules by the longest word of their names: a name holding none of a rule's words cannot match it. The
    rules a named site passes (kind, name, and not a reporter's name) depend only on its kind and name, so
    they are worked out once per process for each (kind, name)."""

    strings: tuple[Rule, ...]
    exact: dict[str, tuple[int, ...]]  # a whole word of a name -> positions of the rules naming it
    partial: tuple[tuple[str, tuple[int, ...]], ...]  # a word a wildcard touches (`EC_KEY_*`)
    named: tuple[Rule, ...]
    memo: dict[tuple[str, str], tuple[Rule, ...]]
    by_word: dict[str, Rule] = field(default_factory=dict)  # a word of a rule of kind "named" -> the rule
    words_memo: dict[tuple[str, str], tuple[NamedWord, ...]] = field(default_factory=dict)
    commands: dict[str, Rule] = field(default_factory=dict)  # a tool's name -> its rule of kind "command"

    @cached_property
    def guarded(self) -> tuple[Rule, ...]:
        """The rules a file's imports or names may rule out (`unless_imports`, `unless_names`)."""
        return tuple(
            rule for rule in (*self.strings, *self.named) if rule.unless_imports or rule.unless_names
        )

    @cached_property
    def guarding(self) -> tuple[Rule, ...]:
        """The rules that set names aside as another thing's (`not_names`)."""
        return tuple(rule for rule in (*self.named, *self.by_word.values()) if rule.not_names)

    @cached_property
    def naming(self) -> WordFinder:
        """The words of the rules of kind "named", all together."""
        return WordFinder(tuple(self.by_word))

    def candidates(self, name: str) -> list[Rule]:
        found: set[int] = set()
        for segment in SEGMENT.findall(name):
            found.update(self.exact.get(segment, ()))
        for word, positions in self.partial:
            if word in name:
                found.update(positions)
        return [self.named[at] for at in sorted(found)]

    def passing(self, kind: str, name: str) -> tuple[Rule, ...]:
        """The named rules a site of this kind and name matches, in rule order."""
        key = (kind, name)
        rules = self.memo.get(key)
        if rules is None:
            # (a call on a call's result is named without the inner call's arguments: the `SSH_ED25519_SK` of
            # `fs::write(&key, SSH_ED25519_SK).unwrap` is no name of the method called)
            bare = called_bare(name) if kind == "call" else name
            rules = tuple(rule for rule in self.candidates(bare) if _passes(rule, kind, bare))
            if self.by_word and not _reports(name):
                named = (self.by_word[found.word] for found in self.named_words(kind, name))
                rules += tuple(dict.fromkeys(named))
            if len(self.memo) >= MAX_MEMO:
                self.memo.clear()
            self.memo[key] = rules
        return rules

    def named_words(self, kind: str, name: str) -> tuple[NamedWord, ...]:
        """The algorithm words a project's name holds (rules of kind "named")."""
        if not self.by_word or kind not in ("call", "ref", "import"):
            return ()
        key = (kind, name)
        if key not in self.words_memo:
            if len(self.words_memo) >= MAX_MEMO:
                self.words_memo.clear()
            part = named_part(kind, name, self.naming)
            self.words_memo[key] = self.naming.find_all(part) if part is not None else ()
        return self.words_memo[key]


def _reports(name: str) -> bool:
    """A name of a function that only reports about an algorithm or tests it, by its own name: not by the
    path's modules (witness-log's `witness_log_core::c2sp::VerifierKey::for_ed25519(...)`, round 314); a
    contract's factory by its contract's (`_A_CONTRACT_FACTORY`)."""
    own = last_segment(name.strip("\"'`")).removeprefix(DEFINITION)
    return _REPORTER.search(_A_CONTRACT_FACTORY.sub("", own)) is not None


# TypeChain's binding of a Solidity contract, named after it (@1inch/solidity-utils' `ECDSATest__factory`, and
# `ECDSATest__factory_1` as compiled TypeScript imports it, round 423): a test's contract is a test's
_A_CONTRACT_FACTORY = re.compile(r"__factory(?:_\d+)?$")


def _passes(rule: Rule, kind: str, name: str) -> bool:
    wanted = ("import",) if rule.kind == "import" else (("call",) if rule.require_call else ("call", "ref"))
    if kind not in wanted or not rule.matches(name):
        return False
    # `aes_gcm_format_errors("...")`, `test_ecdsa_recovery()`: reports and tests, not uses
    # (and a library's own hash under its prefix: `ecdsa_sha256_update(&ctx, data, len)` is SHA-256's)
    return not (
        rule.function == "reference" and (_reports(name) or names_a_hash_step(name, rule.algorithm or ""))
    )


_INDEXES: dict[int, tuple[tuple[Rule, ...], RuleIndex]] = {}


def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """Built once per rules tuple."""
    cached = _INDEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    named = tuple(rule for rule in rules if rule.kind not in ("string", "named", "command"))
    by_word = {word: rule for rule in rules if rule.kind == "named" for word in rule.words}
    exact: dict[str, set[int]] = {}
    partial: dict[str, set[int]] = {}
    for at, rule in enumerate(named):
        for name in rule.names:
            words = name_words(name, quoted=False)  # sites are looked up by their bare words
            if not words:
                partial.setdefault("", set()).add(at)  # no word to key on: always a candidate
                continue
            word = max(words, key=lambda w: len(w.text))
            (exact if word.left and word.right else partial).setdefault(word.text, set()).add(at)
    index = RuleIndex(
        strings=tuple(rule for rule in rules if rule.kind == "string"),
        commands={name: rule for rule in rules if rule.kind == "command" for name in rule.names},
        exact={word: tuple(sorted(at)) for word, at in exact.items()},
        partial=tuple((word, tuple(sorted(at))) for word, at in sorted(partial.items())),
        named=named,
        memo={},
        by_word=by_word,
    )
    _INDEXES[id(rules)] = (rules, index)
    return index
