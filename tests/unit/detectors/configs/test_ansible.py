"""Ansible: community.crypto key generation (openssl_privatekey, openssh_keypair) with module defaults,
variables (play vars, role defaults, `default()` filters), free-form arguments, signatures of self-signed
certificates and CSRs, and bad input."""

from __future__ import annotations

import os
from pathlib import Path

from tests.config_tools import CONTEXT

from qready.detectors.base import Detection
from qready.detectors.configs.ansible import AnsibleDetector
from qready.discovery import ScannedFile
from qready.model import Confidence, FileLocation

DETECTOR = AnsibleDetector()
Row = tuple[int | None, str | None, str, str, str | None]


def scanned(root: Path, rel: str, text: str) -> ScannedFile:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return ScannedFile(rel=rel, data=path.read_bytes(), path=str(path), root=os.path.realpath(root))


def detect(root: Path, rel: str, text: str) -> Detection:
    file = scanned(root, rel, text)
    assert DETECTOR.wants(file)
    return DETECTOR.detect(file, CONTEXT)


def rows(detection: Detection) -> set[Row]:
    found = set()
    for finding in detection.findings:
        assert isinstance(finding.location, FileLocation)
        loc = finding.location
        found.add((loc.line, loc.item, finding.algorithm.name, finding.rule_id, finding.function))
    return found


TASKS = """\
- name: defaults
  community.crypto.openssl_privatekey:
    path: /etc/ssl/a.key
- name: dsa
  openssl_privatekey:
    path: /etc/ssl/b.key
    type: DSA
    size: 2048
- name: x25519
  community.crypto.openssl_privatekey_pipe:
    type: X25519
- name: free form
  community.crypto.openssh_keypair: path=/root/.ssh/id_dsa type=dsa
- name: args
  community.crypto.openssh_keypair:
  args:
    path: /root/.ssh/id_ed25519
    type: ed25519
- name: csr for a
  community.crypto.openssl_csr:
    path: /etc/ssl/a.csr
    privatekey_path: /etc/ssl/a.key
- name: ca-signed certificate (not self-signed)
  community.crypto.x509_certificate:
    path: /etc/ssl/a.crt
    privatekey_path: /etc/ssl/a.key
    provider: ownca
"""
OPENSSL = "config.ansible.openssl_privatekey"
OPENSSH = "config.ansible.openssh_keypair"


def test_keys_defaults_and_argument_forms(tmp_path: Path) -> None:
    detection = detect(tmp_path, "tasks.yml", TASKS)
    assert rows(detection) == {
        (2, "task 'defaults' / type", "RSA-4096", OPENSSL, "keygen"),
        (7, "task 'dsa' / type", "DSA-2048", OPENSSL, "keygen"),
        (11, "task 'x25519' / type", "X25519", OPENSSL, "keygen"),
        (13, "task 'free form' / type", "DSA-1024", OPENSSH, "keygen"),
        (18, "task 'args' / type", "Ed25519", OPENSSH, "keygen"),
        (20, "task 'csr for a' / digest", "RSA-PKCS1-1.5-SHA-256-4096", "config.ansible.openssl_csr", "sign"),
    }
    by_line = {f.location.line: f for f in detection.findings if isinstance(f.location, FileLocation)}
    assert by_line[2].confidence is Confidence.MEDIUM  # RSA 4096: the module's documented defaults
    assert by_line[2].evidence == "type RSA, size 4096"
    assert by_line[7].confidence is Confidence.HIGH
    assert detection.problems == []


def test_role_defaults_and_jinja_defaults(tmp_path: Path) -> None:
    scanned(tmp_path, "roles/ca/defaults/main.yml", "ca_curve: secp256k1\nca_type: ECC\n")
    scanned(tmp_path, "roles/ca/vars/main.yml", "unrelated: true\n")
    text = """\
- name: ca key
  community.crypto.openssl_privatekey:
    path: /etc/ca.key
    type: "{{ ca_type }}"
    curve: "{{ ca_curve }}"
- name: fallback
  community.crypto.openssl_privatekey:
    path: /etc/fallback.key
    size: "{{ fallback_size | default(3072) }}"
- name: from the inventory
  community.crypto.openssl_privatekey:
    path: /etc/inventory.key
    type: "{{ inventory_type }}"
"""
    detection = detect(tmp_path, "roles/ca/tasks/main.yml", text)
    assert rows(detection) == {
        (4, "task 'ca key' / type", "ECDSA-secp256k1", OPENSSL, "keygen"),
        (7, "task 'fallback' / type", "RSA-3072", OPENSSL, "keygen"),
    }
    assert detection.problems == []


def test_play_vars_and_self_signed_certificate(tmp_path: Path) -> None:
    text = """\
- hosts: all
  vars:
    key_file: /etc/ssl/site.key
  tasks:
    - block:
        - name: site key
          community.crypto.openssl_privatekey:
            path: "{{ key_file }}"
            type: Ed25519
      always:
        - name: site certificate
          community.crypto.x509_certificate:
            path: /etc/ssl/site.crt
            privatekey_path: "{{ key_file }}"
            provider: selfsigned
            selfsigned_digest: sha512
"""
    detection = detect(tmp_path, "site.yml", text)
    assert rows(detection) == {
        (9, "task 'site key' / type", "Ed25519", OPENSSL, "keygen"),
        (
            16,
            "task 'site certificate' / selfsigned_digest",
            "Ed25519",
            "config.ansible.x509_certificate",
            "sign",
        ),
    }


def test_invalid_yaml_and_wants(tmp_path: Path) -> None:
    detection = detect(tmp_path, "broken.yml", "- name: k\n  openssl_privatekey: {path: [x\n")
    assert detection.findings == []
    (problem,) = detection.problems
    assert problem.startswith("broken.yml: invalid YAML at line ")
    other = scanned(tmp_path, "deploy.yml", "- name: copy\n  ansible.builtin.copy: {src: a, dest: b}\n")
    text_file = scanned(tmp_path, "notes.txt", "openssl_privatekey: x\n")
    assert (DETECTOR.wants(other), DETECTOR.wants(text_file)) == (False, False)
