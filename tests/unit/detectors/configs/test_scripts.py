"""Shell scripts, Dockerfiles, Makefiles and CI pipelines: the openssl, ssh-keygen, keytool and gpg commands
they run, each at the line it starts on, with the size or curve it states."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, scanned, tree

from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.scripts import ScriptCommandDetector
from qready.engine import scan
from qready.model import FileLocation

DOCKERFILE = """\
FROM debian:12
# generate a throwaway key: openssl genrsa -out x 1024
RUN apt-get update && apt-get install -y openssl \\
 && openssl req -x509 -newkey rsa:2048 -nodes -keyout /etc/ssl/k.pem -out /etc/ssl/c.pem \\
      -subj "/CN=localhost" \\
 && ssh-keygen -t ed25519 -N "" -f /etc/ssh/ssh_host_ed25519_key
"""
MAKEFILE = """\
OPENSSL ?= openssl
certs:
\t$(OPENSSL) genrsa -out ca.key 4096
\t@openssl dhparam -out dh.pem 2048
\t-$(OPENSSL) ecparam -name secp384r1 -genkey -out ec.key
"""
SCRIPT = """\
#!/bin/bash
set -eu
KEY="$1"
ssh-keygen -q -t rsa -b 3072 -N '' -f "$KEY"   # the deploy key
openssl enc -aes-256-cbc -pbkdf2 -in secrets -out secrets.enc
echo "run openssl genrsa -out key 2048 to make one"
if [ ! -f dsa.pem ]; then openssl gendsa -out dsa.pem params.pem; fi
fp=$(ssh-keygen -lf "$KEY.pub")
if ! openssl dgst -md5 -out sum "$KEY"; then exit 1; fi
"""
NO_SUFFIX = """\
#!/usr/bin/env sh
openssl genpkey -algorithm ED25519 -out "$1"
"""
WORKFLOW = """\
jobs:
  test:
    steps:
      - run: openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout k -out r.csr
      - name: keys
        run: |
          keytool -genkeypair -alias a -keyalg RSA -keysize 2048 -keystore ks.jks -storepass changeit
          gpg --batch --quick-gen-key ci@example.org ed25519
"""
FILES: dict[str, str | bytes] = {
    "Dockerfile": DOCKERFILE,
    "Makefile": MAKEFILE,
    "scripts/mkkeys.sh": SCRIPT,
    "scripts/mkkey": NO_SUFFIX,
    ".github/workflows/ci.yml": WORKFLOW,
    "notes.txt": "openssl genrsa -out key.pem 2048\n",  # no script
    "docs.yml": "description: openssl genrsa -out key.pem 2048\n",  # text about a command
    "playbook.yml": "- name: the CA key\n  ansible.builtin.command: openssl genrsa -out /etc/ca.key 4096\n",
    "scripts/tool": "openssl genrsa -out key.pem 2048\n",  # no shell's #! line
}

Row = tuple[str, int | None, str, str, str, str]


def _rows(root: Path) -> set[Row]:
    """(path, line, algorithm, function, rule, size or curve stated) of every script finding."""
    found: set[Row] = set()
    for finding in scan(root, workers=1).findings:
        if not finding.rule_id.startswith("script."):
            continue
        assert isinstance(finding.location, FileLocation)
        stated = dict(finding.provenance)
        parameter = "size" if "parameterSetIdentifier" in stated else "curve" if "curve" in stated else "-"
        found.add(
            (
                finding.location.path,
                finding.location.line,
                finding.algorithm.name,
                finding.function or "-",
                finding.rule_id,
                parameter,
            )
        )
    return found


def test_registered() -> None:
    assert ScriptCommandDetector in CONFIG_DETECTORS


def test_the_commands_scripts_run_are_found_at_their_lines(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    assert _rows(tmp_path) == {
        ("Dockerfile", 4, "RSA-2048", "keygen", "script.openssl", "size"),
        ("Dockerfile", 6, "Ed25519", "keygen", "script.ssh-keygen", "-"),
        ("Makefile", 3, "RSA-4096", "keygen", "script.openssl", "size"),
        ("Makefile", 4, "FFDH-2048", "keygen", "script.openssl", "size"),
        ("Makefile", 5, "ECDSA-P-384", "keygen", "script.openssl", "curve"),
        ("scripts/mkkeys.sh", 4, "RSA-3072", "keygen", "script.ssh-keygen", "size"),
        ("scripts/mkkeys.sh", 5, "AES-256-CBC", "encrypt", "script.openssl", "-"),
        ("scripts/mkkeys.sh", 7, "DSA", "keygen", "script.openssl", "-"),
        ("scripts/mkkeys.sh", 9, "MD5", "digest", "script.openssl", "-"),
        ("scripts/mkkey", 2, "Ed25519", "keygen", "script.openssl", "-"),
        (".github/workflows/ci.yml", 4, "ECDSA-P-256", "keygen", "script.openssl", "curve"),
        (".github/workflows/ci.yml", 7, "RSA-2048", "keygen", "script.keytool", "size"),
        (".github/workflows/ci.yml", 8, "Ed25519", "keygen", "script.gpg", "-"),
        ("playbook.yml", 2, "RSA-4096", "keygen", "script.openssl", "size"),
    }


def test_a_finding_names_the_command_and_keeps_the_line(tmp_path: Path) -> None:
    tree(tmp_path, {"Dockerfile": DOCKERFILE})
    detection = ScriptCommandDetector().detect(scanned(tmp_path, "Dockerfile"), CONTEXT)
    first = detection.findings[0]
    assert first.location == FileLocation("Dockerfile", 4, "openssl req")
    assert first.evidence.startswith("RUN apt-get update && apt-get install -y openssl")
    assert first.symbol == "openssl"


@pytest.mark.parametrize(
    ("rel", "data", "wanted"),
    [
        ("build.sh", b"openssl genrsa 2048\n", True),
        ("Dockerfile.dev", b"RUN ssh-keygen -t rsa\n", True),
        ("ci/.gitlab-ci.yml", b"script: openssl req\n", True),
        ("Jenkinsfile", b"sh 'openssl genrsa 2048'\n", True),
        ("build.sh", b"echo hello\n", False),  # no tool named: not read
        ("app.yml", b"run: openssl genrsa 2048\n", True),
        ("app.yml", b"name: web\n", False),
        ("bin/tool", b"#!/usr/bin/python3\nopenssl\n", False),
        ("bin/tool", b"#!/bin/sh\nopenssl genrsa 2048\n", True),
        ("build.sh", b"\x00\x01openssl", False),  # binary
    ],
)
def test_which_files_are_read(tmp_path: Path, rel: str, data: bytes, wanted: bool) -> None:
    tree(tmp_path, {rel: data})
    assert ScriptCommandDetector().wants(scanned(tmp_path, rel)) is wanted


def test_bad_input_never_stalls(tmp_path: Path) -> None:
    # a line continued without end, a huge line and unbalanced quotes: read as far as they go
    text = "openssl genrsa -out 'k.pem 2048 \\\n" * 5_000 + "x" * 100_000 + "\nopenssl genrsa -out k 1024\n"
    tree(tmp_path, {"gen.sh": text})
    rows = _rows(tmp_path)
    assert ("gen.sh", 5_002, "RSA-1024", "keygen", "script.openssl", "size") in rows
