"""The command lines of cryptographic tools a program runs (commands.py): which text is a command, and what
each tool's syntax says it does with which algorithm, size and curve."""

from __future__ import annotations

from pathlib import Path

import pytest

from qready.detectors.source.commands import (
    PUT_IN,
    Use,
    called_tool,
    command_uses,
    command_words,
    may_be_a_command,
)
from qready.detectors.source.rules import rules_for
from qready.engine import scan
from qready.knowledge import default_catalog
from qready.model import SourceSpan

CATALOG = default_catalog()


def uses(text: str) -> list[tuple[str, str | None, int | None, str | None, str]]:
    """(spelling, function, size, curve, the word naming it) of each use of a one-string command whose
    spelling the catalog knows (an option that names no algorithm, `-nodes`, is read and dropped there)."""
    words = command_words(text)
    assert words is not None, text
    return [
        (u.spelling, u.function, u.size, u.curve, words[u.word])
        for u in command_uses(words)
        if any(CATALOG.find(u.spelling, ns) for ns in u.namespaces)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openssl genrsa -out key.pem 2048", [("RSA", "keygen", 2048, None, "genrsa")]),
        ("openssl genrsa -out {} {}", [("RSA", "keygen", None, None, "genrsa")]),
        ("{} genrsa -out {} 4096", [("RSA", "keygen", 4096, None, "genrsa")]),
        ("/usr/bin/openssl gendsa -out k dsa.pem", [("DSA", "keygen", None, None, "gendsa")]),
        ("openssl dsaparam -genkey 2048 > dsa.pem", [("DSA", "keygen", 2048, None, "dsaparam")]),
        ("openssl dhparam -out dh.pem 3072", [("DH", "keygen", 3072, None, "dhparam")]),
        ("openssl req -x509 -newkey rsa:4096 -nodes -days 365", [("rsa", "keygen", 4096, None, "rsa:4096")]),
        (
            "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-384 -out r.csr",
            [("ec", "keygen", None, "P-384", "ec")],
        ),
        (
            "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072",
            [("RSA", "keygen", 3072, None, "RSA")],
        ),
        (
            "openssl genpkey -algorithm ML-KEM-768 -out k",
            [("ML-KEM-768", "keygen", None, None, "ML-KEM-768")],
        ),
        ("openssl ecparam -name secp521r1 -genkey", [("EC", "keygen", None, "secp521r1", "secp521r1")]),
        (
            "openssl ecparam -name prime256v1 -out p.pem",
            [("EC", "reference", None, "prime256v1", "prime256v1")],
        ),
        ("openssl rsautl -sign -inkey k -in f", [("RSA", "sign", None, None, "rsautl")]),
        ("openssl ec -in k.pem -pubout", [("EC", "reference", None, None, "ec")]),
        # a cipher's or a hash's flag: the catalog's kind decides the function (match.py)
        ("openssl enc -d -aes-256-cbc -in f", [("aes-256-cbc", None, None, None, "-aes-256-cbc")]),
        ("openssl dgst -sha1 f", [("sha1", None, None, None, "-sha1")]),
        ("openssl md5 f", [("md5", None, None, None, "md5")]),
        (
            "openssl genrsa -des3 -passout pass:x 1024",
            [("RSA", "keygen", 1024, None, "genrsa"), ("des3", None, None, None, "-des3")],
        ),
        (
            "openssl pkcs12 -export -keypbe PBE-SHA1-3DES -in c.pem",
            [("PBE-SHA1-3DES", None, None, None, "PBE-SHA1-3DES")],
        ),
        (
            "openssl s_client -groups X25519MLKEM768:X25519 -connect h:443",
            [
                ("X25519MLKEM768", "key-agree", None, None, "X25519MLKEM768:X25519"),
                ("X25519", "key-agree", None, None, "X25519MLKEM768:X25519"),
            ],
        ),
        ("ssh-keygen -t ed25519 -N '' -f id", [("Ed25519", "keygen", None, None, "ed25519")]),
        ("ssh-keygen -q -t rsa -b 4096 -f id", [("RSA", "keygen", 4096, None, "rsa")]),
        ("ssh-keygen -t ecdsa -b 384 -f id", [("ECDSA", "keygen", None, "P-384", "ecdsa")]),
        ("ssh-keygen -t ecdsa-sk -f id", [("ECDSA", "keygen", None, "P-256", "ecdsa-sk")]),
        ("ssh-keygen -s ca -t rsa -I id key.pub", [("RSA", "sign", None, None, "rsa")]),
        ("ssh-keygen -l -t rsa -f id", [("RSA", "reference", None, None, "rsa")]),
        ("ssh-keygen -lf id.pub", []),  # no key type
        (
            "keytool -genkeypair -keyalg RSA -keysize 2048 -sigalg SHA256withRSA",
            [("RSA", "keygen", 2048, None, "RSA"), ("SHA256withRSA", "sign", None, None, "SHA256withRSA")],
        ),
        ("keytool -genseckey -keyalg DES -keysize 56", [("DES", "keygen", 56, None, "DES")]),
        ("keytool -list -keyalg EC", [("EC", "reference", None, None, "EC")]),
        ("gpg --batch --quick-gen-key me@example.org rsa3072", [("rsa", "keygen", 3072, None, "rsa3072")]),
        ("gpg --quick-gen-key me nistp384", [("ECDSA", "keygen", None, "nistp384", "nistp384")]),
        ("gpg --quick-gen-key me cv25519", [("X25519", "keygen", None, None, "cv25519")]),
        ("gpg --symmetric --cipher-algo CAST5 f", [("CAST5", None, None, None, "CAST5")]),
        ("sudo ssh-keygen -t dsa -f k", [("DSA", "keygen", None, None, "dsa")]),
        (
            "jarsigner -sigalg SHA1withRSA -digestalg SHA1 -keystore ks app.apk alias",
            [("SHA1withRSA", "sign", None, None, "SHA1withRSA"), ("SHA1", "digest", None, None, "SHA1")],
        ),
        (
            "jarsigner -verify -sigalg SHA256withRSA app.jar",
            [("SHA256withRSA", "verify", None, None, "SHA256withRSA")],
        ),
    ],
)
def test_a_command_says_what_it_uses(
    text: str, expected: list[tuple[str, str | None, int | None, str | None, str]]
) -> None:
    assert uses(text) == expected


def test_a_decrypting_command_says_so() -> None:
    words = command_words("openssl enc -d -des3 -in f.enc")
    assert words is not None
    assert Use("des3", ("openssl",), None, 3, decrypting=True) in command_uses(words)


@pytest.mark.parametrize(
    "text",
    [
        "  openssl genrsa -out server.key 4096",  # indented: a hint printed
        "openssl genrsa -out key.pem 2048\\n",  # a line break written: text printed
        "openssl genrsa -out <file> [numbits]",  # a usage line
        "run openssl genrsa -out key.pem 2048",  # prose that names the command
        "create one with ssh-keygen -t ed25519",
        "{} rsa key",  # a value put in, then a word openssl does not own alone
        "openssl",  # the tool alone
        "opensslconf genrsa",  # another program
        "",
    ],
)
def test_text_about_a_command_is_no_command(text: str) -> None:
    assert command_words(text) is None


def test_bad_input_is_read_as_far_as_it_goes() -> None:
    # an unbalanced quote: the words as they stand; a very long command: its first words
    assert command_words("ssh-keygen -t rsa -C 'ops") == ["ssh-keygen", "-t", "rsa", "-C", "'ops"]
    long = "openssl genrsa " + " ".join(["-v"] * 10_000) + " 2048"
    words = command_words(long)
    assert words is not None and len(words) == 64 and words[:2] == ["openssl", "genrsa"]
    assert uses(long) == [("RSA", "keygen", None, None, "genrsa")]  # (its size is past the words read)


@pytest.mark.parametrize(
    ("callee", "words", "tool"),
    [
        ("openssl", ["rsa", "-in", PUT_IN], "openssl"),
        ("self.execute_openssl", ["genrsa", "-out", PUT_IN], "openssl"),
        ("opensslWrapper", ["genrsa", PUT_IN], "openssl"),
        ("run_ssh_keygen", ["-t", "rsa"], "ssh-keygen"),
        ("openssl.spawn", ["req", "-newkey", "rsa:2048"], "openssl"),  # a runner asked to run
        ("this.openssl.exec", ["genrsa"], "openssl"),
        ("openssl.verify", ["genrsa"], None),  # a method of no running
        ('Command::new("openssl").args', ["genrsa", "-out", PUT_IN], "openssl"),
        ('Command::new("/usr/bin/ssh-keygen").arg', ["-t", "ed25519"], "ssh-keygen"),
        ("openssl_encrypt", [PUT_IN, "aes-128-cbc"], None),  # PHP's function: its first word is a value
        ("openssl", ["aes-128-cbc"], None),  # not a subcommand it runs as the first word
        ("ssh_keygen", ["rsa"], None),  # not an option
        ("openssl_pkey_new", [PUT_IN], None),
        ("compile", ["genrsa"], None),
    ],
)
def test_a_function_named_for_a_tool_runs_it(callee: str, words: list[str], tool: str | None) -> None:
    assert called_tool(callee, words) == tool


def test_only_a_text_naming_a_tool_early_is_looked_at() -> None:
    assert may_be_a_command("openssl genrsa 2048")
    assert may_be_a_command("{OPENSSL} genrsa")
    assert not may_be_a_command("RSA-2048")


def test_every_tool_has_its_rule() -> None:
    rules = {rule.id: rule for rule in rules_for("commands")}
    assert sorted(rules) == ["cmd.gpg", "cmd.jarsigner", "cmd.keytool", "cmd.openssl", "cmd.ssh-keygen"]
    assert all(rule.kind == "command" and rule.algorithm is None for rule in rules.values())
    assert rules["cmd.gpg"].names == ("gpg", "gpg2")


def test_qready_rules_shows_a_command_rule() -> None:
    from click.testing import CliRunner

    from qready.cli import cli

    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["rules", "cmd.openssl"])
    assert result.exit_code == 0
    assert "(from the command)" in result.output and "reference" not in result.output
    assert "python" in result.output and "ruby" in result.output  # every language reads commands


def test_a_command_naming_no_algorithm_s_spelling_is_still_read(tmp_path: Path) -> None:
    # `dhparam` is no algorithm's spelling: the prefilter reads its line for the command (COMMAND_MARKS)
    (tmp_path / "dh.py").write_text('import os\n\nos.system("openssl dhparam -out dh.pem 2048")\n')
    found = [
        (f.location.line, f.algorithm.name, f.function, f.rule_id)
        for f in scan(tmp_path, workers=1).findings
        if isinstance(f.location, SourceSpan)
    ]
    assert found == [(3, "FFDH-2048", "keygen", "cmd.openssl")]


@pytest.mark.parametrize(
    ("name", "source", "expected"),
    [
        # a concatenation's operands after the first: read with it (the size is in the last one)
        ("run.py", 'import os\n\nos.system("openssl genrsa -out " + path + " 2048")\n', "RSA-2048"),
        ("run.js", "execSync('openssl genrsa -out ' + keyPath + ' 3072');\n", "RSA-3072"),
        ("Run.java", 'class R { void f() { exec("openssl genrsa -out " + p + " 4096"); } }\n', "RSA-4096"),
        # an integer put in between strings is its value
        ("run.go", 'package r\n\nvar c = "keytool -genkeypair -keyalg RSA -keysize " + 2048\n', "RSA-2048"),
        # PHP's variables in a string and its `.`; Ruby's backquotes
        ("run.php", '<?php\nexec("openssl genrsa -out $dir/k.pem 2048");\n', "RSA-2048"),
        ("run.rb", "`ssh-keygen -t rsa -b 3072 -N '' -f #{path}`\n", "RSA-3072"),
        # Kotlin's templates, and its number literals joined
        ("run.kt", 'fun f(p: String) {\n    val c = "openssl genrsa -out $p " + 2048\n}\n', "RSA-2048"),
    ],
)
def test_a_command_built_from_pieces_is_read_whole(
    tmp_path: Path, name: str, source: str, expected: str
) -> None:
    (tmp_path / name).write_text(source)
    found = [
        (f.algorithm.name, f.function)
        for f in scan(tmp_path, workers=1).findings
        if isinstance(f.location, SourceSpan) and f.rule_id.startswith("cmd.")
    ]
    assert found == [(expected, "keygen")]


def test_a_string_joined_after_another_starts_no_command(tmp_path: Path) -> None:
    # the command's tool must lead: a label joined after a path is no command, whatever its words
    (tmp_path / "Label.java").write_text(
        'class L { String f(String p) { return p + " openssl genrsa 2048"; } }\n'
    )
    assert [f for f in scan(tmp_path, workers=1).findings if f.rule_id.startswith("cmd.")] == []
