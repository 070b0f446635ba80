"""Languages the source detector parses: file extensions, grammar wheel, and node shapes it reads."""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import tree_sitter


@dataclass(frozen=True)
class LanguageSpec:
    """What extract.py needs to know about a grammar's node types (everything else is in the .scm query).

    keyword_node: the argument node carrying `name=value` (Python's keyword_argument), if any.
    string_content: node types holding a string literal's text (no interpolation when only these appear).
    member_types: dotted-access node types (`a.b`), so only the outermost one of `a.b.c` is a site.
    call_types: call node types (a member that is a call's callee is reported through the call).
    not_a_use: parents of a bare identifier that make it a declaration, not a use.
    docstring_parents: a string whose parent is one of these is documentation (Python docstrings).
    import_binds: what a plain `import PATH` binds: "first" segment (Python `import os.path` binds `os`) or
        "last" (Go `import "crypto/rsa"` binds `rsa`); segments split on `import_separator`.
    object_node / pair_node: an object-literal argument whose `key: value` pairs count as keyword arguments
        (JavaScript `subtle.generateKey({name: "RSA-PSS", modulusLength: 2048}, ...)`).
    rules_from: the rule files this language uses, when not just its own (JavaScript uses TypeScript's;
        C++ uses C's and its own).
    top_level: a pattern matching the start of a line that may begin a top-level statement (windows.py
        parses the statements around the lines it reads); None: files are parsed whole.
    imports_at: words found on every line where an import may start (those lines are always parsed; only
        used with `top_level`).
    conditionals: C preprocessor conditionals (`#if` ... `#endif`) are kept whole in a window.
    braces: a statement starts only outside braces (a preprocessor line at the margin inside a class body or
        a function starts none), a namespace's and `extern "C"`'s braces aside.
    embedded: code the grammar keeps as text, read on its own (extract.py): a query capturing it as @body,
        and its language (C's macro bodies; C declarations a Python cffi binding gives `ffi.cdef("...")`).
    handed: where a variable holds the embedded code (captured @_held with @body), the pattern of the calls
        that take it, the variable's name as group 1 (`ffi.cdef(BASE_DEFINITIONS)`): the variable's text is
        code only when the file hands it to one.
    multiline: the delimiters of comments and strings that span lines (a window never starts inside one).
    line_comment: what starts a comment that runs to the end of the line.
    class_members: a long class is read member by member, each after the class's header (Python).
    block_members: a long block is read statement by statement of its body, each on its own (JavaScript,
        TypeScript: files wrapped in one function or namespace).
    project_names: the project's own names are read for algorithm words (rules/named.toml, naming.py).
    named_calls: a call's site is read for them too; not in Ruby, whose call sites span their blocks
        (`describe "RS256" do ... end`): its definitions, constants and receivers are read instead.
    rewrites: byte patterns replaced before parsing by text of the same length, so lines and columns stay
        (Cython's `from libc.stdlib cimport malloc` read as Python's `import`, whose error recovery would
        otherwise swallow the rest of a .pyx file; C's alignment macros blanked, `_C_ALIGNMENT`).
    module_aliases: modules imported as drop-in replacements of another, whose rules then read them
        (react-native-quick-crypto and crypto-browserify are node:crypto's API).
    dialect_of: the language this one is a dialect of, read with its rules (`tsx`: TypeScript with JSX, with
        its own grammar variant and queries); `--languages typescript` reads both.
    module_file: a file extension a relative import path may end with (`import ed25519 from './ed25519.js'`):
        dropped from what the import binds, so `ed25519.sign(...)` reads as `./ed25519.sign`.
    oid_lists: the words that mark an OID written as a list of integers (Go's `asn1.ObjectIdentifier{1, 2,
        840, 10045, 4, 3, 2}`): its lines are read, and the query captures the list as @oid (sites.py).
    tolerant: a window's parse may keep its errors (C and C++, where macros the grammar does not know leave
        errors in whole files too); else any error means the file is parsed whole.
    """

    @property
    def rules(self) -> str:
        own = self.rules_from or (self.name,)
        return "+".join((*own, *(("named",) if self.project_names else ()), "commands"))

    name: str
    extensions: tuple[str, ...]
    module: str
    function: str = "language"
    keyword_node: str | None = None
    string_content: tuple[str, ...] = ("string_fragment",)
    member_types: tuple[str, ...] = ()
    call_types: tuple[str, ...] = ()
    not_a_use: tuple[str, ...] = ()
    docstring_parents: tuple[str, ...] = ()
    import_binds: str = "first"
    import_separator: str = "."
    object_node: str | None = None
    pair_node: str | None = None
    rules_from: tuple[str, ...] = ()
    top_level: str | None = None
    imports_at: tuple[str, ...] = ("import",)
    conditionals: bool = False
    braces: bool = False
    embedded: tuple[str, str] | None = None
    handed: str | None = None
    multiline: tuple[tuple[str, str], ...] = ()
    line_comment: str = "//"
    class_members: bool = False
    block_members: bool = False
    tolerant: bool = False
    project_names: bool = True
    named_calls: bool = True
    oid_lists: tuple[str, ...] = ()
    module_file: str | None = None
    rewrites: tuple[tuple[bytes, bytes | Callable[[re.Match[bytes]], bytes]], ...] = ()
    dialect_of: str | None = None
    module_aliases: tuple[tuple[str, str], ...] = ()


# An alignment macro between a declaration's type and its names (ed25519-donna's `bignum25519 ALIGN(16) a,b;`,
# libsodium's `CRYPTO_ALIGN(16)`): the C grammar reads it as a function declarator and the statements after it
# as declarations, losing the calls on every other line. Blanked (same length: lines and columns stay).
_C_ALIGNMENT = rb"\b(?:[A-Z][A-Z0-9_]*_)?ALIGN(?:ED)?[ \t]*\([ \t]*\d+[ \t]*\)(?=[ \t]+[A-Za-z_*(])"
# a comment closed before a line continues (`ASN1_dup(f, /* note */ \`): the C grammar ends a macro's body
# at it and reads the body's next lines as broken code (tree-sitter-c), so it is blanked
_C_CONTINUED_COMMENT = rb"/\*(?:[^*\n]|\*(?!/))*\*/(?=[ \t]*\\\r?\n)"


# a K&R-compatible prototype's macro (`extern void *md5_buffer __P ((const char *buffer, size_t len));`, GNU's
# md5.h, bglibs: round 376; RSAREF's `PROTO_LIST`, as RFC 1321's md5c.c writes `static void MD5Transform
# PROTO_LIST ((UINT4 [4], unsigned char [64]));`, mpack: round 395; zlib's `OF`, GNU's `PARAMS`; its
# parameters on several lines too, or on the line after the macro, a comment between, tcllib's md4.h: round
# 413): the grammar reads the macro as the declared name, so the macro and its outer parentheses are blanked
# (the line breaks kept), leaving the prototype's own
_C_PROTOTYPE_MACRO = (
    rb"\b(?:__P|PROTO_LIST|OF|PARAMS)[ \t]*(?:(?:/\*[^\n]*?\*/[ \t]*)?\r?\n[ \t]*)?"
    rb"\((\([^()]*(?:\([^()]*\)[^()]*)*\))\)"
)


def _blank(match: re.Match[bytes]) -> bytes:
    return b" " * len(match.group())


def _unwrapped(match: re.Match[bytes]) -> bytes:
    """The macro's argument, the prototype's parameters, in place of the whole (same length, its line breaks
    kept)."""
    inner = match.group(1)
    head = match.string[match.start() : match.start(1)]
    return re.sub(rb"[^\r\n]", b" ", head) + inner + b" "


# Lines that may start a top-level statement: not indented, not a closing bracket, not a comment (a comment at
# the margin inside a block would cut it), not a clause that continues a statement (`else:`, a label `err:`).
_PYTHON_TOP = r"^(?=[^\s#)\]}])(?!(?:else|elif|except|finally)\b)"
_ECMASCRIPT_TOP = r"^(?=[^\s)\]}/*.,:?+|&-])(?!(?:else|catch|finally|case|default)\b)"
_C_TOP = r"^(?=[A-Za-z_#])(?!(?:else|case|default|public|private|protected)\b|\w+[ \t]*:(?!:))"
_BLOCK_COMMENT = (("/*", "*/"),)
_MACRO_BODIES = "(preproc_function_def value: (preproc_arg) @body) (preproc_def value: (preproc_arg) @body)"
# C declared to cffi (`ffi.cdef("""RSA *RSA_new(void); ...""")`, oscrypto's and coincurve's bindings), or
# built in a variable named for it first (wolfssl's `cdef = """static const long EVP_PKEY_RSA; ..."""`,
# `cdef += ...`, `CDEF = ...`, `_openssl_cdef = ...`)
_CFFI_DECLARATIONS = (
    "(call function: (attribute attribute: (identifier) @_cdef) arguments: (argument_list "
    '(string (string_content) @body)) (#eq? @_cdef "cdef"))'
    " ([(assignment left: (identifier) @_cdef right: (string (string_content) @body))"
    " (augmented_assignment left: (identifier) @_cdef right: (string (string_content) @body))]"
    ' (#match? @_cdef "^(?i:_?(\\w+_)?c_?defs?(_\\w+)?)$"))'
    # (or any name, when the file gives it to cdef: electrumsv-secp256k1's `SCHNORRSIG_DEFINITIONS = """...`,
    # then `ffi.cdef(SCHNORRSIG_DEFINITIONS)`: `handed`)
    " (assignment left: (identifier) @_held right: (string (string_content) @body))"
)
_CFFI_HANDED = r"\.cdef\(\s*([A-Za-z_]\w*)\s*[,)]"
# Rust items a `cfg_if!` macro chooses among (openssl-sys' `pub const SSL_OP_ALL: ... = ... |
# SSL_OP_SAFARI_ECDHE_ECDSA_BUG;`): code, though the grammar keeps a macro's body as tokens
_CFG_IF_BODIES = (
    "(macro_invocation macro: [(identifier) (scoped_identifier)] @_cfg_if (token_tree) @body"
    ' (#match? @_cfg_if "(^|::)cfg_if$"))'
)
_ECMASCRIPT_MULTILINE = (("/*", "*/"), ("`", "`"))
_ECMASCRIPT_IMPORTS = ("import", "require", "__importStar")
# the first bytes of the DER of the arcs that hold algorithms' OIDs: 1.2.840 (RSA, X9.62), 1.3.132 (SEC 2
# curves), 1.3.101 (X25519, Ed25519), 1.3.36.3.3 (Brainpool), 1.3.14.3.2 (OIW's SHA-1 and DES) and
# 2.16.840.1.101.3.4 (NIST's AES, SHA-2, ML-KEM, ML-DSA); sites.py reads an OID so led written in hex too
DER_OID_ARCS = ("2a 86 48", "2b 81 04", "2b 65", "2b 24 03 03", "2b 0e 03 02", "60 86 48 01 65 03 04")
# ...as hex lists, the words that mark the lines holding one (`[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]`)
_DER_OID_PREFIXES = tuple(
    joined
    for prefix in DER_OID_ARCS
    for joined in (
        ", ".join(f"0x{byte}" for byte in prefix.split()),
        ",".join(f"0x{byte}" for byte in prefix.split()),
    )
)
_ECMASCRIPT_MODULE_FILE = r"\.(?:[cm]?[jt]sx?|json)$"
# node:crypto's API under other names: React Native's and the browser polyfills
_NODE_CRYPTO_MODULES = tuple(
    (module, "crypto") for module in ("react-native-quick-crypto", "crypto-browserify", "react-native-crypto")
)


LANGUAGES: dict[str, LanguageSpec] = {
    spec.name: spec
    for spec in (
        LanguageSpec(
            "python",
            (".py", ".pyw", ".pyi", ".pyx", ".pxd", ".pxi"),  # type stubs, and Cython's (rewrites)
            "tree_sitter_python",
            rewrites=((rb"\bcimport\b", b" import"),),
            keyword_node="keyword_argument",
            string_content=("string_content",),
            member_types=("attribute",),
            call_types=("call",),
            not_a_use=(
                "attribute",
                "call",
                "dotted_name",
                "aliased_import",
                "import_from_statement",
                "import_statement",
                "function_definition",
                "class_definition",
                "parameters",
            ),
            docstring_parents=("expression_statement",),
            top_level=_PYTHON_TOP,
            class_members=True,
            multiline=(('"""', '"""'), ("'''", "'''")),
            line_comment="#",
            embedded=(_CFFI_DECLARATIONS, "c"),
            handed=_CFFI_HANDED,
            oid_lists=_DER_OID_PREFIXES,
        ),
        LanguageSpec(
            "java",
            (".java",),
            "tree_sitter_java",
            member_types=("field_access", "scoped_type_identifier", "scoped_identifier"),
            call_types=("method_invocation", "object_creation_expression"),
            not_a_use=(
                "field_access",
                "method_invocation",
                "scoped_identifier",
                "formal_parameter",
                "method_declaration",
                "class_declaration",
                "interface_declaration",
                "enum_declaration",
                "record_declaration",
                "enum_constant",
                "catch_formal_parameter",
                "inferred_parameters",
            ),
            import_binds="last",
        ),
        LanguageSpec(
            "go",
            (".go",),
            "tree_sitter_go",
            string_content=("interpreted_string_literal_content", "raw_string_literal_content"),
            member_types=("selector_expression", "qualified_type"),
            call_types=("call_expression",),
            import_binds="last",
            import_separator="/",
            oid_lists=("ObjectIdentifier",),
            top_level=r"^(?=[A-Za-z_])",
            multiline=_BLOCK_COMMENT,
        ),
        LanguageSpec(
            "javascript",
            (".js", ".mjs", ".cjs", ".jsx"),
            "tree_sitter_javascript",
            member_types=("member_expression",),
            call_types=("call_expression", "new_expression"),
            not_a_use=(
                "call_expression",
                "new_expression",
                "member_expression",
                "variable_declarator",
                "pair_pattern",
                "import_specifier",
                "import_clause",
                "namespace_import",
                "export_specifier",
                "function_declaration",
                "class_declaration",
                "formal_parameters",
                "arrow_function",
            ),
            object_node="object",
            pair_node="pair",
            rules_from=("typescript",),
            top_level=_ECMASCRIPT_TOP,
            multiline=_ECMASCRIPT_MULTILINE,
            imports_at=_ECMASCRIPT_IMPORTS,
            block_members=True,
            module_file=_ECMASCRIPT_MODULE_FILE,
            module_aliases=_NODE_CRYPTO_MODULES,
            oid_lists=_DER_OID_PREFIXES,
        ),
        LanguageSpec(
            "typescript",
            (".ts", ".mts", ".cts"),
            "tree_sitter_typescript",
            function="language_typescript",
            member_types=("member_expression", "nested_type_identifier", "nested_identifier"),
            call_types=("call_expression", "new_expression"),
            not_a_use=(
                "call_expression",
                "new_expression",
                "member_expression",
                "nested_type_identifier",
                "nested_identifier",
                "variable_declarator",
                "pair_pattern",
                "import_specifier",
                "import_clause",
                "import_require_clause",
                "namespace_import",
                "export_specifier",
                "function_declaration",
                "class_declaration",
                "formal_parameters",
                "required_parameter",
                "optional_parameter",
                "arrow_function",
            ),
            object_node="object",
            pair_node="pair",
            top_level=_ECMASCRIPT_TOP,
            multiline=_ECMASCRIPT_MULTILINE,
            imports_at=_ECMASCRIPT_IMPORTS,
            block_members=True,
            module_file=_ECMASCRIPT_MODULE_FILE,
            module_aliases=_NODE_CRYPTO_MODULES,
            oid_lists=_DER_OID_PREFIXES,
        ),
        LanguageSpec(
            "php",
            (".php", ".phtml"),
            "tree_sitter_php",
            function="language_php",
            string_content=("string_content",),
            call_types=(
                "function_call_expression",
                "member_call_expression",
                "nullsafe_member_call_expression",
                "scoped_call_expression",
                "object_creation_expression",
            ),
            import_binds="last",
            import_separator="\\",
        ),
        LanguageSpec(
            "ruby",
            (".rb", ".rake"),
            "tree_sitter_ruby",
            string_content=("string_content",),
            member_types=("scope_resolution",),
            import_binds="last",
            import_separator="/",
            object_node="argument_list",
            pair_node="pair",
            named_calls=False,
            line_comment="#",
        ),
        LanguageSpec(
            "csharp",
            (".cs",),
            "tree_sitter_c_sharp",
            string_content=("string_literal_content",),
            member_types=("member_access_expression", "qualified_name"),
            call_types=("invocation_expression", "object_creation_expression"),
        ),
        LanguageSpec(
            "rust",
            (".rs",),
            "tree_sitter_rust",
            string_content=("string_content",),
            member_types=("scoped_identifier", "scoped_type_identifier"),
            call_types=("call_expression",),
            not_a_use=(
                "use_declaration",
                "use_list",
                "use_as_clause",
                "scoped_use_list",
                "use_wildcard",
                "scoped_identifier",
                "call_expression",
            ),
            import_binds="last",
            import_separator="::",
            top_level=r"^(?=[A-Za-z_#])",
            multiline=_BLOCK_COMMENT,
            imports_at=("use",),
            embedded=(_CFG_IF_BODIES, "rust"),
            oid_lists=("oid!",),
        ),
        LanguageSpec(
            "c",
            (".c", ".h"),
            "tree_sitter_c",
            string_content=("string_content",),
            call_types=("call_expression",),
            top_level=_C_TOP,
            imports_at=("include",),
            conditionals=True,
            braces=True,
            multiline=_BLOCK_COMMENT,
            tolerant=True,
            embedded=(_MACRO_BODIES, "c"),
            rewrites=(
                (_C_ALIGNMENT, _blank),
                (_C_CONTINUED_COMMENT, _blank),
                (_C_PROTOTYPE_MACRO, _unwrapped),
            ),
        ),
        LanguageSpec(
            "cpp",
            (".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx"),
            "tree_sitter_cpp",
            string_content=("string_content",),
            member_types=("qualified_identifier", "template_type"),
            call_types=("call_expression", "new_expression"),
            rules_from=("c", "cpp"),
            top_level=_C_TOP,
            imports_at=("include",),
            conditionals=True,
            braces=True,
            multiline=_BLOCK_COMMENT,
            tolerant=True,
            embedded=(_MACRO_BODIES, "cpp"),
            rewrites=((_C_ALIGNMENT, _blank), (_C_CONTINUED_COMMENT, _blank)),
        ),
        LanguageSpec(
            "kotlin",
            (".kt", ".kts"),
            "tree_sitter_kotlin",
            string_content=("string_content",),
            member_types=("navigation_expression",),
            call_types=("call_expression",),
            not_a_use=(
                "import",
                "qualified_identifier",
                "navigation_expression",
                "call_expression",
                "user_type",
                "variable_declaration",
                "parameter",
                "class_parameter",
                "function_declaration",
                "class_declaration",
                "object_declaration",
                "type_alias",
                "enum_entry",
            ),
            import_binds="last",
            rules_from=("java", "kotlin"),
        ),
        LanguageSpec(
            "swift",
            (".swift",),
            "tree_sitter_swift",
            string_content=("line_str_text", "multi_line_str_text"),
            member_types=("navigation_expression",),
            call_types=("call_expression",),
        ),
        LanguageSpec(
            "scala",
            (".scala", ".sc"),
            "tree_sitter_scala",
            string_content=(),
            member_types=("field_expression", "stable_type_identifier", "stable_identifier"),
            call_types=("call_expression", "instance_expression"),
            import_binds="last",
            rules_from=("java", "scala"),
        ),
    )
}
# TypeScript with JSX (React components): TypeScript's grammar variant and rules; its queries leave out the
# old-style type assertion (`<const>x`), which `<` makes an element in TSX
LANGUAGES["tsx"] = dataclasses.replace(
    LANGUAGES["typescript"],
    name="tsx",
    extensions=(".tsx",),
    function="language_tsx",
    rules_from=("typescript",),
    dialect_of="typescript",
)
BY_EXTENSION = {ext: spec for spec in LANGUAGES.values() for ext in spec.extensions}
ECMASCRIPT = frozenset({"javascript", "typescript", "tsx"})  # the languages bundlers and compilers write

# A `.h` header is C or C++: it is read as C++ when it holds what only C++ has (a template, a namespace, a
# class body, an access label, `std::`, a C++ standard header), as GitHub Linguist tells them apart. C++ read
# with the C grammar is errors from end to end: a window then always falls back to the whole file, and C++
# names and calls are lost in the errors.
_CPP_HEADER = re.compile(
    rb"^[ \t]*(?:template[ \t]*<|(?:inline[ \t]+)?namespace(?:[ \t]+[\w:]+)?[ \t]*\{"
    rb"|class[ \t]+\w+[^;(\n]*\{|(?:public|private|protected)[ \t]*:(?!:)"
    # (a class or struct deriving from another: Crypto++'s `struct PSS : public SignatureStandard`, its braces
    # on the next line)
    rb"|(?:class|struct)[ \t]+\w+(?:[ \t]+\w+)?[ \t]*:[ \t]*(?:public|private|protected)[ \t]"
    rb"|#[ \t]*include[ \t]*<(?:string|vector|map|memory|utility|array|iostream|cstdint|cstddef|cstring"
    rb"|functional|algorithm|type_traits|tuple|optional|unordered_map)>)",
    re.MULTILINE,
)
_STD = re.compile(rb"\bstd::\w")  # searched only in a header that holds `std::` (a regex tried at every byte)


# Cython that binds a C library (`cdef extern from "openssl/dh.h":`) calls the C API by its C names
# (`DH_generate_key(self.dh)`, `RSA_PKCS1_PADDING`): it is read as Python with the C rules too
_CYTHON_EXTENSIONS = (".pyx", ".pxd", ".pxi")
_BINDS_C = re.compile(rb"^[ \t]*cdef[ \t]+extern[ \t]+from\b", re.MULTILINE)
CYTHON_BINDING = dataclasses.replace(LANGUAGES["python"], rules_from=("python", "c"))


def spec_for(suffix: str, source: bytes) -> LanguageSpec:
    """The language of a file with this extension (one of BY_EXTENSION) and content."""
    spec = BY_EXTENSION[suffix]
    if suffix == ".h" and ((b"std::" in source and _STD.search(source)) or _CPP_HEADER.search(source)):
        return LANGUAGES["cpp"]
    if suffix in _CYTHON_EXTENSIONS and b"extern" in source and _BINDS_C.search(source):
        return CYTHON_BINDING
    return spec


@cache
def grammar(name: str) -> tree_sitter.Language:
    spec = LANGUAGES[name]
    module: Any = importlib.import_module(spec.module)
    return tree_sitter.Language(getattr(module, spec.function)())


@cache
def query(name: str) -> tree_sitter.Query:
    """The language's site query (queries/<name>.scm), compiled once per process."""
    return tree_sitter.Query(grammar(name), query_text(name))


def query_text(name: str, depth: int = 0) -> str:
    """A query file with its `; include: OTHER` lines replaced by queries/OTHER.scm (shared patterns)."""
    text = resources.files("qready.detectors.source").joinpath("queries", f"{name}.scm").read_text("utf-8")
    lines = []
    for line in text.splitlines():
        included = line.removeprefix("; include:").strip() if line.startswith("; include:") else None
        lines.append(query_text(included, depth + 1) if included and depth < 3 else line)
    return "\n".join(lines)
