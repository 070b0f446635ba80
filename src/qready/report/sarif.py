"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

GitHub's documented constraints (docs.github.com, "SARIF support for code scanning" and "SARIF results exceed
one or more limits"), and how this file meets them:
- relative `artifactLocation.uri` (with `uriBaseId` %SRCROOT%): an absolute URI whose scheme differs from the
  checkout's `file` scheme makes GitHub reject the whole upload, and a first path segment with a colon is not
  a valid URI reference. A probed endpoint is therefore the relative pseudo-path `tls/host/443` under the base
  ENDPOINTS, with a logical location naming `tls://host:443`. No machine path enters the file.
- every rule has `shortDescription`, `fullDescription` (each at most 1024 characters) and `help.text`; tags
  stay within 10 (GitHub shows 10, accepts 20); `security-severity` is a string score that GitHub buckets as
  critical (over 9.0), high (7.0-8.9), medium (4.0-6.9), low (0.1-3.9) or none (0.0).
- at most 25,000 results per run (a larger run is rejected): the most urgent are kept and a notification says
  how many were left out. Rules are one per detection rule id, far below GitHub's 25,000.
- `partialFingerprints.primaryLocationLineHash` (the only key GitHub uses) comes from the finding's
  content-derived fingerprint, which has no line number, plus an occurrence counter, so alerts survive line
  moves; `qready/v1` carries the full fingerprint for other consumers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any, ClassVar
from urllib.parse import quote

from qready.model import (
    Assessment,
    Endpoint,
    FileLocation,
    Finding,
    Location,
    Outcome,
    PackageRef,
    SourceSpan,
    Status,
    Threat,
    Verdict,
)
from qready.report.base import ReportOptions
from qready.report.cbom_assessment import estimate_text
from qready.report.markdown import (
    baseline_name,
    code_span,
    escape_markdown,
    place,
    urgency_rank,
    urgency_tier,
)
from qready.report.readiness import most_urgent

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
ENDPOINTS = "ENDPOINTS"
MAX_RESULTS = 25_000  # GitHub rejects a run with more results
MAX_TEXT = 1024  # GitHub's limit for shortDescription and fullDescription
HELP_ALGORITHMS = 20  # remediation entries per rule help
SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "2.0", "not-quantum-urgent": "0.0"}
_LEVELS = ("note", "warning", "error")
_THREAT_WORDS = {
    Threat.SHOR_BROKEN: "is broken by Shor's algorithm",
    Threat.GROVER_WEAKENED: "is weakened by Grover's algorithm",
    Threat.QUANTUM_RESISTANT: "is quantum-resistant",
    Threat.NOT_APPLICABLE: "has no quantum threat",
}
# fmt: off
_RULES = {  # rule id: (short description, full description)
    "x509.signature": ("Certificate signature", "The algorithm an X.509 certificate is signed with."),
    "x509.public-key": ("Certificate public key", "The subject public key of an X.509 certificate."),
    "csr.signature": ("Certificate request signature", "The algorithm a certificate request is signed with."),
    "csr.public-key": ("Certificate request public key", "The public key a certificate request carries."),
    "key.private": ("Private key", "A private key (PKCS#1, PKCS#8, SEC1, DER or OpenSSH) and its algorithm."),
    "key.public": ("Public key", "A public key file and its algorithm."),
    "key.protection": ("Key file protection", "An algorithm protecting an encrypted private key file."),
    "ssh.authorized-key": ("SSH authorized key", "A key line of an OpenSSH authorized_keys file."),
    "ssh.known-host": ("SSH known host key", "A host key line of an OpenSSH known_hosts file."),
    "ssh.certificate": ("SSH certificate", "An OpenSSH certificate and its key."),
    "ssh.certificate-ca": ("SSH certificate authority key", "The CA key that signed an OpenSSH certificate."),
    "jwk.key": ("JSON Web Key", "A JSON Web Key (its alg when present) in a JWK or JWKS document."),
    "pgp.key": ("OpenPGP key", "An OpenPGP primary key or subkey."),
    "keystore.private-key": ("Keystore private key", "A private key entry of a PKCS#12, JKS or JCEKS store."),
    "keystore.secret-key": ("Keystore secret key", "A secret key entry of a keystore."),
    "keystore.protection": ("Keystore protection", "An algorithm protecting the entries of a keystore."),
    "keystore.mac": ("Keystore integrity", "The algorithm protecting the integrity of a keystore."),
    "net.tls.group": ("TLS key exchange group", "A key exchange group a live TLS endpoint supports."),
    "net.tls.negotiated": ("Negotiated TLS group", "The group a modern client gets from a TLS endpoint."),
    "net.tls.suite": ("TLS cipher suite algorithm", "An algorithm of a cipher suite a TLS endpoint accepts."),
    "net.tls.signature": ("TLS signature scheme", "A signature scheme a live TLS endpoint signs with."),
    "net.ssh.kex": ("SSH key exchange", "A key exchange method a live SSH endpoint offers."),
    "net.ssh.hostkey": ("SSH host key algorithm", "A host key algorithm a live SSH endpoint offers."),
    "net.ssh.host-key": ("SSH host key", "The host key a live SSH endpoint presents."),
    "net.ssh.cipher": ("SSH cipher", "A cipher a live SSH endpoint offers."),
    "net.ssh.mac": ("SSH MAC", "A message authentication code a live SSH endpoint offers."),
}
_SOFTWARE = {
    "openssh": "OpenSSH", "openssl": "OpenSSL", "gnutls": "GnuTLS", "nginx": "nginx",
    "apache": "Apache httpd", "haproxy": "HAProxy", "postfix": "Postfix", "dovecot": "Dovecot",
    "java": "Java security", "spring": "Spring Boot", "strongswan": "strongSwan", "wireguard": "WireGuard",
    "openvpn": "OpenVPN", "kubernetes": "Kubernetes", "terraform": "Terraform",
    "cloudformation": "CloudFormation", "ansible": "Ansible",
}
_LANGUAGES = {
    "py": "Python", "java": "Java", "kotlin": "Kotlin", "scala": "Scala", "go": "Go",
    "js": "JavaScript/TypeScript", "c": "C", "cpp": "C++", "csharp": "C#", "rust": "Rust", "php": "PHP",
    "rb": "Ruby", "swift": "Swift",
}
# fmt: on
_NOTIFICATIONS = (
    ("qready.failed", "A file or endpoint could not be analysed; its findings may be missing."),
    ("qready.skipped", "A file was skipped (too large, outside the scanned targets...)."),
    ("qready.truncated", "Results were left out to stay within GitHub's limit of 25,000 results per run."),
    ("qready.settings", "A qready.toml setting needs attention (an expired suppression)."),
)


def describe_rule(rule_id: str) -> tuple[str, str]:
    """(short, full) description of a detection rule, from its id."""
    if rule_id in _RULES:
        return _RULES[rule_id]
    head, _, rest = rule_id.partition(".")
    if head == "config":
        software, _, setting = rest.partition(".")
        name = _SOFTWARE.get(software, software)
        return (
            f"{name} setting {setting}".strip(),
            f"A cryptographic setting ({setting or 'any'}) in a configuration of {name}, or the software's "
            "documented default where the setting is absent.",
        )
    if head in ("cmd", "script"):
        where = "program code runs" if head == "cmd" else "a script, Dockerfile, Makefile or CI pipeline runs"
        return (
            f"{rest} command line",
            f"A command of the {rest} tool that {where}: the algorithm, key size or curve its options state.",
        )
    if head in _LANGUAGES:
        return (
            f"{_LANGUAGES[head]} source: {rest}",
            f"A use of cryptography in {_LANGUAGES[head]} source code (`qready rules {rule_id}` shows it).",
        )
    return rule_id, f"qready detection rule {rule_id}."


def rule_name(rule_id: str) -> str:
    """`x509.public-key` -> `X509PublicKey`."""
    words = rule_id.replace("-", ".").replace("_", ".").split(".")
    return "".join(word[:1].upper() + word[1:] for word in words)[:255]


def level(threat: Threat, tier: str) -> str:
    """error: Shor-broken and urgent; warning: Shor-broken, or Grover-weakened and urgent; note otherwise."""
    urgent = tier in ("critical", "high")
    if threat is Threat.SHOR_BROKEN:
        return "error" if urgent else "warning"
    if threat is Threat.GROVER_WEAKENED and (urgent or tier == "medium"):
        return "warning"
    return "note"


def message_text(text: str) -> str:
    """A SARIF message string (SARIF 2.1.0, 3.11): braces doubled (they delimit placeholders) and brackets
    escaped, so no `[text](https://...)` from a scanned file becomes an embedded link."""
    return text.replace("{", "{{").replace("}", "}}").replace("[", "\\[").replace("]", "\\]")


def endpoint_uri(scheme: str, host: str, port: int | str) -> str:
    """`tls/example.org/443`: a relative reference (a colon in the first segment is not allowed)."""
    return f"{quote(scheme, safe='')}/{quote(host, safe='')}/{quote(str(port), safe='')}"


def _artifact(uri: str, base: str) -> dict[str, Any]:
    return {"artifactLocation": {"uri": uri, "uriBaseId": base}}


def sarif_location(location: Location) -> dict[str, Any]:
    """One SARIF location: a file region, or an endpoint as a pseudo-path plus a logical location."""
    match location:
        case Endpoint(scheme=scheme, host=host, port=port):
            logical = {"name": f"{host}:{port}", "fullyQualifiedName": location.path, "kind": "resource"}
            physical = _artifact(endpoint_uri(scheme, host, port), ENDPOINTS)
            return {"physicalLocation": physical, "logicalLocations": [logical]}
        case SourceSpan(line=line, column=column, end_line=end_line, end_column=end_column):
            region: dict[str, int] = {"startLine": line, "startColumn": column}
            region.update({"endLine": end_line} if end_line else {})
            region.update({"endColumn": end_column} if end_column else {})
        case FileLocation(line=line) | PackageRef(line=line):
            region = {"startLine": line} if line else {}
    physical = _artifact(quote(location.path, safe="/"), SRCROOT) | ({"region": region} if region else {})
    found: dict[str, Any] = {"physicalLocation": physical}
    match location:
        case FileLocation(item=str(item)):
            found["message"] = {"text": message_text(f"entry {item}")}
        case PackageRef(ecosystem=ecosystem, name=name, version=version):
            found["message"] = {"text": message_text(f"{ecosystem} package {name} {version or ''}".strip())}
    return found


def _outcome_location(target: str) -> dict[str, Any]:
    scheme, found, rest = target.partition("://")
    if found:
        host, _, port = rest.rpartition(":")
        return {"physicalLocation": _artifact(endpoint_uri(scheme, host, port), ENDPOINTS)}
    return {"physicalLocation": _artifact(quote(target, safe="/"), SRCROOT)}


def _notification(ident: str, level_: str, text: str, where: str | None = None) -> dict[str, Any]:
    note: dict[str, Any] = {
        "descriptor": {"id": ident},
        "level": level_,
        "message": {"text": message_text(text)},
    }
    if where is not None:
        note["locations"] = [_outcome_location(where)]
    return note


def _outcome_notes(problems: Iterable[Outcome]) -> list[dict[str, Any]]:
    """Failed units as error notifications, skipped ones as warnings: the file or host and the reason."""
    kinds = {Status.FAILED: ("qready.failed", "error")}
    notes = []
    for outcome in problems:
        ident, grade = kinds.get(outcome.status, ("qready.skipped", "warning"))
        notes.append(_notification(ident, grade, str(outcome), outcome.target))
    return notes


@dataclass
class _Rule:
    """What the results of one detection rule say, for its reporting descriptor."""

    rule_id: str
    tiers: set[str] = field(default_factory=set)
    levels: set[str] = field(default_factory=set)
    threats: set[Threat] = field(default_factory=set)
    confidence: set[str] = field(default_factory=set)
    verdicts: dict[str, tuple[Finding, Verdict]] = field(default_factory=dict)  # one per algorithm and action

    def add(self, finding: Finding, verdict: Verdict | None, result_level: str) -> None:
        self.levels.add(result_level)
        self.threats.add(finding.algorithm.threat)
        self.confidence.add(finding.confidence.value)
        self.tiers.add(urgency_tier(verdict))
        if verdict is not None:
            action = verdict.replacement.action if verdict.replacement else ""
            self.verdicts.setdefault(f"{finding.algorithm.name}\x1f{action}", (finding, verdict))


def _remedy_lines(finding: Finding, verdict: Verdict) -> list[tuple[str, str]]:
    """(label, text) pairs: replacement, prerequisite, earliest deadline, attack cost."""
    lines = []
    if verdict.replacement is not None:
        lines.append(("Replacement", verdict.replacement.action))
        if verdict.replacement.prerequisite:
            lines.append(("First", verdict.replacement.prerequisite))
    elif verdict.replacements:
        lines.append(("Replacement", " or ".join(verdict.replacements)))
    if verdict.earliest is not None:
        d = verdict.earliest
        lines.append(
            ("Earliest deadline", f"{d.policy_name}: {d.requirement} from {d.effective} ({d.source})")
        )
    attack = verdict.attack
    if attack is not None and attack.cheapest is not None:
        lines.append(("Cheapest published attack", estimate_text(attack.cheapest)))
    if attack is not None and attack.model is not None:
        lines.append((f"Model figure ({attack.profile} hardware)", estimate_text(attack.model)))
    return lines


def _help(rule: _Rule, full: str) -> dict[str, str]:
    ordered = sorted(rule.verdicts.values(), key=lambda fv: (urgency_rank(fv[1]), fv[0].algorithm.name))
    text, markdown = [full, ""], [escape_markdown(full), ""]
    for finding, verdict in ordered[:HELP_ALGORITHMS]:
        name = finding.algorithm.name
        tier = urgency_tier(verdict) or "unknown"
        text.append(f"{name} ({finding.algorithm.threat.value}, urgency {tier}):")
        markdown.append(f"**{code_span(name)}** ({finding.algorithm.threat.value}, urgency {tier})")
        for label, value in _remedy_lines(finding, verdict):
            text.append(f"  {label}: {value}")
            markdown.append(f"- {label}: {escape_markdown(value)}")
        text.append("")
        markdown.append("")
    if len(ordered) > HELP_ALGORITHMS:
        more = f"{len(ordered) - HELP_ALGORITHMS} more algorithms: see the qready report."
        text.append(more)
        markdown.append(more)
    braces = {ord("{"): "{{", ord("}"): "}}"}
    return {
        "text": message_text("\n".join(text).strip()),
        "markdown": "\n".join(markdown).strip().translate(braces),
    }


def _descriptor(rule: _Rule) -> dict[str, Any]:
    short, full = describe_rule(rule.rule_id)
    tier = most_urgent(rule.tiers)
    tags = ["security", "cryptography", "quantum", *sorted(t.value for t in rule.threats)]
    if Threat.SHOR_BROKEN in rule.threats:
        tags.append("external/cwe/cwe-327")  # CWE-327: Use of a Broken or Risky Cryptographic Algorithm
    precision = next(c for c in ("low", "medium", "high") if c in rule.confidence)
    properties: dict[str, Any] = {"tags": tags[:10], "precision": precision}
    if tier is not None:
        properties["security-severity"] = SEVERITY[tier]
    return {
        "id": rule.rule_id,
        "name": rule_name(rule.rule_id),
        "shortDescription": {"text": message_text(short)[:MAX_TEXT]},
        "fullDescription": {"text": message_text(full)[:MAX_TEXT]},
        "defaultConfiguration": {"level": max(rule.levels, key=_LEVELS.index)},
        "help": _help(rule, full),
        "properties": properties,
    }


def _message(finding: Finding, verdict: Verdict | None) -> str:
    algorithm = finding.algorithm
    tier = urgency_tier(verdict)
    parts = [f"{algorithm.name} {_THREAT_WORDS[algorithm.threat]}" + (f" (urgency {tier})." if tier else ".")]
    if verdict is not None and verdict.earliest is not None:
        d = verdict.earliest
        parts.append(f"{d.policy_name}: {d.requirement} from {d.effective}.")
    if verdict is not None and verdict.replacement is not None:
        parts.append(f"Replacement: {verdict.replacement.action}.")
    parts.append(f"Evidence: {finding.evidence}")
    return message_text(" ".join(parts))


def _selected(assessment: Assessment) -> tuple[list[int], int]:
    """Indexes of the findings to report (the most urgent MAX_RESULTS, inventory order), and how many not."""
    findings = assessment.inventory.findings
    if len(findings) <= MAX_RESULTS:
        return list(range(len(findings))), 0
    by_urgency = sorted(
        range(len(findings)), key=lambda i: urgency_rank(assessment.verdict_for(findings[i].fingerprint))
    )
    return sorted(by_urgency[:MAX_RESULTS]), len(findings) - MAX_RESULTS


def _ordinals(findings: Sequence[Finding]) -> list[int]:
    """1 for the first finding with its fingerprint, 2 for the second (the same content twice in a file)..."""
    seen: dict[str, int] = {}
    ordinals = []
    for finding in findings:
        seen[finding.fingerprint] = seen.get(finding.fingerprint, 0) + 1
        ordinals.append(seen[finding.fingerprint])
    return ordinals


def _properties(finding: Finding, verdict: Verdict | None) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "qready/algorithm": finding.algorithm.name,
        "qready/threat": finding.algorithm.threat.value,
        "qready/location": place(finding),
    }
    tier = urgency_tier(verdict)
    if tier:
        properties["qready/urgency"] = tier
        properties["security-severity"] = SEVERITY.get(tier, "0.0")
    if verdict is not None and verdict.earliest is not None:
        properties["qready/deadline"] = verdict.earliest.effective.isoformat()
    return properties


class _RunBuilder:
    """The results (most urgent MAX_RESULTS at most) and one rule per detection rule id they use."""

    def __init__(self, assessment: Assessment) -> None:
        self.assessment = assessment
        findings = assessment.inventory.findings
        indexes, self.left_out = _selected(assessment)
        self.rule_ids = sorted({findings[i].rule_id for i in indexes})
        self.rules = {rule_id: _Rule(rule_id) for rule_id in self.rule_ids}
        position = {rule_id: index for index, rule_id in enumerate(self.rule_ids)}
        ordinals = _ordinals(findings)
        self.results = [
            self._result(findings[i], ordinals[i], position[findings[i].rule_id]) for i in indexes
        ]

    def _result(self, finding: Finding, ordinal: int, rule_index: int) -> dict[str, Any]:
        verdict = self.assessment.verdict_for(finding.fingerprint)
        result_level = level(finding.algorithm.threat, urgency_tier(verdict))
        self.rules[finding.rule_id].add(finding, verdict, result_level)
        fingerprint = finding.fingerprint
        result: dict[str, Any] = {
            "ruleId": finding.rule_id,
            "ruleIndex": rule_index,
            "level": result_level,
            "message": {"text": _message(finding, verdict)},
            "locations": [sarif_location(finding.location)],
            "partialFingerprints": {
                "primaryLocationLineHash": f"{fingerprint[:16]}:{ordinal}",
                "qready/v1": fingerprint,
            },
            "properties": _properties(finding, verdict),
        }
        if verdict is not None and verdict.suppressed:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": verdict.suppressed}
            ]
        if self.assessment.comparison is not None:
            result["baselineState"] = self.assessment.comparison.status(fingerprint)
        return result

    def descriptors(self) -> list[dict[str, Any]]:
        """Sorted by id: each result's ruleIndex points into this list."""
        return [_descriptor(self.rules[rule_id]) for rule_id in self.rule_ids]


def _invocation(assessment: Assessment, options: ReportOptions, left_out: int) -> dict[str, Any]:
    """The scan ran to completion (failure is data): executionSuccessful, with a notification per problem."""
    notes = _outcome_notes(assessment.inventory.problems())
    if left_out:
        text = (
            f"{left_out} less urgent results left out: GitHub code scanning rejects more than {MAX_RESULTS}."
        )
        notes.append(_notification("qready.truncated", "warning", text))
    invocation: dict[str, Any] = {
        "executionSuccessful": True,
        "endTimeUtc": options.timestamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "toolExecutionNotifications": notes,
    }
    if assessment.warnings:
        settings = [_notification("qready.settings", "warning", w) for w in assessment.warnings]
        invocation["toolConfigurationNotifications"] = settings
    return invocation


def _run_properties(assessment: Assessment) -> dict[str, Any]:
    inventory = assessment.inventory
    properties: dict[str, Any] = {
        "qready/policy": assessment.policy,
        "qready/profile": assessment.profile,
        "qready/catalogVersion": inventory.catalog_version,
        "qready/filesScanned": inventory.files_scanned,
        "qready/endpointsProbed": inventory.endpoints_probed,
    }
    if assessment.as_of is not None:
        properties["qready/assessedOn"] = assessment.as_of.isoformat()
    comparison = assessment.comparison
    if comparison is not None:
        properties["qready/baseline"] = baseline_name(comparison)
        properties["qready/fixed"] = len(comparison.fixed)
    return properties


def sarif_document(assessment: Assessment, options: ReportOptions) -> dict[str, Any]:
    """The SARIF log as JSON-ready values: one run, deterministic for a given assessment and options."""
    builder = _RunBuilder(assessment)
    driver = {
        "name": "qready",
        "semanticVersion": options.tool_version,
        "rules": builder.descriptors(),
        "notifications": [{"id": i, "shortDescription": {"text": t}} for i, t in _NOTIFICATIONS],
    }
    bases = {
        SRCROOT: {"description": {"text": "The scanned folder: file paths are relative to it."}},
        ENDPOINTS: {"description": {"text": "Network endpoints probed by qready, as scheme/host/port."}},
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(assessment, options, builder.left_out)],
        "originalUriBaseIds": bases,
        "results": builder.results,
        "properties": _run_properties(assessment),
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifReporter:
    name: ClassVar[str] = "sarif"
    filename: ClassVar[str] = "qready.sarif"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        # Compact: json's C encoder only runs without `indent` (25,000 results: 0.8 s instead of 4.4 s).
        document = sarif_document(assessment, options)
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
