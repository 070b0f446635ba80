"""The replacement table (quantum/replacements.toml): it loads strictly, library versions come from the
library table and appear in the action, every stack reaches a row for every use, sources carry their tag."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from qready.errors import CatalogError
from qready.knowledge.libraries import default_libraries
from qready.knowledge.replacements import (
    USES,
    default_replacements,
    load_replacements,
)

SOURCE = {"title": "T", "locator": "L", "year": 2025, "url": "https://example.test", "verification": "P"}
GENERIC_ROWS = [
    {
        "stack": "generic",
        "uses": list(USES),
        "action": "ML-DSA-65 or ML-KEM-768",
        "effort": "code",
        "source": "s",
    }
]


def doc(*rows: dict[str, Any], stacks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "sources": {"s": dict(SOURCE)},
        "stack": [{"id": "generic", "label": "any", "rules": []}, *(stacks or [])],
        "row": copy.deepcopy(GENERIC_ROWS) + list(rows),
    }


PYCA_STACK = {"id": "py", "label": "Python", "rules": ["py."], "library": "pypi:cryptography"}


def test_shipped_table_loads_with_versions_from_the_library_table() -> None:
    table = default_replacements()
    minimums = {(row.stack, row.uses[0]): row.minimum for row in table.rows}
    assert minimums[("python-cryptography", "signature")] == "48.0.0"
    assert minimums[("go", "key-establishment")] == "1.24"
    assert minimums[("go", "signature")] == "1.27"
    assert minimums[("java-bc", "key-establishment")] == "1.79"
    assert minimums[("dotnet", "signature")] == "10.0"
    assert minimums[("rust", "signature")] is None  # the ml-dsa crate offers ML-DSA in every version
    for row in table.rows:
        assert row.minimum is None or row.minimum in row.action, row


def test_every_stack_reaches_a_row_for_every_use() -> None:
    table = default_replacements()
    for stack in table.stacks.values():
        for use in USES:
            assert use in table.row_for(stack, use).uses, (stack.id, use)


def test_every_library_a_stack_names_is_in_the_library_table() -> None:
    libraries = default_libraries()
    table = default_replacements()
    named = {stack.library for stack in table.stacks.values()} | {row.library for row in table.rows}
    for library in named - {None}:
        assert library is not None and libraries.find(library.ecosystem, library.name) is not None, library


def test_rule_prefixes_pick_the_longest_match_and_formats_come_first() -> None:
    table = default_replacements()
    assert table.stack_for("py.cryptography.rsa-keygen").id == "python-cryptography"
    assert table.stack_for("py.paramiko.transport").id == "python-paramiko"
    assert table.stack_for("go.tls.curve").id == "go-tls"
    assert table.stack_for("go.rsa.sign").id == "go"
    assert table.stack_for("config.terraform.tls_private_key").id == "terraform-tls"
    assert table.stack_for("net.tls.signature").id == "x509"
    assert table.stack_for("net.tls.group").id == "tls-endpoint"
    assert table.stack_for("key.private", "openssh").id == "ssh-keys"
    assert table.stack_for("key.private", "pkcs8").id == "keys"
    assert table.stack_for("made.up.rule").id == "generic"
    assert table.chain("openssl-config") == ("openssl-config", "x509", "generic")


def test_sources_say_when_they_are_not_verified() -> None:
    table = default_replacements()
    tags = {row.source.id: row.source.cite() for row in table.rows}
    assert tags["openssh-9-9"] == (
        "OpenSSH release notes 9.9 (2024-09) and 10.0 (2025-04): 9.9 adds mlkem768x25519-sha256; 10.0 makes "
        "it "
        "the default key exchange (2025), https://www.openssh.com/releasenotes.html"
    )
    assert tags["go-1-27"].endswith(" [not verified: secondary sources]")
    assert tags["cloud-kms-m"].endswith(" [not verified: general knowledge]")


def test_a_feature_version_comes_from_the_library_table_and_must_be_in_the_action() -> None:
    good = {
        "stack": "py",
        "uses": ["signature"],
        "action": "mldsa (cryptography >= 48.0.0)",
        "effort": "code",
        "source": "s",
        "features": ["ml_dsa"],
    }
    table = load_replacements(doc(good, stacks=[PYCA_STACK]), default_libraries())
    assert table.rows[-1].minimum == "48.0.0"
    stale = dict(good, action="mldsa (cryptography >= 44.0)")
    with pytest.raises(
        CatalogError, match=r"row py/signature: the action must name the minimum version 48.0.0"
    ):
        load_replacements(doc(stale, stacks=[PYCA_STACK]), default_libraries())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, r"row py/signature: unknown field\(s\) colour"),
        ({"uses": ["telepathy"]}, r"use\(s\) telepathy not one of key-establishment"),
        ({"effort": "huge"}, r"effort 'huge' not one of configuration, code, pki, blocked, none"),
        ({"source": "nowhere"}, r"unknown source 'nowhere'"),
        ({"stack": "cobol"}, r"row cobol/signature: unknown stack"),
        ({"features": ["slh_dsa"]}, r"cryptography offers no slh_dsa in 95-libraries"),
        ({"features": ["ml_dsa"], "version": "1.0"}, r"give 'features' or 'version', not both"),
        (
            {"library": "cargo:no-such-crate", "features": ["ml_kem"]},
            r"cargo:no-such-crate is not in 95-libraries",
        ),
    ],
)
def test_bad_rows_are_errors_naming_the_row(change: dict[str, Any], message: str) -> None:
    row = {"stack": "py", "uses": ["signature"], "action": "x", "effort": "code", "source": "s", **change}
    with pytest.raises(CatalogError, match=message):
        load_replacements(doc(row, stacks=[PYCA_STACK]), default_libraries())


def test_fallback_cycles_and_a_generic_stack_without_every_use_are_errors() -> None:
    looping = [
        {"id": "a", "label": "A", "rules": ["a."], "fallback": "b"},
        {"id": "b", "label": "B", "rules": ["b."], "fallback": "a"},
    ]
    with pytest.raises(CatalogError, match=r"stack 'a': fallback cycle through 'a'"):
        load_replacements(doc(stacks=looping), default_libraries())
    partial = doc()
    partial["row"][0]["uses"] = ["signature"]
    with pytest.raises(CatalogError, match=r"the generic stack has no row for key-establishment, encryption"):
        load_replacements(partial, default_libraries())
    unverified = doc()
    unverified["sources"]["s"]["verification"] = "X"
    with pytest.raises(CatalogError, match=r"source 's': verification 'X' is not one of P, S, M"):
        load_replacements(unverified, default_libraries())
