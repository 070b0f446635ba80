"""Command lines of the cryptographic tools a program runs: openssl, ssh-keygen, keytool, jarsigner and gpg.

A program that runs `openssl genrsa -out key.pem 2048` generates an RSA-2048 key as surely as one that calls
`rsa.generate_private_key(65537, 2048)`. The command comes as one string (`os.system("openssl genrsa ...")`,
an f-string or a template with values put in: `f"{OPENSSL} genrsa -out {key} 2048"`) or as an argument vector
(`subprocess.run(["ssh-keygen", "-t", "ed25519", "-f", path])`, `exec.Command("openssl", "genrsa", ...)`).
This module reads the words of such a command and says what each tool does with which algorithm, by the
tools' own syntax (openssl(1) and its subcommands' pages, ssh-keygen(1), keytool's, jarsigner's and gpg's
manuals): the spelling that names the algorithm, the function, and the key size or curve the command states
(`command_uses`, no catalog), then what the catalog makes of each spelling, in scope (`resolved`). A value the
program puts in (`{bits}`, `%d`) states nothing. The source rules `cmd.*` (match.py) and the scripts detector
(configs/scripts.py: shell scripts, Dockerfiles, Makefiles, CI pipelines) both read commands here.

Only a command is read, not text about one: the tool must be the command's first word (after `sudo`), or a
value put in for the tool's path followed by a subcommand only openssl has (`f"{OPENSSL} genrsa ..."`). A
usage line with placeholders (`openssl genrsa -out <file> [numbits]`) is documentation, not a command.
"""

from __future__ import annotations

import itertools
import re
import shlex
from dataclasses import dataclass

from qready.detectors.source.scope import PBE_FAMILIES, in_scope, pbe_parts
from qready.knowledge import Catalog
from qready.model import Algorithm

TOOLS = frozenset({"openssl", "ssh-keygen", "keytool", "jarsigner", "gpg", "gpg2"})
PUT_IN = "{}"  # a value the program puts into the command (an f-string's or a template's interpolation)
MAX_WORDS = 64  # words of a command read (an argument vector's elements, a string's words)

# A value put in, as the languages write one: `{}` (sites.py), `{name}`, `%s`, `%d`, `$VAR`, `${VAR}`, `#{x}`,
# make's `$(VAR)`
_A_VALUE_PUT_IN = re.compile(r"\{[\w.]*\}|%[-#0-9.]*[sdrvqi]|\$\{?\w+\}?|\$\([\w.-]+\)|#\{\w+\}")
_DOCUMENTATION = re.compile(r"<[\w .-]+>|\[[\w .|-]+\]|\.\.\.")  # `<file>`, `[numbits]`, `...`
_NUMBER = re.compile(r"\d{3,5}")


@dataclass(frozen=True)
class Use:
    """One algorithm a command uses. `spelling`: the word naming it, read in `namespaces` in turn; `function`:
    None when the algorithm's kind decides (a flag `-aes256` encrypts, `-sha1` digests; `decrypting`: the
    command decrypts); `word`: the index, in the command's words, of the word naming it."""

    spelling: str
    namespaces: tuple[str, ...]
    function: str | None
    word: int
    size: int | None = None
    curve: str | None = None
    decrypting: bool = False


def may_be_a_command(text: str) -> bool:
    """A quick look before command_words: the text names a tool early, or starts with a value put in."""
    head = text[:40]
    return head[:1] in "{%$#" or any(tool in head for tool in _TOOL_WORDS)


_TOOL_WORDS = tuple(sorted(TOOLS - {"gpg2"}))  # (`gpg` is in `gpg2`)
# the words that mark a command's line to read where no algorithm's spelling does (vocabulary.py markers)
COMMAND_MARKS = ("dhparam",)


def command_words(text: str) -> list[str] | None:
    """The words of a command line of one of TOOLS, or None when the text is not one (prose, a usage line,
    another program's command)."""
    if not text or text[0].isspace() or "\n" in text or "\\n" in text or _DOCUMENTATION.search(text):
        return None
    try:
        words = shlex.split(text, posix=True)[:MAX_WORDS]
    except ValueError:  # an unbalanced quote: the words as they stand
        words = text.split()[:MAX_WORDS]
    words = list(itertools.takewhile(lambda word: not _A_SHELL_OPERATOR.match(word), words))
    return words if tool_at(words) is not None else None


# where the shell ends the tool's words: a redirection, a pipe, the next command (`openssl dsaparam 2048 > f`)
_A_SHELL_OPERATOR = re.compile(r"[<>|;&]|\d>")


def tool_at(words: list[str]) -> int | None:
    """The index of the tool's word in a command's words: the first word, after `sudo`; a value put in for
    openssl's path is the tool when a subcommand only openssl has follows it."""
    start = 1 if words[:1] == ["sudo"] else 0
    if len(words) < start + 2:
        return None
    head = words[start]
    if head.rsplit("/", 1)[-1].removesuffix(".exe") in TOOLS:
        return start
    if _A_VALUE_PUT_IN.fullmatch(head) and words[start + 1] in _OPENSSL_OWN:
        return start
    return None


def called_tool(callee: str, words: list[str]) -> str | None:
    """The tool a program's own function runs, by its name, when its arguments are that tool's command
    (`openssl("rsa", "-in", path)`, `execute_openssl(["genrsa", ...])`, `opensslWrapper('genrsa', ...)`,
    `ssh_keygen(["-t", "rsa"])`), or a process built for the tool runs (`Command::new("openssl").args(...)`):
    openssl's when the first word is an openssl subcommand, ssh-keygen's or keytool's when it is an option.
    Not PHP's `openssl_encrypt($data, ...)`: its first word is a value."""
    segments = re.split(r"\.|::", callee)
    name = segments[-1]
    if len(segments) > 1 and name in _RUNNING_METHODS:
        name = segments[-2]  # a tool's runner asked to run (`openssl.spawn([...])`)
    found = _A_TOOLS_RUNNER.search(name) or _A_TOOLS_PROCESS.search(callee)
    if found is None or not words:
        return None
    tool = found.group(1).lower().replace("_", "-").replace("sshkeygen", "ssh-keygen").replace("gpg2", "gpg")
    if tool == "openssl":
        return tool if words[0] in OPENSSL_COMMANDS else None
    return tool if words[0].startswith("-") else None


_RUNNING_METHODS = frozenset({"spawn", "exec", "execute", "run", "call", "spawnSync", "execSync"})
# a function named after the tool it runs: the tool's name alone, or with a word of running before or after
# (a private method too: acmen's `self.__openssl('genrsa', ['4096'])`)
_A_TOOLS_RUNNER = re.compile(
    r"^_*(?:(?:run|exec|execute|call|invoke|spawn)_?)?(openssl|ssh_?keygen|sshKeygen|keytool|jarsigner)"
    r"(?:_?(?:wrapper|exec|run|cmd|command|call|async|sync))?$",
    re.IGNORECASE,
)


# ... or a process built to run the tool, its arguments given by a method of it (Rust's
# `Command::new("openssl").args(["genrsa", ...])`)
_A_TOOLS_PROCESS = re.compile(
    r"""\(\s*["'](?:[\w.-]*/)*(openssl|ssh-keygen|keytool|jarsigner|gpg2?)["']\s*\)\s*\.\s*args?$"""
)


def tool_name(words: list[str], at: int) -> str:
    name = words[at].rsplit("/", 1)[-1].removesuffix(".exe")
    return name if name in TOOLS else "openssl"


def command_uses(words: list[str]) -> list[Use]:
    """What the command (its words, command_words) does, algorithm by algorithm."""
    at = tool_at(words)
    if at is None:
        return []
    tool = tool_name(words, at)
    reader = _READERS["gpg" if tool == "gpg2" else tool]
    return reader(words, at + 1)


# ------------------------------------------------------------------------------------------------- openssl

# subcommands only openssl has, by which a value put in for its path is known (`f"{OPENSSL} genrsa ..."`)
_OPENSSL_OWN = frozenset(
    {
        "ca", "cms", "dgst", "dhparam", "dsaparam", "ecparam", "enc", "gendsa", "genpkey", "genrsa", "pkcs12",
        "pkcs8", "pkeyutl", "req", "rsautl", "s_client", "s_server", "smime", "x509"
    }
)  # fmt: skip
# every subcommand (a program's own runner of openssl is known by its first word: `called_tool`)
OPENSSL_COMMANDS = _OPENSSL_OWN | frozenset(
    {
        "asn1parse", "crl", "crl2pkcs7", "dsa", "ec", "kdf", "list", "mac", "md5", "ocsp", "passwd", "pkcs7",
        "pkey", "pkeyparam", "rand", "rsa", "sha1", "sha256", "speed", "spkac", "srp", "ts", "verify",
        "version"
    }
)  # fmt: skip
# the subcommands that name no algorithm (`enc`, `dgst`: their options do)
_OPENSSL_TOOLS = OPENSSL_COMMANDS - {"md5", "sha1", "sha256"}
# options that take the next word as their value (it is no flag and no key size)
_OPENSSL_VALUED = frozenset(
    {
        "-CA", "-CAfile", "-CAkey", "-CApath", "-CAserial", "-K", "-S", "-accept", "-addext", "-algorithm",
        "-caname", "-cert", "-certfile", "-certpbe", "-cipher", "-ciphersuites", "-config", "-connect",
        "-curves", "-days", "-dcert", "-digest", "-engine", "-extensions", "-extfile", "-groups", "-in",
        "-inform", "-inkey", "-iter", "-iv", "-kdf", "-kdflen", "-key", "-keyform", "-keyout", "-keypbe",
        "-macalg", "-md", "-name", "-newkey", "-out", "-outform", "-paramfile", "-pass", "-passin",
        "-passout",
        "-pkeyopt", "-port", "-primes", "-propquery", "-provider", "-provider-path", "-prverify", "-rand",
        "-servername", "-set_serial", "-sigalgs", "-sign", "-signkey", "-sigopt", "-subj", "-v1", "-v2",
        "-verify", "-writerand"
    }
)  # fmt: skip
# the subcommand names the key's algorithm: (spelling, function)
_OPENSSL_KEYS: dict[str, tuple[str, str]] = {
    "genrsa": ("RSA", "keygen"),
    "rsa": ("RSA", "reference"),
    "rsautl": ("RSA", "reference"),
    "gendsa": ("DSA", "keygen"),
    "dsaparam": ("DSA", "keygen"),
    "dsa": ("DSA", "reference"),
    "dhparam": ("DH", "keygen"),
    "ec": ("EC", "reference"),
}
_SIZED = frozenset({"genrsa", "dsaparam", "dhparam"})  # their last word is the size (`genrsa ... 2048`)
_RSAUTL = {"-sign": "sign", "-verify": "verify", "-encrypt": "encrypt", "-decrypt": "decrypt"}
_PARAMETER_SIZES = ("rsa_keygen_bits:", "dsa_paramgen_bits:", "dh_paramgen_prime_len:")
_CURVE_PARAMETERS = ("ec_paramgen_curve:", "group:")


def _openssl(words: list[str], start: int) -> list[Use]:
    """The subcommand's uses, then each option that may name a cipher or a hash (`-aes256`, `-sha1`: the
    catalog says which do, match.py), and the password-based schemes of pkcs12 and pkcs8."""
    if start >= len(words):
        return []
    sub, at = words[start], start + 1
    decrypting = "-d" in words[at:]
    found = _openssl_subcommand(words, start)
    for option in ("-keypbe", "-certpbe", "-v2", "-v1", "-macalg"):  # (pkcs12's, pkcs8's)
        value = _value(words, at, option)
        if value is not None:
            found.append(Use(words[value], ("openssl", "name"), None, value))
    for index in range(at, len(words)):  # `-aes256`, `-des3`, `-sha1`: a cipher or a hash the command uses
        word = words[index]
        if word.startswith("-") and word not in _OPENSSL_VALUED and words[index - 1] not in _OPENSSL_VALUED:
            found.append(Use(word.lstrip("-"), ("openssl",), None, index, decrypting=decrypting))
    if sub == "pkcs12" and "-descert" in words:
        found.append(Use("des3", ("openssl",), "encrypt", words.index("-descert")))
    return found


def _openssl_subcommand(words: list[str], start: int) -> list[Use]:
    """What the subcommand itself names: a key's algorithm (`genrsa`), a curve (`ecparam -name`), a key
    generated (`genpkey`, `req -newkey`), key exchange groups (`s_client -groups`), a hash or a cipher run
    (`openssl md5`, `openssl aes-256-cbc`)."""
    sub, at = words[start], start + 1
    options = words[at:]
    if sub in _OPENSSL_KEYS:
        spelling, function = _OPENSSL_KEYS[sub]
        if sub == "rsautl":
            function = next((_RSAUTL[o] for o in options if o in _RSAUTL), function)
        size = _last_size(words, at) if sub in _SIZED else None
        return [Use(spelling, ("openssl",), function, start, size=size)]
    if sub == "ecparam":
        name = _value(words, at, "-name")
        function = "keygen" if "-genkey" in options else "reference"
        return [] if name is None else [Use("EC", ("openssl",), function, name, curve=words[name])]
    if sub in ("genpkey", "req"):
        return _generated(words, at, "-algorithm" if sub == "genpkey" else "-newkey")
    if sub in ("s_client", "s_server"):
        found: list[Use] = []
        for option in ("-groups", "-curves"):
            group = _value(words, at, option)
            if group is not None:
                found += [
                    Use(name, ("tls-group", "openssl"), "key-agree", group)
                    for name in words[group].split(":")
                ]
        return found
    if sub.startswith("-") or _A_VALUE_PUT_IN.fullmatch(sub) or sub in _OPENSSL_TOOLS:
        return []
    return [Use(sub, ("openssl",), None, start, decrypting="-d" in options)]


def _generated(words: list[str], at: int, option: str) -> list[Use]:
    """`genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072`, `req -newkey rsa:2048` (`ec:params.pem`)."""
    named = _value(words, at, option)
    if named is None:
        return []
    algorithm, _, parameter = words[named].partition(":")
    size = int(parameter) if _NUMBER.fullmatch(parameter) else None
    curve: str | None = None
    for index in range(at, len(words) - 1):
        if words[index] != "-pkeyopt":
            continue
        setting = words[index + 1]
        for prefix in _PARAMETER_SIZES:
            if setting.startswith(prefix) and _NUMBER.fullmatch(setting.removeprefix(prefix)):
                size = int(setting.removeprefix(prefix))
        for prefix in _CURVE_PARAMETERS:
            if setting.startswith(prefix):
                curve = setting.removeprefix(prefix)
    if _A_VALUE_PUT_IN.fullmatch(algorithm):
        return []
    return [Use(algorithm, ("openssl", "name"), "keygen", named, size=size, curve=curve)]


def _value(words: list[str], at: int, option: str) -> int | None:
    """The index of an option's value (`-name prime256v1`), if the command gives the option one."""
    for index in range(at, len(words) - 1):
        if words[index] == option and not _A_VALUE_PUT_IN.fullmatch(words[index + 1]):
            return index + 1
    return None


def _last_size(words: list[str], at: int) -> int | None:
    """The key size a command ends with (`genrsa -out key.pem 2048`), unless it is an option's value."""
    if len(words) > at and _NUMBER.fullmatch(words[-1]) and words[-2] not in _OPENSSL_VALUED:
        return int(words[-1])
    return None


# ---------------------------------------------------------------------------------------------- ssh-keygen

# ssh-keygen's `-t` types: (spelling, curve when the type fixes it)
_SSH_TYPES: dict[str, tuple[str, str | None]] = {
    "rsa": ("RSA", None),
    "rsa1": ("RSA", None),
    "dsa": ("DSA", None),
    "ecdsa": ("ECDSA", None),
    "ecdsa-sk": ("ECDSA", "P-256"),
    "ed25519": ("Ed25519", None),
    "ed25519-sk": ("Ed25519", None),
}
_SSH_CURVES = {256: "P-256", 384: "P-384", 521: "P-521"}  # ssh-keygen(1): `-b` of an ECDSA key
_SSH_OTHER_MODES = frozenset("lyeipcFRHLQkDBrgGTM")  # options that do something else than generate a key


def _ssh_keygen(words: list[str], start: int) -> list[Use]:
    kind = size = None
    flags: set[str] = set()
    index = start
    while index < len(words):
        word = words[index]
        if word in ("-t", "-b") and index + 1 < len(words):
            value = words[index + 1]
            if word == "-t":
                kind = index + 1
            elif _NUMBER.fullmatch(value):
                size = int(value)
            index += 2
            continue
        if word.startswith("-") and word[1:].isalpha():
            flags.update(word[1:])
        index += 1
    if kind is None or words[kind].lower() not in _SSH_TYPES:
        return []
    spelling, curve = _SSH_TYPES[words[kind].lower()]
    if spelling == "ECDSA" and size is not None:
        curve, size = _SSH_CURVES.get(size, curve), None
    if spelling == "Ed25519":
        size = None
    signing = "s" in flags or "Y" in flags
    function = "sign" if signing else ("reference" if flags & _SSH_OTHER_MODES else "keygen")
    return [Use(spelling, ("name",), function, kind, size=size, curve=curve)]


# ------------------------------------------------------------------------------------------------- keytool

_KEYTOOL_GENERATES = frozenset({"-genkeypair", "-genkey", "-genseckey"})


def _keytool(words: list[str], start: int) -> list[Use]:
    generating = not _KEYTOOL_GENERATES.isdisjoint(words[start:])
    found: list[Use] = []
    algorithm = _value(words, start, "-keyalg")
    if algorithm is not None:
        sized = _value(words, start, "-keysize")
        size = int(words[sized]) if sized is not None and words[sized].isdigit() else None
        group = _value(words, start, "-groupname")
        function = "keygen" if generating else "reference"
        curve = words[group] if group is not None else None
        found.append(Use(words[algorithm], ("jca", "name"), function, algorithm, size=size, curve=curve))
    signature = _value(words, start, "-sigalg")
    if signature is not None:
        found.append(Use(words[signature], ("jca",), "sign", signature))
    return found


# ----------------------------------------------------------------------------------------------------- gpg

_GPG_GENERATES = frozenset({"--quick-gen-key", "--quick-generate-key", "--quick-add-key"})
_GPG_ALGORITHMS = frozenset({"--cipher-algo", "--digest-algo", "--s2k-cipher-algo", "--s2k-digest-algo"}) | {
    "--cert-digest-algo"
}
_GPG_KEY = re.compile(
    r"(rsa|dsa|elg|ed25519|ed448|cv25519|cv448|nistp256|nistp384|nistp521|brainpoolP\d+r1)(\d*)"
)
_GPG_NAMES = {"elg": "ElGamal", "cv25519": "X25519", "cv448": "X448"}


def _gpg(words: list[str], start: int) -> list[Use]:
    found: list[Use] = []
    for index in range(start, len(words) - 1):
        word = words[index]
        if word in _GPG_ALGORITHMS:
            found.append(Use(words[index + 1], ("name", "openssl"), None, index + 1))
        elif word in _GPG_GENERATES and index + 2 < len(words):
            key = _GPG_KEY.fullmatch(words[index + 2])
            if key is not None:
                name, digits = key.groups()
                curve = name if name.startswith(("nistp", "brainpool")) else None
                spelling = "ECDSA" if curve else _GPG_NAMES.get(name, name)
                size = int(digits) if digits else None
                found.append(Use(spelling, ("name",), "keygen", index + 2, size=size, curve=curve))
    return found


# ------------------------------------------------------------------------------------------------ jarsigner


def _jarsigner(words: list[str], start: int) -> list[Use]:
    """A JAR signed or verified: the signature (`-sigalg SHA1withRSA`) and digest (`-digestalg SHA1`) it
    names."""
    found: list[Use] = []
    signature, digest = _value(words, start, "-sigalg"), _value(words, start, "-digestalg")
    if signature is not None:
        found.append(Use(words[signature], ("jca",), "verify" if "-verify" in words else "sign", signature))
    if digest is not None:
        found.append(Use(words[digest], ("jca", "name"), "digest", digest))
    return found


_READERS = {
    "openssl": _openssl,
    "ssh-keygen": _ssh_keygen,
    "keytool": _keytool,
    "jarsigner": _jarsigner,
    "gpg": _gpg,
}


@dataclass(frozen=True)
class Resolved:
    """One algorithm a use resolves to through the catalog, in scope (scope.py), with its function, and
    whether the command states its size or curve."""

    algorithm: Algorithm
    function: str
    size_stated: bool = False
    curve_stated: bool = False


def resolved(catalog: Catalog, use: Use) -> list[Resolved]:
    """What a use names through the catalog (its spelling in its namespaces, with the size or curve stated),
    each in-scope part of it (a PKCS#12 scheme's hash and cipher), and its function; nothing for a spelling
    the catalog does not know (`-nodes`) or an option naming no cipher or hash."""
    curve = catalog.curve(use.curve) if use.curve else None
    size = use.size if curve is None else None
    named = (
        catalog.find(use.spelling, ns, size=size, curve=curve.id if curve else None) for ns in use.namespaces
    )
    algorithm = next((a for a in named if a is not None), None)
    if algorithm is None:
        return []
    found: list[Resolved] = []
    for part in pbe_parts(catalog, algorithm) if algorithm.family in PBE_FAMILIES else [algorithm]:
        scoped = in_scope(catalog, part)
        function = _function(scoped, use) if scoped is not None else None
        if scoped is not None and function is not None:
            sized = use.size is not None and scoped.key_size == use.size
            found.append(Resolved(scoped, function, sized, curve is not None and scoped.curve is not None))
    return found


def _function(algorithm: Algorithm, use: Use) -> str | None:
    """A command's function for an algorithm: the one its syntax says, or by the algorithm's kind (a cipher
    `-aes256` encrypts, or decrypts under `-d`; a hash `-sha1` digests); None for any other kind a flag
    names."""
    if use.function is not None:
        return use.function
    primitive = algorithm.primitive.value
    if primitive in ("block-cipher", "stream-cipher", "ae"):
        return "decrypt" if use.decrypting else "encrypt"
    if primitive == "hash":
        return "digest"
    return "kdf" if primitive == "kdf" else None


def joined(words: list[str]) -> str:
    """A command's words as one command line (quoted where they must be): a command site's name."""
    return shlex.join(words)
