"""The words a file must contain before any rule can match it, and the words that mark the lines to read.

Every part of a qualified rule name is in the text of a file the rule matches: imports spell the path
out and the use spells the member (`from cryptography...asymmetric import rsa` + `rsa.generate_private_key`).
So a rule name needs ALL its words, not just one, and a file is examined only if some name has all of its
words, or if it contains an algorithm spelling a string rule looks for. Within such a file, only the lines
holding a name's last word (the member a call or reference names) or a spelling are read; imports are read
everywhere. A last word counts only where the word before it in the name stands on its line or just above
(`subtle.digest`: React's `error.digest` lines are not read for it; Plan.partners). A name whose rules read
the algorithm from a string argument (`algorithm="sha1"`) counts only in a file that spells some algorithm
such an argument may name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qready.detectors.source.prefilter import Literal
from qready.detectors.source.rules import CASELESS, Rule

DEFINITION = "def:"  # rules naming definitions (extract.py): the prefix is not text of the file
# a variable given to a cipher's, a hash's or a curve's role (`encryptionCipher = aes256Gcm`): its name says
# what it holds (sites.py `@ref.given`); the prefix is not text of the file either
GIVEN = "given:"
_CLASS = re.compile(r"\[[^\]]*\]")  # a glob character class: its letters are not literal text
# a word of a name; a dotted number (an OID: `1.3.132.0.34`) is one word, or its parts would mark every
# line holding `34`
SEGMENT = re.compile(r"(?>\d+(?:\.\d+)+)(?![\w$-])|[\w$-]+")
MIN_WORD = 2


def name_words(name: str, quoted: bool = True) -> tuple[Literal, ...]:
    """The words of a rule name, each whole-word except on a side its glob puts a wildcard against. A name
    that is a quoted string with no wildcard (`'"hash"'`, a dictionary key) is one word, quotes and all:
    its bare word would mark every line naming `hash`. `quoted=False`: the words inside the quotes."""
    if name.startswith(CASELESS):  # a word looked for in any case, anywhere (rules.py `named_globs`)
        return (Literal(name.removeprefix(CASELESS), caseless=True, left=False, right=False),)
    plain = _CLASS.sub(" ", name.removeprefix(DEFINITION))
    if quoted and _QUOTED.fullmatch(plain):
        return (Literal(plain),)
    words: list[Literal] = []
    for match in SEGMENT.finditer(plain):
        start, end = match.span()
        if end - start < MIN_WORD:
            continue
        left = start == 0 or plain[start - 1] not in "*? "
        right = end == len(plain) or plain[end] not in "*? "
        words.append(Literal(match.group(), caseless=False, left=left, right=right))
    return tuple(words)


_QUOTED = re.compile(r"""(["'`])[^*?"'`\\]{2,}\1""")


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[Literal, ...]
    groups: tuple[tuple[int, ...], ...]  # per rule name: the ids of all its words
    locators: tuple[int, ...]  # per rule name: the id of its last word
    keyed: dict[int, tuple[int, ...]]  # word id -> the groups whose longest word it is
    spellings: frozenset[int]
    # the groups of names whose every rule reads its algorithm from a string argument (`algorithm="sha1"`,
    # `getInstance("RSA")`), and the words of every algorithm such an argument may name: a file holding none
    # of these names one there only by a constant another file of the project defines (imported.py), so
    # those names mark a line in it only where a constant's name follows them (`algorithm` is a word of most
    # large projects; Plan.by_constant)
    argued: frozenset[int] = frozenset()
    arguments: frozenset[int] = frozenset()

    def plan(self, hits: set[int]) -> Plan:
        """What to read in a file that contains the word ids `hits`."""
        spelled = hits & self.spellings
        named: set[int] = set()
        keys: set[str] = set()
        partners: dict[int, set[int]] = {}  # locator -> the word before it in each of its names
        alone: set[int] = set(spelled)  # locators that mark their lines wherever they stand
        by_constant: set[int] = set()  # locators of names whose algorithm only a constant may name here
        unargued = self.argued if hits.isdisjoint(self.arguments) else frozenset()
        for id_ in hits:
            for group in self.keyed.get(id_, ()):
                words = self.groups[group]
                if group in unargued:
                    if all(w in hits for w in words):
                        by_constant.add(self.locators[group])
                    continue
                if all(w in hits for w in words):
                    locator = self.locators[group]
                    named.add(locator)
                    keys.add(self.words[id_].text)
                    if len(words) == 1 or words[-2] == locator:
                        alone.add(locator)
                    else:
                        partners.setdefault(locator, set()).add(words[-2])
        return Plan(
            frozenset(spelled | named | by_constant),
            frozenset(keys),
            frozenset(spelled - named),
            {locator: frozenset(ids) for locator, ids in partners.items() if locator not in alone},
            frozenset(by_constant - named - spelled),
        )


@dataclass(frozen=True)
class Plan:
    """`locators`: the word ids whose occurrences mark lines to read (none: skip the file); `keys`: the
    longest words of the rule names the file can match. A name imported from a path holding one of them is
    read wherever it is used (`use aes_gcm::Nonce` matches `aes_gcm::*` on every line naming `Nonce`).
    `quoted`: the locators that are only an algorithm's spellings, which only a string rule reads: their
    occurrences count only in a string. `partners`: the locators that are only the last word of names of
    several words (`subtle.digest`), each with the words before it in those names: an occurrence counts only
    where one of them stands on its line or just above (detector `_partnered`): a name's member is written
    after its owner (`crypto.subtle.digest(`, or a chain broken over lines), and a name an import brought in
    on its own (`from hashlib import md5`) is read wherever it stands anyway (extract.py). `by_constant`: the
    locators of names that read their algorithm from an argument in a file naming no algorithm (see
    Vocabulary.argued): an occurrence counts only where a constant's name follows it on its line
    (`Cipher.getInstance(Constants.TRANSFORMATION)`, defined in another file of the project)."""

    locators: frozenset[int]
    keys: frozenset[str]
    quoted: frozenset[int] = frozenset()
    partners: dict[int, frozenset[int]] = field(default_factory=dict)
    by_constant: frozenset[int] = frozenset()

    def follows(self, target: str) -> bool:
        return any(key in target for key in self.keys)


# How the catalog compares spellings in each namespace (knowledge/catalog.py `normalise`).
_EXACT = ("oid", "jose", "xmldsig")
_CASELESS = ("tls-group", "tls-sigscheme", "tls-suite")


def spelling_word(namespace: str, spelling: str) -> Literal:
    if namespace in _EXACT:
        return Literal(spelling)
    return Literal(spelling, caseless=True, loose=namespace not in _CASELESS)


def vocabulary(
    rules: tuple[Rule, ...],
    spellings: tuple[tuple[str, str], ...],
    markers: tuple[str | Literal, ...] = (),
    arguments: tuple[tuple[str, str], ...] = (),
) -> Vocabulary:
    """`spellings`: the (namespace, spelling) pairs the string rules look for; `markers`: words whose lines
    are read wherever they stand (LanguageSpec.oid_lists); `arguments`: the (namespace, spelling) pairs of
    every algorithm a rule's string argument may name (Vocabulary.argued)."""
    ids: dict[Literal, int] = {}

    def id_of(word: Literal) -> int:
        return ids.setdefault(word, len(ids))

    groups: list[tuple[int, ...]] = []
    locators: list[int] = []
    keyed: dict[int, list[int]] = {}
    for marker in markers:
        word = marker if isinstance(marker, Literal) else Literal(marker, caseless=True)  # (`0x2A, 0x86`)
        id_ = id_of(word)
        keyed.setdefault(id_, []).append(len(groups))
        groups.append((id_,))
        locators.append(id_)
    argued: set[int] = set()
    plain = {name for rule in rules if rule.algorithm_arg is None for name in rule.names}
    # (a tool's command names its algorithm too, `openssl genrsa`: the tool's name marks nothing)
    for name in sorted({name for rule in rules if rule.kind != "command" for name in rule.names}):
        words = name_words(name)
        if not words:
            continue  # rules.py refuses such names; nothing to look for
        if name not in plain:
            argued.add(len(groups))
        group = tuple(id_of(w) for w in words)
        keyed.setdefault(id_of(max(words, key=lambda w: len(w.text))), []).append(len(groups))
        groups.append(group)
        locators.append(group[-1])
    spelled, argument_words = (
        frozenset(
            id_of(spelling_word(ns, s))
            for ns, s in sorted(set(pairs))
            if len(s) >= MIN_WORD and not s.lower().startswith("0x")
        )
        for pairs in (spellings, arguments)
    )
    return Vocabulary(
        words=tuple(sorted(ids, key=ids.__getitem__)),
        groups=tuple(groups),
        locators=tuple(locators),
        keyed={k: tuple(v) for k, v in keyed.items()},
        spellings=spelled,
        argued=frozenset(argued),
        arguments=argument_words,
    )
