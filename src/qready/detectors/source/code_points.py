"""Numbers that name algorithms by a registry, read as the names they stand for.

TLS code points, each named in the comment that follows it: a ClientHello's cipher suites and groups as a TLS
fingerprinting library lists them (utls's `0xC013,  # ECDHE-RSA-AES128-SHA`, `vec![0x001D /* X25519 */]`,
audit round 149). A number alone names nothing qready can tell apart from any other number, so it counts only
where its comment names the very suite, group or signature scheme the TLS registries give that code point
(IANA's cipher suite registry, tls_suites.toml; the catalog's TLS group and signature scheme code points).

COSE algorithms, by their numbers in IANA's COSE Algorithms registry (the catalog's `cose` spellings), where
the code says the number is an algorithm's: keyed by `alg` (a WebAuthn credential's `{ type: "public-key",
alg: -7 }`, a COSE key's `cosePublicKey.set(COSEKEYS.alg, -7)`, `"alg": -8`) or listed as the algorithms
supported (`supportedAlgorithmIDs: [-7, -257]`: zksync-sso, audit round 375). Only the registry's negative
numbers count: they name the signatures, RSA-OAEP and the ECDH key agreements; its small positive ones
(`alg: 1`, A128GCM) are any counter's too.

Either number is then a string site of its algorithm's name, at the number, read by the string rule as a
quoted name would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tree_sitter import Node

from qready.detectors.source.extract import Extraction
from qready.detectors.source.prefilter import Literal
from qready.detectors.source.sites import Site
from qready.knowledge import Catalog
from qready.knowledge.ciphersuites import suite_algorithms
from qready.knowledge.tls_registry import cipher_suites
from qready.model import Algorithm

# a two-byte code point, alone in its list item (an opening `name: vec![`, `= [` or `(` before it at most),
# then the comment naming it (its first word: the registries' name for the number confirms it)
_A_NAMED_CODE_POINT = re.compile(
    r"^\s*(?:[\w.$]+\s*[:=]\s*(?:vec!)?[\[({]\s*|[\[({]\s*)?(?P<code>0[xX][0-9A-Fa-f]{4})\s*[,)\]}]*\s*"
    r"(?:#|//|/\*)\s*(?P<name>[A-Za-z0-9_][A-Za-z0-9_.@+-]*)(?:\s|\*/|$)"
)
_NAMESPACES = ("tls-group", "tls-sigscheme")
# the words that mark a COSE algorithm's number on its line (the prefilter's: a line holding one is read);
# a list's name is marked inside a longer one too (`supportedAlgorithmIDs`)
COSE_MARKS = tuple(
    Literal(f"alg{quote}{space}{sign}{after}-", caseless=True)
    for quote in ("", '"', "'")
    for space in ("", " ")
    for sign in (":", "=", ",")
    for after in ("", " ")
) + tuple(Literal(word, caseless=True, left=False) for word in ("algorithmids", "algorithm_ids"))
_A_COSE_ALG = re.compile(r"""(?i)(?<![\w$])alg["']?\s*(?:[:=,]|=>)\s*(?P<code>-\d{1,5})(?![\w.])""")
_A_COSE_LIST = re.compile(
    r"""(?i)algorithm_?ids["']?\s*[:=]\s*[\[({]\s*(?P<codes>-\d{1,5}(?:\s*,\s*-\d{1,5})*)"""
)
_A_NEGATIVE = re.compile(r"-\d{1,5}")
_A_HEX_CODE = re.compile(r"\b0x([0-9A-Fa-f]{2,4})\b")  # a code point in hex (`0x0017`, `0x17`)


def code_point_sites(
    extraction: Extraction, data: bytes, located: Iterable[tuple[int, int]], catalog: Catalog
) -> list[Site]:
    """The sites of the code points named in comments on the lines where the prefilter located a word (the
    comment's: located, not read). Not where invalid UTF-8 was replaced: the offsets are the file's."""
    if (b"0x" not in data and b"0X" not in data) or len(extraction.source) != len(data):
        return []
    noted = sorted({extraction.line_of(end - 1) for _, end in located})
    count = len(extraction.lines)
    return named_code_points(((n, extraction.lines[n - 1]) for n in noted if n <= count), catalog)


def names_its_group(text: str, algorithm: Algorithm, catalog: Catalog) -> bool:
    """Whether the text holds, in hex, the TLS named group's code point of this key exchange (utls's
    `0x0017 => Some("P-256"),` mapping supported groups to names, round 149)."""
    return any(catalog.find(int(code, 16), "tls-group") == algorithm for code in _A_HEX_CODE.findall(text))


def named_code_points(lines: Iterable[tuple[int, str]], catalog: Catalog) -> list[Site]:
    """String sites for the code points on these (line number, text) lines that their comments name."""
    sites: list[Site] = []
    for number, text in lines:
        if "0x" not in text and "0X" not in text:
            continue
        found = _A_NAMED_CODE_POINT.match(text)
        if found is None:
            continue
        code, name = int(found.group("code"), 16), found.group("name")
        if _names(catalog, code, name):
            sites.append(Site("string", name, found.group("code"), number, found.start("code") + 1))
    return sites


def _names(catalog: Catalog, code: int, name: str) -> bool:
    """Whether `name` is what the TLS registries call the code point `code`."""
    suite = cipher_suites().get(code)
    if suite is not None:
        ours, theirs = suite_algorithms(catalog, suite), suite_algorithms(catalog, name)
        if ours and theirs and set(ours) == set(theirs):
            return True
    for namespace in _NAMESPACES:
        registered = catalog.find(code, namespace)
        if registered is not None and registered == (
            catalog.find(name, namespace) or catalog.find(name, "name")
        ):
            return True
    return False


def cose_sites(extraction: Extraction, ends: Iterable[int], catalog: Catalog) -> list[Site]:
    """String sites for the COSE algorithms' numbers on the lines where the prefilter located a word (`ends`:
    where each word it located ends, comment lines left out), not in a text (a docstring's `{alg=-35 (ES384),
    ...}`) nor a comment after code."""
    noted = sorted({extraction.line_of(end - 1) for end in ends})
    count = len(extraction.lines)
    sites = named_cose_numbers(((n, extraction.lines[n - 1]) for n in noted if n <= count), catalog)
    return [site for site in sites if not _in_text(extraction, site)]


def _in_text(extraction: Extraction, site: Site) -> bool:
    """Whether the site's number stands in a string or a comment of the parsed code."""
    start = extraction.byte_ranges([site.line])[0][0]
    start += len(extraction.lines[site.line - 1][: site.column - 1].encode())
    root = extraction.parsed.cover([site.line]).root_node
    node: Node | None = root.descendant_for_byte_range(start, start + len(site.raw))
    while node is not None:
        if "string" in node.type or "comment" in node.type:
            return True
        node = node.parent
    return False


def named_cose_numbers(lines: Iterable[tuple[int, str]], catalog: Catalog) -> list[Site]:
    """String sites for the COSE algorithms' numbers these (line number, text) lines key by `alg` or list."""
    sites: list[Site] = []
    for number, text in lines:
        if "-" not in text or not ("alg" in text or "Alg" in text or "ALG" in text):
            continue
        spans = [(found.start("code"), found.group("code")) for found in _A_COSE_ALG.finditer(text)]
        for listed in _A_COSE_LIST.finditer(text):
            start = listed.start("codes")
            spans.extend(
                (start + one.start(), one.group()) for one in _A_NEGATIVE.finditer(listed.group("codes"))
            )
        for at, code in spans:
            entry = catalog.entry(int(code), "cose")
            if entry is not None:
                sites.append(Site("string", entry.name, code, number, at + 1))
    return sites
