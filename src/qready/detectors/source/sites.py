"""Turn a query's captures into language-neutral sites: an import, a call with its arguments, a dotted name,
a definition, a string literal, or a bare name an import bound."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import tree_sitter

from qready.detectors.der import decode_oid
from qready.detectors.source.commands import (
    MAX_WORDS,
    PUT_IN,
    called_tool,
    command_words,
    joined,
    may_be_a_command,
    tool_at,
)
from qready.detectors.source.languages import DER_OID_ARCS, LanguageSpec
from qready.detectors.source.naming import A_CONSTANT
from qready.detectors.source.vocabulary import DEFINITION, GIVEN

SiteFilter = Callable[[str, str], bool]  # (kind, resolved name) -> whether a rule may want the site


@dataclass(frozen=True)
class Arg:
    """One call argument: `string` is the literal's content when the argument is a plain string literal."""

    keyword: str | None
    text: str
    kind: str
    line: int
    string: str | None = None


@dataclass(frozen=True)
class Site:
    """One place a rule may match: an import, a call (with its arguments), a dotted name or a string."""

    kind: str
    name: str
    raw: str
    line: int
    column: int
    args: tuple[Arg, ...] = ()
    enclosing: str | None = None
    selector: bool = False  # a call-shaped site of a name given a value (`algorithm="sha1"`), not a call
    # the method called on `name` where the language's call sites are their receivers (Java, Kotlin:
    # `SignatureUtils` + `signDataECDSA`): a project's algorithm words are read in it too
    method: str | None = None
    # where the method a call over several lines ends with is named (line, column), if not on the first line
    member_at: tuple[int, int] | None = None
    # a command site (commands.py) read at one word of an argument vector: that word's index (what it names
    # is the site's); None: the whole command, written as one string
    focus: int | None = None

    @property
    def called(self) -> str:
        """The whole callee: the receiver and its method where the site is the receiver."""
        return f"{self.name}.{self.method}" if self.method else self.name


def text_of(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


_LINE_BREAKS = frozenset({"\\n", "\\t", "\\r"})
_A_LENGTH_BYTE = re.compile(r"\\(?:[rnt]|x[0-9a-fA-F]{2}|[0-7]{1,3})")  # one byte, written as an escape
_AN_ASM_LINE = re.compile(r"\s*[a-z][a-z0-9]*\s+[%$]")  # an instruction, AT&T syntax: `aesenc %%xmm1, ...`


def _string_value(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """The literal's content, when it is one plain piece (no interpolation, no escapes; a Rust byte string's
    terminating NUL aside, for C: libsodium-sys' `crypto_scalarmult_PRIMITIVE: &[u8; 11] = b"curve25519\\0"`;
    not C's own NUL-separated tables, BoringSSL's error names `"BAD_RSA_PARAMETERS\\0"`)."""
    if node.type == "property_identifier":
        return text_of(node)  # a name read as the string it spells (ecmascript.scm: TLS's signature schemes)
    if node.type in ("simple_symbol", "bare_symbol"):
        return text_of(node).removeprefix(":")  # a Ruby symbol, likewise (`[:RS256, :RS384]`, `%i[rs256]`)
    parts = _pieces(node)
    nul = len(parts) == 2 and parts[1].type == "escape_sequence" and text_of(parts[1]) in ("\\0", "\\x00")
    if nul and (node.text or b"").startswith(b'b"'):
        parts = parts[:1]
    if (  # (an inline assembly's line: libgcrypt's `"aesenc %%xmm1, %%xmm10\n\t"`, its line breaks aside)
        len(parts) > 1
        and parts[0].type in spec.string_content
        and all(part.type == "escape_sequence" and text_of(part) in _LINE_BREAKS for part in parts[1:])
        and _AN_ASM_LINE.match(text_of(parts[0]))
    ):
        parts = parts[:1]
    # a name after the byte of its length (Apple Pay's KDF algorithm: `"\\rid-aes256-GCM"`)
    if (
        len(parts) == 2
        and parts[0].type == "escape_sequence"
        and _A_LENGTH_BYTE.fullmatch(text_of(parts[0]))
        and parts[1].type in spec.string_content
        and not any(c.isspace() for c in text_of(parts[1]))
    ):
        parts = parts[1:]
    if len(parts) == 1 and parts[0].type in spec.string_content:
        return text_of(parts[0])
    if len(parts) != 2 or parts[0].type not in spec.string_content or parts[1].type not in _INTERPOLATIONS:
        return None
    head = text_of(parts[0])
    if _A_TAG_HEAD.fullmatch(head):  # a tag before the one value interpolated (air-trust's
        # `f"ed25519:{pub_bytes.hex()}"`, round 239): the tag with `{}` in the value's place, as
        # `'RSA1024:{}'.format(blob)` writes it
        return head + "{}"
    if _A_WORD_HEAD.fullmatch(head):  # one word, then its parameter or its hybrid's other part interpolated
        # (qday-time-machine's `f"ECDSA-{curve}"`, cagoule-pass's `f"RSA-{bits}"`, a toolkit's
        # `f"X25519+{target_kem}"`: rounds 411, 312 and 400): the word
        return head[:-1]
    return None


_A_TAG_HEAD = re.compile(r"[A-Za-z][\w-]*:")
# (not SHA's: its digest size follows, eccrypto-js's `\`SHA-${exports.AES_LENGTH}\``, round 8: not SHA-1)
_A_WORD_HEAD = re.compile(r"(?!(?i:sha)-)[A-Za-z][A-Za-z0-9]*[-+]")


def _pairs(node: tree_sitter.Node, spec: LanguageSpec) -> list[Arg]:
    """The `key: value` pairs of an object-literal argument, as keyword arguments."""
    found: list[Arg] = []
    for pair in node.named_children:
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if pair.type != spec.pair_node or key is None or value is None:
            continue
        name = _string_value(key, spec) or text_of(key)
        found.append(
            Arg(name, text_of(value), value.type, value.start_point.row + 1, _string_value(value, spec))
        )
    return found


def _args(node: tree_sitter.Node, spec: LanguageSpec) -> tuple[Arg, ...]:
    found: list[Arg] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        if spec.object_node is not None and child.type == spec.object_node:
            found.extend(_pairs(child, spec))
            continue
        keyword: str | None = None
        value: tree_sitter.Node | None = child
        if spec.keyword_node and child.type == spec.keyword_node:
            name, value = child.child_by_field_name("name"), child.child_by_field_name("value")
            if name is None or value is None:
                continue
            keyword = text_of(name)
        if value is not None:
            literal = _string_value(value, spec)
            found.append(Arg(keyword, text_of(value), value.type, value.start_point.row + 1, literal))
    return tuple(found)


MAX_CLIMB = 6


def _enclosing_macro(node: tree_sitter.Node) -> str | None:
    """The name of the macro whose tokens hold this node (`info` in `log::info!("{}", rsa_bits(k))`)."""
    current = node.parent
    for _ in range(MAX_CLIMB):
        if current is None:
            return None
        if current.type == "macro_invocation":
            macro = current.child_by_field_name("macro")
            return text_of(macro).rsplit("::", 1)[-1] if macro is not None else None
        current = current.parent
    return None


def _enclosing_call(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """The method name of the call this node is an argument of (`sign` in `key.sign(data, padding.PSS())`);
    for a value interpolated into a string, the string's (`raise KeyError(f"{', '.join(AES.key_sizes)}")`
    is a message's)."""
    child, current = node, node.parent
    interpolation = _interpolation(node)
    if interpolation is not None:
        child, current = interpolation, interpolation.parent
    for _ in range(MAX_CLIMB):
        if current is None or current.type in _BODIES:
            return None  # (a statement in a callback's body is no argument of the call given the callback:
            # `test('signs', t => { signer.p.alg = 'PS384' })`)
        if current.type in spec.call_types:
            callee = _callee(current)
            if callee is None:
                return None
            if not _within(child, callee):  # an argument; the callee's own receiver chain is not one
                name = text_of(callee).rsplit(".", 1)[-1]
                # (text formatted for what is raised is the error's too: pgpy's `raise ValueError("EdDSA
                # only supported with {}".format(EllipticCurveOID.Ed25519))`, `throw Error(util.format(...))`)
                formatted = name in _TEXT_FORMATTERS and _enclosing_call(current, spec) == "raise"
                return "raise" if formatted or _raised(current) else name
        child, current = current, current.parent
    return None


_TEXT_FORMATTERS = frozenset({"format"})  # Python's str.format, Node's util.format


# statements that raise or throw what they hold (Python's `raise`; JavaScript's and TypeScript's `throw`, and
# Kotlin's, a jump; the node types of Java's, C#'s, PHP's, Swift's and Scala's too, but Java's and C#'s
# `new X(...)` name their class in a `type` field, which `_enclosing_call` does not read yet)
_RAISES = frozenset({"raise_statement", "throw_statement", "throw_expression"})


def _raised(call: tree_sitter.Node) -> bool:
    """The call builds what its statement raises or throws (`raise _invalid_signature('ecdsa', error)`,
    `throw new IonError(ErrorCode.JwkEs256k..., ...)`, `throw unusable('RSASSA-PKCS1-v1_5')`): its arguments
    are an error's details, as an exception's message is (the 650 lines that raise or throw among rounds 3 to
    164's labels are all no use)."""
    parent = call.parent
    if parent is None:
        return False
    if parent.type == "jump_expression":  # Kotlin
        return parent.child_count > 0 and parent.children[0].type == "throw"
    return parent.type in _RAISES


_INTERPOLATIONS = frozenset({"interpolation", "template_substitution"})  # Python's f-strings, JavaScript's


def _interpolation(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The interpolation of a string this node is in, if any within a few levels."""
    current = node.parent
    for _ in range(MAX_INTERPOLATION_CLIMB):
        if current is None or current.type in _BODIES:
            return None
        if current.type in _INTERPOLATIONS:
            return current
        current = current.parent
    return None


MAX_INTERPOLATION_CLIMB = 12
_BODIES = frozenset(
    {
        "statement_block",
        "block",
        "function_body",
        "compound_statement",
        "closure_expression",
        "lambda_expression",
    }
)


def _within(node: tree_sitter.Node, outer: tree_sitter.Node) -> bool:
    return outer.start_byte <= node.start_byte and node.end_byte <= outer.end_byte


_HEAD = re.compile(r"^([A-Za-z_$][\w$]*)(.*)$", re.DOTALL)


_PARAMETER_FIELDS = ("name", "left", "pattern")  # a default's, a JS default's, a TypeScript typed one's
# parameters whose first child is the name they declare (`*args`, `**kw`, JS `...rest`, Python's `md5: str`)
_NAME_FIRST = frozenset({"list_splat_pattern", "dictionary_splat_pattern", "rest_pattern", "typed_parameter"})


def _declared_name(parameter: tree_sitter.Node) -> tree_sitter.Node | None:
    """The plain name one parameter declares (`md5`, `md5=None`, `md5: str`, `*md5`, `md5 = x` in JavaScript),
    unless its type is a member of the module so named (Go's `func f(rsa *rsa.PrivateKey)`: the name still
    reads as the module's); None for a destructured one."""
    node: tree_sitter.Node | None = parameter
    if parameter.type != "identifier":
        node = next(
            (found for field in _PARAMETER_FIELDS if (found := parameter.child_by_field_name(field))), None
        )
        if node is None and parameter.type in _NAME_FIRST and parameter.named_child_count:
            node = parameter.named_children[0]
    if node is None or node.type != "identifier":
        return None
    typed = parameter.child_by_field_name("type")
    return None if typed is not None and text_of(node) in _qualifiers(text_of(typed)) else node


_QUALIFIER = re.compile(r"(?<![\w.])(\w+)\s*(?:\.|::)")


def _qualifiers(text: str) -> set[str]:
    """The names that qualify another in a type (`rsa` in `*rsa.PrivateKey`, `ec` in `ec::Point`)."""
    return set(_QUALIFIER.findall(text)) if "." in text or "::" in text else set()


def _declared_names(params: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The names a function's parameter list declares, or a lone arrow-function parameter."""
    if params.type == "identifier":
        return [params]
    return [name for child in params.named_children if (name := _declared_name(child)) is not None]


def in_scope(bindings: dict[str, str], raw: str, node: tree_sitter.Node) -> dict[str, str]:
    """The bindings that hold where `node` stands: none for a name that an enclosing function's parameter
    takes over from its import (swiftclient's `def _put_object(..., md5=None)` after `from hashlib import
    md5`: its `md5` is a sum given, not the hash). A default value is read outside its own function."""
    match = _HEAD.match(raw)
    if match is None or match.group(1) not in bindings:
        return bindings
    scope = node.parent
    while scope is not None:
        params = scope.child_by_field_name("parameters") or scope.child_by_field_name("parameter")
        if params is not None and any(
            text_of(name) == match.group(1) and (name == node or not _within(node, params))
            for name in _declared_names(params)
        ):
            return {}  # (the parameter itself names no import either)
        scope = scope.parent
    return bindings


def resolve_name(raw: str, bindings: dict[str, str]) -> str:
    """Replace the leading name by what an import bound it to; the rest stays as written, whatever the
    language's separator (`rsa.generate_private_key`, `RsaPrivateKey::new`, `RSA::createKey`)."""
    match = _HEAD.match(raw)
    if match is None:
        return raw
    bound = bindings.get(match.group(1))
    if not bound:
        return raw
    # compiled TypeScript reaches a default import through `.default` (`aes_js_1.default.ModeOfOperation`)
    rest = match.group(2)
    return bound + (rest[len(".default") :] if rest == ".default" or rest.startswith(".default.") else rest)


_WHITESPACE = re.compile(r"\s")
# the space before or after a link of a dotted name, matched in linear time: a run of spaces is tried from its
# start only and never given back (a callee over a minified line left blank held 140,000 of them)
_SPACE = re.compile(r"(?<!\s)\s++(?=\?\.|\.|::|->)|(?:(?<=\.)|(?<=::)|(?<=->))\s++")
_LITERAL_RECEIVER = frozenset("{[\"'`")


def site_of(
    captures: dict[str, list[tree_sitter.Node]],
    spec: LanguageSpec,
    bindings: dict[str, str],
    keep: SiteFilter,
    wildcards: tuple[str, ...] = (),
) -> Site | None:
    """The site of one match (None when it is not one, or when `keep` says no rule wants it); `wildcards`:
    the classes whose members a wildcard import brought in."""
    if "call" in captures:
        return _call(captures, spec, bindings, keep)
    named = captures.get("ref") or captures.get("def")
    if named is not None and _empty_function(named[0]):
        return None  # implements nothing (ed25519ll's `void init_ed25519_win32() {}`, a linker's stub)
    if "ref.given" in captures:
        return _given(captures["ref.given"][0], spec, keep)
    if "ref" in captures:
        module = captures.get("ref.module")
        return _reference(captures["ref"][0], spec, bindings, keep, module[0] if module else None)
    if (
        "curve" in captures
    ):  # a WebCrypto algorithm object's curve: the key on it (an ECDH object's is ECDH's:
        # match.py reads the object's `name`)
        return _reference(captures["curve"][0], spec, bindings, keep)
    if "def" in captures:  # the name a type, function or method is defined with: rules say `def:rsa*`
        node = captures["def"][0]
        point, name = node.start_point, text_of(node)
        keep_it = keep("ref", DEFINITION + name)
        # (an enum's member names its enum: `class Group(Enum): x25519 = ...` is a key exchange group)
        scope = text_of(captures["def.scope"][0]) if "def.scope" in captures else None
        if scope is None and node.type == "field_identifier":
            # (a state's field read in a call: a log's, kannel's `debug(...)`)
            scope = _enclosing_call(node, spec)
        site = Site("ref", DEFINITION + name, name, point.row + 1, point.column + 1, (), scope)
        return site if keep_it else None
    if "string" in captures:
        return _string(captures["string"][0], spec)
    if "command" in captures:  # a string read only as a command line (a concatenation's first operand)
        command = _string(captures["command"][0], spec)
        return command if command is not None and command.kind == "command" else None
    if "oid" in captures:
        return _oid(captures["oid"][0], spec)
    if "ident" in captures:
        return _identifier(captures["ident"][0], spec, bindings, keep, wildcards)
    return None


def sites_of(
    captures: dict[str, list[tree_sitter.Node]],
    spec: LanguageSpec,
    bindings: dict[str, str],
    keep: SiteFilter,
    wildcards: tuple[str, ...] = (),
) -> tuple[Site, ...]:
    """The sites of one match: one (site_of), a JSON document's algorithm members (`_json_members`), or a
    string continued over lines (`_continued`) one per line."""
    if "string" in captures and captures.keys().isdisjoint(("call", "ref", "curve", "def")):
        pieces = _json_members(captures["string"][0], spec) or _continued(captures["string"][0], spec)
        if pieces:
            return pieces
    site = site_of(captures, spec, bindings, keep, wildcards)
    return () if site is None else (site,)


def _continued(node: tree_sitter.Node, spec: LanguageSpec) -> tuple[Site, ...]:
    """A string continued over lines by a backslash at each line's end (Rust's `set_cipher_list("ECDHE-...:\\`
    then `DHE-RSA-AES256-GCM-SHA384")`): each line's piece is read as a string of its own, on its own line,
    as adjacent literals are (`"ECDHE-...:"` `"DHE-..."`). None for any other string."""
    parts = _pieces(node)
    breaks = [c for c in parts if c.type not in spec.string_content]
    if not breaks or len(parts) > MAX_PIECES or not all(_LINE_BREAK.fullmatch(text_of(c)) for c in breaks):
        return ()
    readable, outer = _read_here(node, spec)
    if not readable:
        return ()
    pieces = ((part, text_of(part).strip()) for part in parts if part.type in spec.string_content)
    return tuple(
        Site("string", value, text_of(part), part.start_point.row + 1, part.start_point.column + 1, (), outer)
        for part, value in pieces
        if _a_value(value)
    )


MAX_PIECES = 64
_LINE_BREAK = re.compile(r"\\\r?\n[ \t]*")
# a JSON document written in a string (a JWK, a JWT's header, TUF's and securesystemslib's key metadata, a
# protocol's message): the members naming its algorithm, quotes escaped or not (`'{"keytype": "rsa", "scheme":
# "rsassa-pss-sha256"}'`, `"{\"kty\":\"EC\",\"crv\":\"P-256\"}"`, sshnpd's `"signingAlgo":"rsa2048"`, round
# 250); or an XML document's algorithm attribute, an XML Signature's or Encryption's URI (a SAML template's
# `<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" />`, spid-sp-test,
# round 250)
_JSON_MEMBER = (
    r'"(?:kty|crv|alg|enc|keytype|scheme|algorithm|algo|[a-z]+(?:Algo|Algorithm))\\?"\s*:\s*\\?"'
    r'([A-Za-z0-9][\w.+-]{1,40})\\?"'
)
_XML_ALGORITHM = (
    r"""Algorithm=\\?["'](http://www\.w3\.org/[0-9]{4}/(?:[0-9]{2}/)?xml(?:dsig|enc)[-a-z0-9]*"""
    r"#[-a-zA-Z0-9_]+)"
)
_EMBEDDED = re.compile(f"{_JSON_MEMBER}|{_XML_ALGORITHM}")
# ... unless the XML document is a signed or encrypted one, whose values it holds: a test's fixture, data
# (node-saml's and keystoneauth1's SAML assertions, goxmldsig's signed documents: rounds 66, 77 and 99 judged
# them not-use); a template's values are empty (`<ds:SignatureValue />`)
_XML_VALUES = re.compile(r"(?:SignatureValue|DigestValue|CipherValue|X509Certificate)>\s*[A-Za-z0-9+/=]{8}")


def _json_members(node: tree_sitter.Node, spec: LanguageSpec) -> tuple[Site, ...]:
    """The values of a JSON document's algorithm members and an XML document's algorithm URIs (`_EMBEDDED`)
    in a string literal, each a string of its own where it stands; none for any other string."""
    raw = text_of(node)
    if '":' not in raw and '" :' not in raw and "Algorithm=" not in raw:
        return ()
    found = list(itertools.islice(_EMBEDDED.finditer(raw), MAX_PIECES))
    if found and "Algorithm=" in raw and _XML_VALUES.search(raw):
        found = [member for member in found if member.group(1) is not None]  # (a signed document: data)
    if not found:
        return ()
    readable, outer = _read_here(node, spec)
    if not readable:
        return ()
    row, column = node.start_point
    sites = []
    for member in found:
        group = 1 if member.group(1) is not None else 2
        value, at = member.group(group), member.start(group)
        newline = raw.rfind("\n", 0, at)
        line = row + 1 + raw.count("\n", 0, at)
        where = at - newline if newline >= 0 else column + at + 1
        sites.append(Site("string", value, f'"{value}"', line, where, (), outer))
    return tuple(sites)


def bound_by_own_module(name: str, raw: str) -> bool:
    """A name an import of the project's own module resolved (`new DES(...)` after `var DES = require('./')`),
    which its module's path does not name: what it is is its name as written."""
    return name != raw and name.startswith(".")


def _dotted(text: str) -> str:
    """A callee without the space around its dots: `forge.md.sha1\n    .create` is one dotted name."""
    return _SPACE.sub("", text) if _WHITESPACE.search(text) else text


_PARENTHESIS = re.compile(r"[()]")


def _without_comments(node: tree_sitter.Node) -> str:
    """A callee's text without the comments between the links of its chain (not looked for inside the
    arguments of its calls or inside parentheses, which are left out of the name anyway: `_without_arguments`;
    an immediately called function's body is in them)."""
    if node.type == "parenthesized_expression":
        return "()"  # (what it holds is left out: a file wrapped in `(function (exports) {...})`)
    cuts: list[tuple[int, int]] = []
    links = [node]
    while links:
        for child in links.pop().children:
            if "comment" in child.type:
                cuts.append((child.start_byte, child.end_byte))
            elif "argument" not in child.type and child.type != "parenthesized_expression":
                links.append(child)
    source = node.text or b""
    for start, end in sorted(cuts, reverse=True):
        source = source[: start - node.start_byte] + source[end - node.start_byte :]
    return source.decode("utf-8", "replace")


def _without_arguments(text: str) -> str:
    """The text with what its parentheses hold left out (`f(a, g(b)).h` is `f().h`; an unmatched `)` is
    kept, what an unclosed `(` opens is not). Only the parentheses are visited: a callee over many lines can
    hold a whole function's body."""
    kept: list[str] = []
    depth = at = 0
    for match in _PARENTHESIS.finditer(text):
        where = match.start()
        if match.group() == "(":
            if depth == 0:
                kept.append(text[at : where + 1])
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                at = where  # (the `)` starts what is kept next)
    if depth == 0:
        kept.append(text[at:])
    return "".join(kept)


def _without_generics(text: str) -> str:
    """The text with its `::<...>` generic arguments left out, nested ones too."""
    kept: list[str] = []
    depth = at = 0
    while at < len(text):
        if text.startswith("::<", at) and depth == 0:
            depth, at = 1, at + 3
            continue
        if depth:
            depth += {"<": 1, ">": -1}.get(text[at], 0)
        else:
            kept.append(text[at])
        at += 1
    return "".join(kept)


# a JavaScript class's member through its prototype, a method called through `call` or `apply`
_PROTOTYPE = re.compile(r"(?<=[\w$])\.prototype\.(?=[\w$])")
_CALLED_THROUGH = re.compile(r"\.(?:call|apply)$")


def _through_prototype(raw: str, *, call: bool) -> str:
    """A class's member as the class's (`Md5.prototype.digest`: Md5's `digest`); called through `call` or
    `apply`, the method itself is called (js-md5's `Md5.prototype.finalize.call(this)`)."""
    member = _PROTOTYPE.sub(".", raw)
    return _CALLED_THROUGH.sub("", member) if call and member != raw else member


def _call(
    captures: dict[str, list[tree_sitter.Node]],
    spec: LanguageSpec,
    bindings: dict[str, str],
    keep: SiteFilter,
) -> Site | None:
    callee = captures["call.callee"][0]
    awaited = callee.child_by_field_name("function") if callee.type == "call_expression" else None
    if awaited is not None and awaited.text == b"await":
        # tree-sitter-javascript reads compiled code's `await (0, m.f)()` as a call of a call of `await`: the
        # callee is the last of the inner call's arguments (`m.f`)
        given = callee.child_by_field_name("arguments")
        callee = given.named_children[-1] if given is not None and given.named_child_count else callee
    over_lines = callee.start_point.row != callee.end_point.row
    # (a chain over several lines may hold comments between its calls: `keys // the signer\n .sign(msg)`)
    raw = _dotted(_without_comments(callee) if over_lines else text_of(callee))
    owner = _enum_in_tokens(callee) if "call.macro" in captures else None
    if owner is not None:  # (a variant built in a macro's tokens: `matches!(e, ErrorKind::InvalidRsaKey(_))`)
        raw, callee = f"{text_of(owner)}{spec.import_separator}{raw}", owner
    if ".#" in raw:  # a JavaScript class's private field: `this.#crypto.createECDH` reads as `this.crypto...`
        raw = raw.replace(".#", ".")
    if "::<" in raw:  # Rust's turbofish: `ctx.aes_ccm_encrypt::<N, Tag8>(...)` calls `ctx.aes_ccm_encrypt`
        raw = _without_generics(raw)
    if ".prototype." in raw:
        raw = _through_prototype(raw, call=True)
    if over_lines:  # a chain on a call over several lines (`spawn_blocking(move || {...}).await.unwrap`):
        raw = _without_arguments(raw)  # what its inner call was given is read on its own lines
    if raw[:1] in _LITERAL_RECEIVER:
        return None  # `{...}.get(alg)`, `[...].includes(x)`: the literal's own sites are read on their lines
    name = resolve_name(raw, in_scope(bindings, raw, callee))
    method = text_of(captures["call.method"][0]) if "call.method" in captures else None
    if (
        not keep("call", name)
        and not (method and keep("call", f"{name}.{method}"))
        and not (
            bound_by_own_module(name, raw) and keep("call", raw)
        )  # (as written: match.py `_other_names`)
    ):
        return None
    args = _args(captures["call.args"][0], spec) if "call.args" in captures else ()
    point = callee.start_point
    # the method a chain over several lines ends with, on a line of its own (`p\n    .aes_cbc_decrypt(...)`)
    member = _member_name(callee) if over_lines else None
    at = (member.start_point.row + 1, member.start_point.column + 1) if member is not None else None
    node = captures["call"][0]
    in_macro = "call.macro" in captures
    outer = _enclosing_macro(node) if in_macro else _enclosing_call(node, spec)
    # a call's node is a call, or a macro's tokens that call (`@call.macro`); else a selector assigned to
    selector = bool(spec.call_types) and node.type not in spec.call_types and not in_macro
    return Site("call", name, raw, point.row + 1, point.column + 1, args, outer, selector, method, at)


def _member_name(callee: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name a member access ends with (`.aes_cbc_decrypt` of `p\n    .aes_cbc_decrypt`), if the callee is
    one."""
    for field in ("property", "field", "attribute", "name"):
        found = callee.child_by_field_name(field)
        if found is not None:
            return found
    return None


def _reference(
    node: tree_sitter.Node,
    spec: LanguageSpec,
    bindings: dict[str, str],
    keep: SiteFilter,
    module: tree_sitter.Node | None = None,
) -> Site | None:
    """A name referred to; with `module`, the name of that module (a path a macro's tokens spell out:
    `wrap_pyfunction!(aes::ctr256_encrypt, m)`), and the site starts at the module."""
    parent = node.parent
    if parent is not None and parent.type in spec.member_types + spec.call_types:
        return None  # the outer dotted name, or the call, is the site
    if module is None and parent is not None and parent.type == "token_tree":
        module = _enum_in_tokens(node)
    raw = text_of(node) if module is None else f"{text_of(module)}{spec.import_separator}{text_of(node)}"
    if ".prototype." in raw:
        raw = _through_prototype(raw, call=False)
    node = node if module is None else module
    name = resolve_name(raw, in_scope(bindings, raw, node))
    if not keep("ref", name) and not (name != raw and keep("ref", raw)):  # as bound, or as written
        return None
    point, outer = node.start_point, _enclosing_call(node, spec)
    if outer in _NAMES_A_FUNCTION and raw[:1] in "\"'`":
        return None  # a function's name kept by esbuild (`__name(function(key) {...}, "rsa")`)
    return Site("ref", name, raw, point.row + 1, point.column + 1, (), outer)


def _given(node: tree_sitter.Node, spec: LanguageSpec, keep: SiteFilter) -> Site | None:
    """A variable given to a cipher's, a hash's or a curve's role, by its own name (`this.aes256Gcm`:
    aes256Gcm)."""
    text = text_of(node)
    name = GIVEN + text.rsplit(".", 1)[-1]
    if not keep("ref", name):
        return None
    point = node.start_point
    return Site("ref", name, text, point.row + 1, point.column + 1, (), _enclosing_call(node, spec))


def _enum_in_tokens(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """Rust: the type a variant named in a macro's tokens belongs to (`Type::Variant`: uuid's
    `assert_eq!(v, Version::Md5)`, `ErrorKind::InvalidRsaKey`), which token trees split in three."""
    separator = node.prev_sibling
    owner = separator.prev_sibling if separator is not None and separator.type == "::" else None
    if owner is None or owner.type != "identifier":
        return None
    return owner if text_of(owner)[:1].isupper() and text_of(node)[:1].isupper() else None


_DECLARATORS = ("function_declarator", "pointer_declarator", "parenthesized_declarator")


def _empty_function(name: tree_sitter.Node) -> bool:
    """The name of a C or C++ function defined with an empty body (`void f(void) {}`): a name in a
    function's declarator, whose definition's body holds nothing; or of an undecorated Python function whose
    body only passes (jmz-tool's `def md5(self, data):` then `pass`, round 261). A body of a docstring or
    `...` declares an API (a stub file's, an abstract method's), and so does a decorated `pass`
    (`@abstractmethod`)."""
    node = name.parent
    if node is not None and node.type == "function_definition" and node.child_by_field_name("name") == name:
        body = node.child_by_field_name("body")
        statements = [child for child in body.named_children if child.type != "comment"] if body else []
        decorated = node.parent is not None and node.parent.type == "decorated_definition"
        return not decorated and [child.type for child in statements] == ["pass_statement"]
    if node is None or node.type not in _DECLARATORS:
        return False
    while node is not None and node.type in _DECLARATORS:
        node = node.parent
    if node is None or node.type != "function_definition":
        return False  # a prototype
    body = node.child_by_field_name("body")
    return body is not None and body.type == "compound_statement" and body.named_child_count == 0


def qualified(bound: str, spec: LanguageSpec) -> bool:
    """An import bound the name to a member of a module (`cryptography...ed25519.Ed25519PrivateKey`)."""
    return "." in bound or spec.import_separator in bound


def _identifier(
    node: tree_sitter.Node,
    spec: LanguageSpec,
    bindings: dict[str, str],
    keep: SiteFilter,
    wildcards: tuple[str, ...] = (),
) -> Site | None:
    """A name an import bound to a class or function (`from m import RSAKey`), used on its own; a constant
    of a class whose members a wildcard import brought in (`KEY_ALGORITHM_EC` after `import
    android.security.keystore.KeyProperties.*`)."""
    text = text_of(node)
    bound = in_scope(bindings, text, node).get(text)
    if bound is None and wildcards and A_CONSTANT.fullmatch(text):
        members = (f"{owner}{spec.import_separator}{text}" for owner in wildcards)
        bound = next((member for member in members if keep("ref", member)), None)
    parent = node.parent
    if bound is None or not qualified(bound, spec) or parent is None or parent.type in spec.not_a_use:
        return None
    if not keep("ref", bound):
        return None
    if (
        parent.type in ("keyword_argument", "default_parameter")
        and parent.child_by_field_name("name") == node
    ) or parent.child_by_field_name("left") == node:
        return None  # a keyword's name, or the name rebound (`except ImportError: RSAKey = None`)
    point = node.start_point
    return Site("ref", bound, text, point.row + 1, point.column + 1)


MAX_STRING = 120  # characters of a string read as a value
# ... or of a list of names (`"aes128-ctr,aes192-ctr,..."`, OpenSSL's `"ECDHE-RSA-AES128-GCM-SHA256:..."`)
MAX_LIST_STRING = 2_000
_A_LIST = re.compile(r"[\w.@+/=-]+(?:[,:;][\w.@+/=-]+)+")


def _string(node: tree_sitter.Node, spec: LanguageSpec) -> Site | None:
    value = _string_value(node, spec)
    if value is not None and _HEX_OID.fullmatch(value):
        # an OID's DER in hex (revenant's `bytes.fromhex("06092a864886f70d01010b")`, round 428): read as its
        # dotted form, as `_oid` reads its bytes listed
        value = der_oid(list(bytes.fromhex(value))) or value
    command = _command(node, spec, value)
    if command is None and (value is None or not _a_value(value)):
        return None
    readable, outer = _read_here(node, spec)
    if not readable:
        return None
    point = node.start_point
    if command is not None:
        words = tuple(
            Arg(None, word, "word", line) for word, line in zip(command.words, command.lines, strict=True)
        )
        name = joined(command.words)
        return Site(
            "command", name, text_of(node), point.row + 1, point.column + 1, words, outer, focus=command.at
        )
    assert value is not None
    return Site("string", value, text_of(node), point.row + 1, point.column + 1, (), outer)


@dataclass(frozen=True)
class _Command:
    """A tool's command a string is, or is a word of: its words, each word's line, and the string's index
    among them (None: the string is the whole command)."""

    words: list[str]
    lines: list[int]
    at: int | None = None


def _command(node: tree_sitter.Node, spec: LanguageSpec, value: str | None) -> _Command | None:
    """The tool's command a string is (`"openssl genrsa -out key.pem 2048"`, an f-string or a template with
    values put in), or is a word of (`["ssh-keygen", "-t", "ed25519", ...]`); None for any other string."""
    text = _joined(node, spec) or (value if value is not None else _with_values_put_in(node, spec))
    if text is not None and may_be_a_command(text):
        words = command_words(text)
        if words is not None:
            return _Command(words, [node.start_point.row + 1] * len(words))
    if value is None or len(value) > MAX_WORD or node.parent is None:
        return None
    return _argument_vector(node, spec)


def _with_values_put_in(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """A string's text with PUT_IN for each value interpolated into it (`f"{OPENSSL} genrsa {bits}"` ->
    `{} genrsa {}`; PHP's `"... -out $key 2048"`, Kotlin's `"...$path"`); None when it holds escapes (a line
    break: text printed, not a command run), and for anything but a string with text of its own."""
    text: list[str] = []
    pieces = _pieces(node)
    if not any(part.type in spec.string_content for part in pieces):
        return None
    for part in pieces:
        if part.type in spec.string_content:
            text.append(text_of(part))
        elif part.type == "escape_sequence":
            return None
        else:
            text.append(PUT_IN)
    return "".join(text)


# the expressions joining strings (`"openssl genrsa -out " + path + " 2048"`; PHP's `.`)
_JOINS = frozenset({"binary_expression", "binary_operator", "binary"})
_JOINING = frozenset({"+", "."})
MAX_JOINED = 32  # operands of a concatenation read as one command line


def _join(node: tree_sitter.Node) -> tuple[tree_sitter.Node, tree_sitter.Node] | None:
    """A concatenation's two operands, or None when the node is no concatenation."""
    if node.type not in _JOINS:
        return None
    operator = node.child_by_field_name("operator")
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if operator is None or operator.type not in _JOINING or left is None or right is None:
        return None
    return left, right


def _joined(node: tree_sitter.Node, spec: LanguageSpec) -> str | None:
    """The text of the concatenation a string starts (its leftmost operand), with PUT_IN for each operand
    that is no string: a command line built by `+` or PHP's `.` is read whole (`"openssl genrsa -out " +
    path + " 2048"` makes a 2048-bit key). None for a string that starts none."""
    top: tree_sitter.Node | None = None
    current = node
    while current.parent is not None and (operands := _join(current.parent)) is not None:
        if operands[0].id != current.id:
            break
        top = current = current.parent
    if top is None:
        return None
    rights: list[tree_sitter.Node] = []
    current = top
    while (operands := _join(current)) is not None and len(rights) < MAX_JOINED:
        current, right = operands
        rights.append(right)
    if current.id != node.id:
        return None  # (more operands than read)
    parts = [node, *reversed(rights)]
    return "".join(
        text_of(part)
        if part.type in _INTEGERS_WRITTEN and text_of(part).isdigit()
        else _string_value(part, spec) or _with_values_put_in(part, spec) or PUT_IN
        for part in parts
    )


# the languages' integer literals (`"... -keysize " + 4096`)
_INTEGERS_WRITTEN = frozenset(
    {"integer", "number", "int_literal", "integer_literal", "decimal_integer_literal", "number_literal"}
)


# the nodes whose elements are an argument vector's words (a list, an array, a call's arguments)
_VECTORS = frozenset(
    {"list", "tuple", "array", "argument_list", "arguments", "array_initializer", "literal_value"}
    | {"array_expression", "initializer_list", "collection_expression", "value_arguments"}
)
# what wraps an element or a vector (Go's, PHP's and Kotlin's elements; Rust's borrowed `&["-t", "ed25519"]`)
_ELEMENT_WRAPPERS = frozenset({"literal_element", "argument", "value_argument", "reference_expression"})


def _argument_vector(node: tree_sitter.Node, spec: LanguageSpec) -> _Command | None:
    """The argument vector a string is an element of, when the vector's first word is a tool's
    (commands.TOOLS), or the call the vector is given to names the tool: as its first argument
    (`spawn('ssh-keygen', ['-t', 'ed25519'])`) or by its own name (`openssl("rsa", "-in", path)`,
    `execute_openssl(["genrsa", ...])`: `called_tool`). Its first words are looked at before the rest is
    read (a data table's strings are elements of a long vector too)."""
    element = node.parent if node.parent is not None and node.parent.type in _ELEMENT_WRAPPERS else node
    vector = element.parent
    if vector is None or vector.type not in _VECTORS:
        return None
    outer = vector.parent if vector.parent is not None and vector.parent.type in _ELEMENT_WRAPPERS else vector
    given = outer.parent if outer.parent is not None and outer.parent.type in _VECTORS else None
    head = [_word(child, spec) for child in _first(vector, HEAD_WORDS)]
    tool: str | None = None  # the tool's word the vector's words follow
    tool_line = 0
    if tool_at(head) is None:
        before = _first(given, 2) if given is not None else []
        if (
            len(before) == 2
            and before[1].id == outer.id
            and tool_at([_word(before[0], spec), *head]) is not None
        ):
            tool, tool_line = (
                _word(before[0], spec),
                before[0].start_point.row + 1,
            )  # (`spawn('ssh-keygen', [...])`)
        else:
            called = (
                given.parent if given is not None and before and before[0].id == outer.id else vector.parent
            )
            callee = _callee(called)
            tool = called_tool(text_of(callee), head) if callee is not None else None
            if tool is None or callee is None:
                return None
            tool_line = callee.start_point.row + 1
    elements = _spread(_elements(vector))[:MAX_WORDS]
    at = next((i for i, child in enumerate(elements) if child.id == element.id), None)
    if at is None:
        return None
    words = [_word(child, spec) for child in elements]
    lines = [child.start_point.row + 1 for child in elements]
    if tool is not None:
        words, lines, at = [tool, *words], [tool_line, *lines], at + 1
    return _Command(words, lines, at) if tool_at(words) is not None else None


def _spread(elements: list[tree_sitter.Node]) -> list[tree_sitter.Node]:
    """A vector's elements with the elements of a list among them spread in place (acmen's
    `self.__openssl('genrsa', ['4096'])`: the options given as a list)."""
    spread: list[tree_sitter.Node] = []
    for child in elements:
        inner = child.named_children[0] if child.type in _ELEMENT_WRAPPERS and child.named_children else child
        spread += _elements(inner) if inner.type in _LISTS else [child]
    return spread


_LISTS = frozenset({"list", "array", "array_expression", "array_initializer", "tuple"})
HEAD_WORDS = 3  # an argument vector's words looked at first: `sudo`, the tool, its subcommand


def _first(vector: tree_sitter.Node, count: int) -> list[tree_sitter.Node]:
    """A vector's first elements (without reading the others)."""
    found: list[tree_sitter.Node] = []
    child = vector.named_child(0) if vector.named_child_count else None
    while child is not None and len(found) < count:
        if child.is_named and child.type != "comment":
            found.append(child)
        child = child.next_sibling
    return found


def _callee(call: tree_sitter.Node | None) -> tree_sitter.Node | None:
    """The node a call calls, by the languages' field names for it (Ruby's names its `method`; Kotlin's call
    has no field: its callee comes first)."""
    if call is None:
        return None
    for field_name in ("function", "name", "constructor", "method"):
        found = call.child_by_field_name(field_name)
        if found is not None:
            return found
    return call.children[0] if call.type == "call_expression" and call.children else None


def _elements(vector: tree_sitter.Node) -> list[tree_sitter.Node]:
    return [child for child in vector.named_children if child.type != "comment"]


def _word(element: tree_sitter.Node, spec: LanguageSpec) -> str:
    """An argument vector's word: a string's value, else a value the program puts in."""
    inner = (
        element.named_children[0] if element.type in _ELEMENT_WRAPPERS and element.named_children else element
    )
    return _string_value(inner, spec) or PUT_IN


MAX_WORD = 64  # characters of a string read as one word of an argument vector


def _pieces(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """A string literal's content pieces and escapes, without its quotes."""
    return [c for c in node.named_children if c.type not in ("string_start", "string_end")]


def _a_value(value: str) -> bool:
    """A string short enough to be a name, or a longer one that is a list of names (a cipher or an SSH
    algorithm list) or a URI choosing an algorithm by its query (a TOTP key's `otpauth://totp/...?secret=...
    &algorithm=SHA1`)."""
    return (
        2 <= len(value) <= MAX_STRING
        or _A_LIST.fullmatch(value[: MAX_LIST_STRING + 1]) is not None
        or (len(value) <= MAX_LIST_STRING and query_algorithm(value) is not None)
    )


# a query's parameter choosing an algorithm, named by group 1 (a TOTP/HOTP key's
# `otpauth://hotp/x?secret=...&algorithm=SHA1`, a COS request's `q-sign-algorithm=sha1&q-ak=%s`, round 392)
_QUERY_ALGORITHM = re.compile(
    r"(?:^|[?&])[\w-]*?(?i:algorithm|alg|digest|sign_?method|signature_?method|sign_?type)=([A-Za-z][\w-]{1,30})"
    r"(?=&|$)"
)
# a string that is a query alone, two parameters or more (`a=1&b=%s`)
_A_QUERY = re.compile(r"[\w.-]+=[^&\s=]*(?:&[\w.-]+=[^&\s=]*)+")


def query_algorithm(value: str) -> str | None:
    """The algorithm a URI's query or a query string alone chooses by its parameter (`_QUERY_ALGORITHM`).
    The string's shape is tested first: most long strings are neither, and that test fails at their first
    space."""
    if "://" not in value and _A_QUERY.fullmatch(value) is None:
        return None
    found = _QUERY_ALGORITHM.search(value)
    return found.group(1) if found else None


def _read_here(node: tree_sitter.Node, spec: LanguageSpec) -> tuple[bool, str | None]:
    """Whether a string literal here can name a use, and the call it is given to. Not a docstring or a bare
    string statement (documentation), nor log, print, error or test-title text, which names an algorithm
    without using it; an assertion's value is compared (`assertEqual(jwt.alg, "RS256")`)."""
    parent = node.parent
    if parent is not None and parent.type in spec.docstring_parents:
        return False, None
    outer = _enclosing_call(node, spec)
    if outer in _NAMES_A_FUNCTION:
        return False, outer
    return not (is_message(outer) and _COMPARES.match(outer or "") is None), outer


# esbuild's helper that keeps a function's name (`rsa: __name(function(publicKey) {...}, "rsa")`): the string
# names the function, it selects nothing (@bicycle-codes/crypto-util, round 246)
_NAMES_A_FUNCTION = frozenset({"__name"})
_COMPARES = re.compile(r"^(expect|assert\w*)$")
# (Rust's digits may be grouped: `oid!(1, 2, 840, 113_549, 1, 1, 1)`)
_INTEGERS = re.compile(r"[{(\[]\s*\d+(?:\s*,\s*\d[\d_]*){2,}\s*,?\s*[})\]]")


def _oid(node: tree_sitter.Node, spec: LanguageSpec) -> Site | None:
    """An OID written as a list of integers (`asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}`) or as the
    bytes of its DER (`[0x2b, 0x65, 0x70]`, with or without its `0x06` tag and length): read as the string of
    its dotted form, which the string rules resolve as the catalog's OIDs."""
    text = text_of(node)
    if _INTEGERS.fullmatch(text):
        dotted: str | None = ".".join(re.findall(r"\d+", text.replace("_", "")))
    elif _HEX_BYTES.fullmatch(text):
        dotted = der_oid([int(byte, 16) for byte in re.findall(r"0[xX]([0-9a-fA-F]{1,2})", text)])
    else:
        return None
    if dotted is None:
        return None
    point = node.start_point
    return Site("string", dotted, text, point.row + 1, point.column + 1, (), _enclosing_call(node, spec))


# the hex of an OID's DER, its tag and length in front (`06092a...`) or its content alone, led by one of the
# arcs that hold algorithms' OIDs (`DER_OID_ARCS`; openpgp's `knownOIDs = { '2a8648ce3d030107': ... }`)
_HEX_OID = re.compile(
    r"(?i)(?:06[0-9a-f]{2})?(?:"
    + "|".join(arc.replace(" ", "") for arc in DER_OID_ARCS)
    + r")(?:[0-9a-f]{2}){1,24}"
)
_HEX_BYTES = re.compile(r"[{(\[]\s*0[xX][0-9a-fA-F]{1,2}(?:\s*,\s*0[xX][0-9a-fA-F]{1,2}){2,}\s*,?\s*[})\]]")
MAX_OID_BYTES = 64


def der_oid(values: list[int]) -> str | None:
    """The dotted form of an OID's DER content (der.decode_oid), its tag (0x06) and length in front or not;
    None when the bytes are no OID's (too few or too many, its last arc unfinished)."""
    if len(values) >= 2 and values[0] == 0x06 and values[1] == len(values) - 2:
        values = values[2:]
    if not 3 <= len(values) <= MAX_OID_BYTES or values[-1] & 0x80 or values[0] == 0x80:
        return None
    return decode_oid(bytes(values))


# a C test suite's assertion and runner macros, whose first argument names the value or the test (libyal's
# `FCRYPTO_TEST_ASSERT_IS_NOT_NULL("des3_context", des3_context, error)`, `FCRYPTO_TEST_RUN("...", test)`)
# (and Check's suite and case titles: `suite_create("curve25519")`, `tcase_create("ed25519")`; Rust
# criterion's benchmark names: `c.bench_function("aes", ...)`)
_TEST_TITLES = (
    r"[A-Z][A-Z0-9]*_TEST_(?:ASSERT_\w+|RUN\w*)|suite_create|tcase_create|bench_function|bench_with_input"
    r"|benchmark_group"
)
# Callees whose string arguments are messages for people: loggers, printers, assertions, exceptions, test
# titles. (Formatters such as Sprintf and format build identifiers like "ecdsa-sha2-%s": not listed.)
_MESSAGE = re.compile(
    r"^(log|debug|info|notice|warn|warning|error|fatal|critical|exception|trace|print|println|printf|eprintln"
    r"|fprintf|fputs|perror|syslog"
    # a project's own printer of a label, by its name (wireshark's `print_stats_table_header_label("SHA1")`,
    # round 150; not gnupg's `print_hashline(md, DIGEST_ALGO_SHA1, fname)`, which hashes)
    r"|print_\w*(?:label|header|title|caption)"
    # C's prefixed loggers (GnuPG's `log_info`, `log_error`; `LOG_DEBUG(...)` macros)
    r"|(?i:log_(?:info|debug|error|err|warn|warning|fatal|notice|trace|printf|printhex|msg|crit|bug))"
    # Apache httpd's loggers (mod_auth_cas's `ap_log_rerror(APLOG_MARK, ...)`)
    r"|ap_log_[a-z]*error"
    r"|eprint|puts|echo|panic|Errorf|Fatalf|Printf|Println|Print|Debugf|Infof|Warnf|Warningf|Errorln"
    # Go's structured loggers (logrus, zap, zerolog, go-kit): `mach.Log.Debug(...)`, `logger.Warn(...)`
    r"|Debug|Info|Warn|Warning|Trace|Tracef|Debugln|Infoln|Warnln|Fatal|Fatalln|Panicf|Panicln"
    # Rust's Debug formatting (sayaka's `f.debug_struct("ChaCha20")`, round 124): a name shown to people
    r"|debug_struct|debug_tuple|debug_map|debug_list|debug_set"
    r"|expect|raise|reject|it|test|describe|context|assert\w*|[A-Z]\w*(Error|Exception)"
    # a text looked up by its key (jt400's `getSystemValueText("QLIBLCKLVL_DES")`, a description's key)
    # ... or shown in a user interface's widget (flet's and SwiftUI's `Text("Falcon-512")`, Qt's
    # `QLabel("SHA-256")`, `setToolTip(...)`; qbitcoin's wallet, round 245)
    r"|Text|Label|QLabel|set(?:Text|ToolTip|StatusTip|WindowTitle|PlaceholderText)"
    r"|get\w*Text|getMessage|getLocalized\w*|getResourceString|" + _TEST_TITLES + ")$"
)


# a call that reports an error, by a segment of its name (`OPENSSL_PUT_ERROR(DSA, ...)`, `ssh_set_error()`),
# not one that takes or tests a result's error, whose argument runs (Rust's `expect_err(keygen(...))`)
_REPORTS_ERROR = re.compile(r"(?:^|_)(?:PUT_)?ERR(?:OR)?S?(?:_|$)|(?:^|_)err(?:or)?s?(?:_|$)")
_TAKES_AN_ERROR = re.compile(r"(?:^|[.:_])(?:expect|unwrap|is|map|assert)_err(?:_\w+)?$")


def is_message(callee: str | None) -> bool:
    """A call whose arguments are messages for people (a logger, a printer, an assertion, an exception, an
    error report)."""
    name = callee or ""
    reports = _REPORTS_ERROR.search(name) is not None and _TAKES_AN_ERROR.search(name) is None
    return _MESSAGE.match(name) is not None or reports


_TEST_CALL = re.compile(r"^(expect|it|test|describe|context|assert\w*)$")


def is_assertion(callee: str | None) -> bool:
    """A test's assertion that compares its arguments (`assertEqual(alg, RSASHA256)`), not one that checks a
    name is there (`assertIsNotNone(AESKey)`, `expect(x.sha1).toBeDefined()`)."""
    name = (callee or "").rsplit(".", 1)[-1]
    return name.startswith("assert") and _PRESENCE.match(name) is None


_PRESENCE = re.compile(r"assert(?:IsNotNone|IsNone|NotNull|Null|True|False|Ok)$")


def is_log(callee: str | None) -> bool:
    """A message call that is not a test's: a logger, a printer, an exception (`assertEqual(x, cose.RS256)`
    compares a value; `LOG.info(RSA_KEY_FILE)` only tells it)."""
    return is_message(callee) and _TEST_CALL.match(callee or "") is None
