"""Postfix `main.cf` TLS (postconf(5)): `name = value` lines, indented lines continue the previous one, `#`
comment lines, the last assignment of a name wins.

Every cipher list (`tls_high_cipherlist`, `tls_medium_cipherlist`, `tls_low_cipherlist`,
`tls_null_cipherlist`) and curve/group list (`tls_eecdh_auto_curves`, `tls_ffdhe_auto_groups`,
`tls_eecdh_strong_curve`, `tls_eecdh_ultra_curve`) that is written is a finding at its line. The SMTP server
(`smtpd_tls_*`) is one ProtocolConfig asset holding what it actually uses: the cipher list its grade names
(`smtpd_tls_ciphers`, or `smtpd_tls_mandatory_ciphers` at security level `encrypt`: high, medium, low,
export, null) and the curves its `smtpd_tls_eecdh_grade` names (auto, strong, ultra, none). A list in use
that is not written is reported as the documented default and named (`Postfix 3.9 default`,
tls_defaults.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qready.detectors.base import DetectContext, Detection
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer
from qready.detectors.configs.line_config import logical_lines
from qready.detectors.configs.tls import Endpoint, default_setting, default_value, tls_findings
from qready.discovery import ScannedFile
from qready.model import FileLocation, Finding

SOFTWARE = "postfix"
KINDS = {
    "tls_high_cipherlist": "ciphers",
    "tls_medium_cipherlist": "ciphers",
    "tls_low_cipherlist": "ciphers",
    "tls_export_cipherlist": "ciphers",
    "tls_null_cipherlist": "ciphers",
    "tls_eecdh_auto_curves": "groups",
    "tls_ffdhe_auto_groups": "groups",
    "tls_eecdh_strong_curve": "groups",
    "tls_eecdh_ultra_curve": "groups",
}
# cipher grade -> the list it uses (Postfix 3.6+ treats "export" and "low" as "medium")
GRADE_LISTS = {
    "high": "tls_high_cipherlist",
    "medium": "tls_medium_cipherlist",
    "low": "tls_medium_cipherlist",
    "export": "tls_medium_cipherlist",
    "null": "tls_null_cipherlist",
}
# smtpd_tls_eecdh_grade -> the curve/group lists it uses
EECDH_LISTS = {
    "auto": ("tls_eecdh_auto_curves", "tls_ffdhe_auto_groups"),
    "strong": ("tls_eecdh_strong_curve",),
    "ultra": ("tls_eecdh_ultra_curve",),
    "none": (),
}
_FILES = re.compile(r"smtpd_tls_(cert|key|eccert|eckey|dcert|dkey|chain)_files?$|smtpd_tls_dh\d+_param_file$")
_ASSIGN = re.compile(r"([A-Za-z0-9_.]+)\s*=\s*(.*)$")


@dataclass
class MainCf:
    """The assignments of one main.cf (the last one of a name wins), with their lines."""

    rel: str
    values: dict[str, Setting] = field(default_factory=dict)

    def read(self, text: str) -> None:
        for number, line in logical_lines(text, continuation="indent"):
            match = _ASSIGN.match(line)
            if match is not None:
                key = match.group(1)
                self.values.pop(key, None)  # keep dict order = order of the effective assignments
                self.values[key] = Setting(key, match.group(2).strip(), self.rel, number)

    def value(self, key: str) -> str:
        found = self.values.get(key)
        return found.value.strip().lower() if found is not None else ""

    def in_use(self) -> list[str]:
        """The cipher and curve lists the SMTP server uses, by their grade settings (or their defaults)."""
        level = self.value("smtpd_tls_security_level") or _legacy_level(self)
        grade_key = "smtpd_tls_mandatory_ciphers" if level == "encrypt" else "smtpd_tls_ciphers"
        grade = self.value(grade_key) or default_value(SOFTWARE, grade_key)
        eecdh = self.value("smtpd_tls_eecdh_grade") or default_value(SOFTWARE, "smtpd_tls_eecdh_grade")
        return [GRADE_LISTS.get(grade, "tls_medium_cipherlist"), *EECDH_LISTS.get(eecdh, ())]

    def is_server(self) -> bool:
        level = self.value("smtpd_tls_security_level") or _legacy_level(self)
        has_files = any(_FILES.match(key) and s.value for key, s in self.values.items())
        return has_files or level not in ("", "none")


def _legacy_level(main: MainCf) -> str:
    """smtpd_enforce_tls / smtpd_use_tls, the pre-2.3 spellings of the security level."""
    if main.value("smtpd_enforce_tls") == "yes":
        return "encrypt"
    return "may" if main.value("smtpd_use_tls") == "yes" else ""


def postfix_detection(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    main = MainCf(file.rel)
    main.read(file.text)
    written: dict[str, list[Finding]] = {}
    for key, setting in main.values.items():
        if key in KINDS and setting.value:
            written[key] = tls_findings(context.catalog, KINDS[key], setting, f"config.postfix.{key}")
            detection.findings += written[key]
    if not main.is_server():
        return detection
    endpoint = Endpoint("smtpd", FileLocation(file.rel, None, "smtpd"))
    for key in main.in_use():
        if key not in written:
            setting = default_setting(SOFTWARE, key, file.rel, None)
            written[key] = tls_findings(context.catalog, KINDS[key], setting, f"config.postfix.{key}")
            detection.findings += written[key]
        endpoint.findings += written[key]
    includer = Includer(file)
    for key, setting in main.values.items():
        if _FILES.match(key):
            for reference in re.split(r"[\s,]+", setting.value):
                endpoint.files += includer.file_ref(reference)
    version = main.values.get("smtpd_tls_mandatory_protocols") or main.values.get("smtpd_tls_protocols")
    endpoint.version = version.value if version is not None and version.value else None
    detection.assets.append(endpoint.asset())
    detection.problems += includer.problems
    return detection
