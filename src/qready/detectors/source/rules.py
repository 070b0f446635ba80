"""Source rules as data (rules/<language>.toml), validated when loaded."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from qready.errors import CatalogError
from qready.runtime import cached_property

KINDS = ("name", "import", "string", "named", "command")  # command: a tool's command line (commands.py)
FUNCTIONS = (
    "keygen",
    "sign",
    "verify",
    "encrypt",
    "decrypt",
    "key-agree",
    "encapsulate",
    "decapsulate",
    "digest",
    "mac",
    "kdf",
    "reference",
)
_FIELDS = frozenset(
    {
        "id",
        "kind",
        "names",
        "algorithm",
        "function",
        "size",
        "curve",
        "algorithm_arg",
        "description",
        "example",
        "namespaces",
        "require_call",
        "words",
        "sizes",
        "unless_imports",
        "unless_names",
        "not_names",
        "generic_sizes",
    }
)


@dataclass(frozen=True)
class ArgSpec:
    """Where a parameter is passed: by keyword, or at a 0-based position."""

    keyword: str | None = None
    position: int | None = None
    namespace: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    names: tuple[str, ...]
    algorithm: str | None
    function: str
    size: ArgSpec | None
    curve: ArgSpec | None
    algorithm_arg: ArgSpec | None
    namespaces: tuple[str, ...]
    require_call: bool
    description: str
    example: str
    words: tuple[str, ...] = ()  # kind "named": the words of the algorithm a project's names may hold
    sizes: frozenset[int] = frozenset()  # kind "named": the sizes digits after a word may give (`aes256`)
    # the rule does not apply in a file importing one of these (globs): a name several APIs share
    # (`crypto_sign_keypair` is libsodium's Ed25519, and the NIST submissions' API behind `#include "api.h"`)
    unless_imports: tuple[str, ...] = ()
    # the rule does not apply in a file naming one of these: another API's own names (the NIST API's
    # `crypto_sign_signature` and `crypto_sign_verify`, which libsodium has not, in a file calling a scheme's
    # functions without its `api.h`)
    unless_names: tuple[str, ...] = ()
    # names the rule's globs also match that are another algorithm's (`DH_KEM_P256_HKDF_SHA256`: HPKE's
    # elliptic-curve DH KEM, not finite-field DH)
    not_names: tuple[str, ...] = ()
    # the names' size constants (`crypto_box_PUBLICKEYBYTES`) are a generic API's, whichever primitive it is
    # built with, not the algorithm's: a buffer they size is no use of it; a binding giving one out still is
    # (`return (jint)crypto_box_NONCEBYTES;`)
    generic_sizes: bool = False

    def excluded_by(self, imports: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
        """The file's imports, or the names its sites have, say this rule's names are another API's."""
        return any(
            fnmatch.fnmatchcase(path, glob) for glob in self.unless_imports for path in imports
        ) or not names.isdisjoint(self.unless_names)

    def matches(self, name: str) -> bool:
        found = name in self._exact or (self._globs is not None and self._globs.match(name) is not None)
        return found and not self.set_aside(name)

    def lists(self, name: str) -> bool:
        """Whether the rule names this very name, no glob (a library's own constant: `G_CHECKSUM_SHA1`)."""
        return name in self._exact

    def set_aside(self, name: str) -> bool:
        """Whether `not_names` leaves this name out (a named rule's word in it: curve25519_dalek::scalar)."""
        return self._aside is not None and self._aside.match(name) is not None

    @cached_property
    def _aside(self) -> re.Pattern[str] | None:
        """`not_names` as one pattern (each as fnmatch.fnmatchcase reads it)."""
        globs = [fnmatch.translate(pattern) for pattern in self.not_names]
        return re.compile("|".join(f"(?:{glob})" for glob in globs)) if globs else None

    @cached_property
    def _exact(self) -> frozenset[str]:
        return frozenset(pattern for pattern in self.names if "*" not in pattern)

    @cached_property
    def _globs(self) -> re.Pattern[str] | None:
        """The wildcard names as one pattern (`*` as in fnmatch: any text; `[...]` a class)."""
        globs = [fnmatch.translate(pattern) for pattern in self.names if "*" in pattern]
        return re.compile("|".join(f"(?:{glob})" for glob in globs)) if globs else None


def _arg(row: dict[str, Any] | None, where: str) -> ArgSpec | None:
    if row is None:
        return None
    if not isinstance(row, dict) or not set(row) <= {"keyword", "position", "namespace"}:
        raise CatalogError(f"source rule {where}: argument spec must have keyword/position/namespace")
    return ArgSpec(row.get("keyword"), row.get("position"), row.get("namespace"))


def parse_rule(row: dict[str, Any]) -> Rule:
    where = repr(row.get("id", "?"))
    unknown = sorted(set(row) - _FIELDS)
    if unknown:
        raise CatalogError(f"source rule {where}: unknown field(s) {', '.join(unknown)}")
    kind = row.get("kind", "name")
    if kind not in KINDS or not isinstance(row.get("id"), str):
        raise CatalogError(f"source rule {where}: needs an id and a kind in {KINDS}")
    function = row.get("function", "reference")
    if function not in FUNCTIONS:
        raise CatalogError(f"source rule {where}: function must be one of {', '.join(FUNCTIONS)}")
    words = row.get("words", ())
    if kind == "named":
        if not words or not all(isinstance(w, str) and w == w.lower() and len(w) >= 2 for w in words):
            raise CatalogError(f"source rule {where}: a named rule needs words, in lower case")
        row = {**row, "names": named_globs(tuple(words))}
    elif words:
        raise CatalogError(f"source rule {where}: only a rule of kind 'named' has words")
    if kind != "string" and not row.get("names"):
        raise CatalogError(f"source rule {where}: needs names")
    if kind not in ("string", "command") and not row.get("algorithm") and not row.get("algorithm_arg"):
        raise CatalogError(f"source rule {where}: needs an algorithm or an algorithm_arg")
    return Rule(
        id=row["id"],
        kind=kind,
        names=tuple(row.get("names", ())),
        algorithm=row.get("algorithm"),
        function=function,
        size=_arg(row.get("size"), where),
        curve=_arg(row.get("curve"), where),
        algorithm_arg=_arg(row.get("algorithm_arg"), where),
        namespaces=tuple(row.get("namespaces", ())),
        require_call=bool(row.get("require_call", False)),
        description=row.get("description", ""),
        example=row.get("example", ""),
        words=tuple(words),
        sizes=frozenset(int(size) for size in row.get("sizes", ())),
        unless_imports=tuple(row.get("unless_imports", ())),
        unless_names=tuple(row.get("unless_names", ())),
        not_names=tuple(row.get("not_names", ())),
        generic_sizes=bool(row.get("generic_sizes", False)),
    )


def named_globs(words: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings of a named rule's words to look for in a file (the prefilter's words: naming.py then
    decides): at the start of a name or after `_` in lower case (`rsa_key`, `pkcs1_rsa`), capitalized or in
    capitals anywhere (`setRsaPadding`, `CryptographyRSAKey`). A word that starts common words (`des`:
    `describe`, `_description`, `DESC`, `NODES`) is looked for only whole or between underscores."""
    globs: list[str] = []
    for word in words:
        if word in COMMON_WORDS:
            for form in (word, word.upper()):
                globs += [form, f"{form}_*", f"*_{form}", f"*_{form}_*"]
            continue
        # rare in other text: any case (`TripleDES`, `NIST256p`, `BrainpoolP256`, nassl's `EcDh`)
        if len(word) >= LONG_WORD or (len(word) == LONG_WORD - 1 and word.isalpha()):
            globs.append(CASELESS + word)
            continue
        # (capitalized at its first letter: `Rsa`; after digits, `3Des`: QEMU's `QCryptoCipherAlgorithm3Des`)
        capitalized = re.sub("[a-z]", lambda letter: letter.group().upper(), word, count=1)
        globs += [f"{word}*", f"*_{word}*", f"*{capitalized}*", f"*{word.upper()}*"]
    return tuple(dict.fromkeys(globs))


CASELESS = "~"  # a rule name that is one word looked for in any case, anywhere (vocabulary.py)
COMMON_WORDS = frozenset({"des"})
LONG_WORD = 5  # letters: a named word this long is looked for in any case (`MlKem`, `EcDsa`)


@cache
def rules_for(files: str) -> tuple[Rule, ...]:
    """The rules of one rules file, or of several joined by `+` (`c+cpp`), loaded once per process."""
    if "+" in files:
        return tuple(rule for name in files.split("+") for rule in rules_for(name))
    language = files
    text = resources.files("qready.detectors.source").joinpath("rules", f"{language}.toml").read_text("utf-8")
    try:
        rows = tomllib.loads(text).get("rule", [])
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"source rules {language}.toml: {exc}") from None
    rules = tuple(parse_rule(row) for row in rows)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise CatalogError(f"source rules {language}.toml: rule id {rule.id!r} is defined twice")
        seen.add(rule.id)
    return rules
