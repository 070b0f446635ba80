"""Mail server TLS: Postfix `main.cf` (postfix.py) and Dovecot `dovecot.conf` / `conf.d/10-ssl.conf`.

Dovecot (doc.dovecot.org, settings): `key = value`, `key = <file` (a file's content), `#` comments,
`name [arg] { ... }` blocks (`protocol imap`, `local 192.0.2.1`), `!include` / `!include_try` with globs
relative to the including file. Settings `ssl_cipher_list`, `ssl_cipher_suites`, `ssl_curve_list`,
`ssl_min_protocol`, `ssl_cert`/`ssl_key`/`ssl_dh` (2.3) and `ssl_server_cert_file`/`ssl_server_key_file`
(2.4). One asset per file read whole (the global settings), unless `ssl = no`. Dovecot's built-in defaults
vary by release and the OpenSSL it is built with, and are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer, Source, find_root
from qready.detectors.configs.line_config import logical_lines
from qready.detectors.configs.postfix import postfix_detection
from qready.detectors.configs.tls import Endpoint, tls_findings
from qready.discovery import ScannedFile
from qready.model import FileLocation

MAX_BYTES = 4 * 1024 * 1024
MAX_SETTINGS = 50_000
DOVECOT_KINDS = {"ssl_cipher_list": "ciphers", "ssl_cipher_suites": "suites", "ssl_curve_list": "groups"}
_DOVECOT_FILES = (
    "ssl_cert",
    "ssl_key",
    "ssl_dh",
    "ssl_server_cert_file",
    "ssl_server_key_file",
    "ssl_server_dh_file",
)
_ASSIGN = re.compile(r"([A-Za-z0-9_.]+)\s*=\s*(.*)$")


@dataclass
class _Dovecot:
    includer: Includer
    settings: list[Setting] = field(default_factory=list)

    def read(self, source: Source, blocks: tuple[str, ...] = ()) -> None:
        for number, line in logical_lines(source.text):
            if len(self.settings) >= MAX_SETTINGS:
                return
            text = line.split(" #", 1)[0].strip()
            if text.startswith("!include"):
                reference = text.split(None, 1)[1] if " " in text else ""
                for included in self.includer.include(
                    source, number, reference, text.startswith("!include_try")
                ):
                    self.read(included, blocks)
            elif text.endswith("{"):
                blocks = (*blocks, text[:-1].strip())
            elif text == "}":
                blocks = blocks[:-1]
            elif (match := _ASSIGN.match(text)) is not None:
                block = " / ".join(blocks) or None
                self.settings.append(
                    Setting(match.group(1), match.group(2).strip(), source.rel, number, block)
                )


def _dovecot(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    main = None if file.name == "dovecot.conf" else find_root(file, ("dovecot.conf",))
    if main is not None:
        whole = _Dovecot(Includer(main))
        whole.read(whole.includer.top())
        if file.rel in whole.includer.read_files:
            return detection  # dovecot.conf reads this file in place and reports it
    reader = _Dovecot(Includer(file))
    reader.read(reader.includer.top())
    endpoint = Endpoint(None, FileLocation(file.rel, None, "ssl"))
    enabled = True
    for setting in reader.settings:
        key = setting.key
        if key in DOVECOT_KINDS and setting.value:
            found = tls_findings(context.catalog, DOVECOT_KINDS[key], setting, f"config.dovecot.{key}")
            detection.findings += found
            endpoint.findings += found if setting.block is None else []
        elif key in _DOVECOT_FILES and setting.block is None:
            endpoint.files += reader.includer.file_ref(setting.value.lstrip("<").strip())
        elif key == "ssl_min_protocol" and setting.block is None:
            endpoint.version = f"ssl_min_protocol {setting.value}"
        elif key == "ssl" and setting.block is None:
            enabled = setting.value != "no"
    if enabled and (endpoint.findings or endpoint.files):
        detection.assets.append(endpoint.asset())
    detection.problems += reader.includer.problems
    return detection


class MailTlsDetector:
    name: ClassVar[str] = "config-mail"
    route: ClassVar[Route] = Route(
        suffixes=frozenset({".conf", ".ext"}), names=frozenset({"main.cf", "dovecot.conf"})
    )

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if file.name == "main.cf":
            return b"tls" in file.data
        if file.name == "dovecot.conf":
            return b"ssl" in file.data or b"!include" in file.data
        parts = file.rel.lower().split("/")
        return "dovecot" in parts[:-1] and file.suffix in (".conf", ".ext") and b"ssl" in file.data

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        return postfix_detection(file, context) if file.name == "main.cf" else _dovecot(file, context)
