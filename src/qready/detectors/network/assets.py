"""Probe reports -> the inventory's own types: one ProtocolConfig per endpoint, its certificates and host key
(through the same code as files, #2), and one finding per algorithm the endpoint offers, at an Endpoint."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from cryptography import x509

from qready.detectors.base import Detection
from qready.detectors.configs.common import pq_advice
from qready.detectors.keys.sshwire import parse_blob
from qready.detectors.network.results import GroupStatus, Preference, SshReport, TlsReport
from qready.detectors.x509 import describe
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.knowledge.ciphersuites import suite_algorithms
from qready.knowledge.tls_registry import suite_name
from qready.model import Algorithm, Confidence, Endpoint, Finding, KeyMaterial, ProtocolConfig, Threat

_SSH_SPACES = ("ssh", "name")


def _finding(
    rule: str, algorithm: Algorithm, where: Endpoint, evidence: str, symbol: str, function: str
) -> Finding:
    return Finding(
        rule_id=rule,
        algorithm=algorithm,
        location=where,
        evidence=evidence[:200],
        symbol=symbol,
        confidence=Confidence.HIGH,
        provenance=(("value", "observed"),),
        function=function,
    )


def _version(versions: Iterable[tuple[str, bool]]) -> str | None:
    offered = [name for name, ok in versions if ok]
    return max(offered) if offered else None


def _preferred(preferences: Iterable[Preference]) -> Preference | None:
    """The answer to the hello with both shares (the first preference probe), if it chose a group."""
    return next((p for p in preferences if p.group is not None), None)


def _tls_advice(report: TlsReport, catalog: Catalog) -> str | None:
    supported = [g for g in report.groups if g.status is GroupStatus.SUPPORTED]
    safe = [g.name for g in supported if _is_pq(catalog.find(g.group, "tls-group"))]
    chosen = _preferred(report.preferences)
    chosen_pq = chosen is not None and _is_pq(catalog.find(chosen.group or -1, "tls-group"))
    if safe and chosen_pq:
        return f"negotiates post-quantum key exchange with a modern client; supports {', '.join(safe)}"
    if safe:
        return f"supports {', '.join(safe)} but a modern client does not get it first"
    if any(g.status is GroupStatus.NO_TLS13 for g in report.groups):
        return "no TLS 1.3, so no post-quantum key exchange: enable TLS 1.3 and offer X25519MLKEM768"
    algorithms = tuple(a for g in supported if (a := catalog.find(g.group, "tls-group")) is not None)
    return pq_advice("tls", algorithms)


def _is_pq(algorithm: Algorithm | None) -> bool:
    return algorithm is not None and algorithm.threat is Threat.QUANTUM_RESISTANT


def _tls_findings(report: TlsReport, catalog: Catalog, where: Endpoint) -> list[Finding]:
    found: list[Finding] = []
    for group in report.groups:
        algorithm = catalog.find(group.group, "tls-group")
        if group.status is GroupStatus.SUPPORTED and algorithm is not None:
            evidence = f"supports group {group.name} (0x{group.group:04X}): {group.detail}"
            found.append(_finding("net.tls.group", algorithm, where, evidence, group.name, "key-exchange"))
    chosen = _preferred(report.preferences)
    if chosen is not None and chosen.group is not None:
        algorithm = catalog.find(chosen.group, "tls-group")
        if algorithm is not None:
            evidence = f"negotiates {algorithm.name} with a modern client ({chosen.answer})"
            found.append(
                _finding("net.tls.negotiated", algorithm, where, evidence, "key_share", "key-exchange")
            )
    for version, codes in report.suites:
        for code in codes:
            name = suite_name(code)
            for algorithm in suite_algorithms(catalog, name) or ():
                evidence = f"{version} cipher suite {name}"
                found.append(_finding("net.tls.suite", algorithm, where, evidence, name, "reference"))
    for code in report.signature_schemes:
        algorithm = catalog.find(code, "tls-sigscheme")
        if algorithm is not None:
            evidence = f"signs the handshake with {algorithm.name} (0x{code:04X})"
            found.append(_finding("net.tls.signature", algorithm, where, evidence, f"0x{code:04X}", "sign"))
    return found


def _certificates(detection: Detection, report: TlsReport, catalog: Catalog, where: Endpoint) -> None:
    for index, der in enumerate(report.certificates):
        try:
            obj = x509.load_der_x509_certificate(der)
        except ValueError as error:
            detection.problems.append(f"{where}: certificate {index} of the chain is not valid DER: {error}")
            continue
        asset, findings, problems = describe(obj, der, where, catalog, "DER")
        detection.assets.append(asset)
        detection.findings.extend(findings)
        detection.problems.extend(problems)


def _unanswered(report: TlsReport) -> list[str]:
    """Group probes that failed (timeout, reset, oversized answer): not the same as "not supported"."""
    failed = [g for g in report.groups if g.status is GroupStatus.FAILED]
    if not failed:
        return []
    names = ", ".join(g.name for g in failed)
    return [
        f"groups: {len(failed)} of {len(report.groups)} capability probes got no answer ({names}): "
        f"{failed[0].detail}"
    ]


def tls_detection(report: TlsReport, catalog: Catalog, where: Endpoint) -> Detection:
    """Findings and assets for one TLS endpoint; its probe problems become Detection problems."""
    problems = [*report.problems, *_unanswered(report)]
    detection = Detection(problems=[f"{where}: {problem}" for problem in problems])
    findings = _tls_findings(report, catalog, where)
    _certificates(detection, report, catalog, where)
    names = tuple(dict.fromkeys(f.algorithm.name for f in findings))
    algorithms = tuple(dict.fromkeys(f.algorithm for f in findings))
    config = ProtocolConfig(
        "tls",
        _version(report.versions),
        algorithms,
        names,
        (where,),
        (where.path,),
        _tls_advice(report, catalog),
    )
    detection.assets.append(config)
    detection.findings.extend(_refer(findings, config.ref))
    return detection


def _refer(findings: list[Finding], ref: str) -> list[Finding]:
    return [replace(f, asset_ref=f.asset_ref or ref) for f in findings]


def _ssh_findings(report: SshReport, catalog: Catalog, where: Endpoint, unknown: list[str]) -> list[Finding]:
    found: list[Finding] = []
    lists = (("kex", report.kex, "key-exchange"), ("hostkey", report.host_key_algorithms, "sign"),
             ("cipher", report.ciphers, "encrypt"), ("mac", report.macs, "tag"))  # fmt: skip
    for kind, names, function in lists:
        for name in names:
            algorithm = next((a for s in _SSH_SPACES if (a := catalog.find(name, s)) is not None), None)
            if algorithm is None:
                unknown.append(
                    f"{where}: unknown SSH {kind} algorithm {name!r} (not counted as post-quantum)"
                )
                continue
            evidence = f"offers {kind} {name}"
            found.append(_finding(f"net.ssh.{kind}", algorithm, where, evidence, name, function))
    return found


def _host_key(detection: Detection, report: SshReport, catalog: Catalog, where: Endpoint) -> None:
    if report.host_key is None:
        return
    key_type, bits, blob = report.host_key
    try:
        key = parse_blob(blob)
    except DetectorError as error:
        detection.problems.append(f"{where}: host key {key_type}: {error}")
        return
    algorithm = catalog.find(key.base_type, "ssh", size=key.size or bits, curve=key.curve)
    asset = KeyMaterial(
        "public-key", algorithm, key.size or bits, "ssh-host-key", hashlib.sha256(blob).hexdigest(), (where,)
    )
    detection.assets.append(asset)
    if algorithm is not None:
        evidence = f"host key {key_type}" + (f" ({key.size or bits} bits)" if key.size or bits else "")
        finding = _finding("net.ssh.host-key", algorithm, where, evidence, key_type, "sign")
        detection.findings.append(replace(finding, asset_ref=asset.ref))


def ssh_detection(report: SshReport, catalog: Catalog, where: Endpoint) -> Detection:
    """Findings and assets for one SSH endpoint."""
    detection = Detection(problems=[f"{where}: {problem}" for problem in report.problems])
    findings = _ssh_findings(report, catalog, where, detection.problems)
    _host_key(detection, report, catalog, where)
    algorithms = tuple(dict.fromkeys(f.algorithm for f in findings))
    names = tuple(dict.fromkeys(report.kex + report.host_key_algorithms + report.ciphers + report.macs))
    version = report.banner.removeprefix("SSH-").split("-", 1)[0] or None
    config = ProtocolConfig(
        "ssh", version, algorithms, names, (where,), (where.path,), pq_advice("ssh", algorithms)
    )
    detection.assets.append(config)
    detection.findings.extend(_refer(findings, config.ref))
    return detection
