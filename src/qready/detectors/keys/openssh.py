"""OpenSSH keys: openssh-key-v1 private keys, public key lines, authorized_keys, known_hosts, certificates.

Rules: `key.private`, `key.public`, `ssh.authorized-key`, `ssh.known-host`, `ssh.certificate` (the
certified key) and `ssh.certificate-ca` (the key that signed it).
"""

from __future__ import annotations

import re

from qready.detectors.base import Detection
from qready.detectors.keys.material import describe, record
from qready.detectors.keys.sshwire import SshKey, WireReader, decode_b64, parse_blob, ssh_algorithm
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import FileLocation, Finding, KeyMaterial

MAGIC = b"openssh-key-v1\0"
MAX_KEYS = 16
MAX_LINES = 100_000
MAX_LINE = 32_768
# an OpenSSH key type's spelling (source code reads it too: detectors/source/match.py)
KEY_TYPE_WORD = r"(?:ssh-[a-z0-9]+|ecdsa-sha2-[a-z0-9]+|sk-[a-z0-9-]+@openssh\.com)"
KEY_TYPE = re.compile(rf"^({KEY_TYPE_WORD})(-cert-v01@openssh\.com)?$")
SNIFF = re.compile(rb"(?:^|\s)" + KEY_TYPE_WORD.encode() + rb"\S*\s+AAAA", re.M)
_OPTIONS = frozenset(
    {
        "cert-authority",
        "no-pty",
        "no-agent-forwarding",
        "no-port-forwarding",
        "no-user-rc",
        "no-x11-forwarding",
        "no-touch-required",
        "verify-required",
        "restrict",
        "pty",
    }
)


def private_block(detection: Detection, catalog: Catalog, data: bytes, location: FileLocation) -> None:
    """An `OPENSSH PRIVATE KEY` body: the public keys are in the clear header, even for encrypted keys."""
    if not data.startswith(MAGIC):
        raise DetectorError("OPENSSH PRIVATE KEY without the openssh-key-v1 magic")
    reader = WireReader(data[len(MAGIC) :], "openssh-key-v1 header")
    cipher, kdf = reader.text(), reader.text()
    reader.string()  # kdf options (salt, rounds)
    count = reader.uint32()
    if not 0 < count <= MAX_KEYS:
        raise DetectorError(f"openssh-key-v1 header claims {count} keys")
    encrypted = cipher != "none"
    secured_by = f"{cipher} (kdf {kdf})" if encrypted else None
    for index in range(count):
        key = parse_blob(reader.string())
        place = location if count == 1 else FileLocation(location.path, location.line, f"#{index + 1}")
        algorithm, identity = ssh_algorithm(catalog, key)
        if algorithm is None:
            detection.problems.append(f"{place}: unknown SSH key type {key.key_type}")
            continue
        asset = KeyMaterial(
            "private-key",
            algorithm,
            key.size,
            "openssh",
            identity,
            (place,),
            encrypted=encrypted,
            secured_by=secured_by,
        )
        state = f"encrypted with {secured_by}" if encrypted else "unencrypted"
        record(
            detection,
            asset,
            "key.private",
            f"OpenSSH private key ({state}): {describe(algorithm, key.size)}",
            symbol=key.key_type,
        )


def _tokens(line: str, limit: int) -> list[str]:
    """Whitespace-separated fields, honouring double quotes (authorized_keys options), at most `limit`."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        if char in " \t" and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
            if len(tokens) == limit - 1:
                tokens.append(line[index:].strip())
                return [t for t in tokens if t]
            continue
        current.append(char)
    return [*tokens, "".join(current)] if current else tokens


def _context(prefix: list[str], file_name: str) -> str:
    if "authorized_keys" in file_name and not (prefix and prefix[0].startswith("@")):
        return "authorized"
    if not prefix:
        return "public"
    if prefix[0].startswith("@") or "known_hosts" in file_name:
        return "known-host"
    head = prefix[0].split(",", 1)[0]
    return "authorized" if "=" in head or head in _OPTIONS else "known-host"


def _describe_line(context: str, prefix: list[str]) -> tuple[str, str]:
    """(rule id, evidence prefix) for a key line; option values and host names stay out of hashed hosts."""
    if context == "authorized":
        options = ", ".join(o.split("=", 1)[0] for o in _split_options(prefix[0]))[:80] if prefix else ""
        return "ssh.authorized-key", "authorized_keys entry" + (f" (options: {options})" if options else "")
    if context == "known-host":
        marker = prefix[0] if prefix[0].startswith("@") else ""
        hosts = prefix[-1] if len(prefix) > (1 if marker else 0) else "?"
        shown = "hashed host" if hosts.startswith("|1|") else hosts[:60]
        return "ssh.known-host", f"known_hosts {marker + ' ' if marker else ''}entry for {shown}"
    return "key.public", "OpenSSH public key"


def _split_options(text: str) -> list[str]:
    options: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text[:MAX_LINE]:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            options.append("".join(current))
            current = []
            continue
        current.append(char)
    return [*options, "".join(current)]


def _find_key(tokens: list[str]) -> int | None:
    """Index of the key-type field: followed by a base64 blob, after at most a marker and a host list."""
    for index in range(min(len(tokens) - 1, 3)):
        if KEY_TYPE.match(tokens[index]) and tokens[index + 1].startswith("AAAA"):
            return index
    return None


def _certificate_findings(detection: Detection, catalog: Catalog, key: SshKey, asset: KeyMaterial) -> None:
    ca = key.ca
    if ca is None:
        return
    algorithm, _ = ssh_algorithm(catalog, ca)
    place = asset.locations[0]
    signer = describe(algorithm, ca.size)
    if algorithm is None:
        detection.problems.append(f"{place}: unknown SSH certificate CA key type {ca.key_type}")
        return
    detection.findings.append(
        Finding(
            rule_id="ssh.certificate-ca",
            algorithm=algorithm,
            location=place,
            evidence=f"SSH {key.cert_kind} certificate {key.key_id!r} signed by CA key {signer}"[:200],
            symbol=ca.key_type,
            asset_ref=asset.ref,
        )
    )


def _line(detection: Detection, catalog: Catalog, line: str, location: FileLocation, file_name: str) -> None:
    tokens = _tokens(line, 6)
    index = _find_key(tokens)
    if index is None:
        return
    key = parse_blob(decode_b64(tokens[index + 1]))
    if key.key_type != tokens[index]:
        raise DetectorError(f"key type {tokens[index]} does not match the blob's {key.key_type}")
    algorithm, identity = ssh_algorithm(catalog, key)
    if algorithm is None:
        detection.problems.append(f"{location}: unknown SSH key type {key.key_type}")
        return
    context = _context(tokens[:index], file_name)
    rule, evidence = _describe_line(context, tokens[:index])
    comment = " ".join(tokens[index + 2 :])[:120] or None
    fmt = "openssh-certificate" if key.ca else "openssh"
    asset = KeyMaterial("public-key", algorithm, key.size, fmt, identity, (location,), comment=comment)
    if key.ca is not None:
        rule, evidence = "ssh.certificate", f"SSH {key.cert_kind} certificate {key.key_id!r}"
    record(detection, asset, rule, f"{evidence}: {describe(algorithm, key.size)}", symbol=key.key_type)
    _certificate_findings(detection, catalog, key, asset)


_EMBEDDING = re.compile(r"""^(?:-\s+)?(?:[\w.-]+:\s+)?(?P<q>["']?)(?P<line>.*?)(?P=q),?$""")


def _unembed(line: str) -> str:
    """A key line as YAML or config files hold it (`- ssh-ed25519 AAAA...`, `key: "ssh-rsa AAAA..."`)."""
    match = _EMBEDDING.match(line)
    return match.group("line") if match else line


def key_lines(detection: Detection, catalog: Catalog, text: str, path: str) -> None:
    """Every SSH public key line of a .pub, authorized_keys or known_hosts file; bad lines are problems."""
    file_name = path.rsplit("/", 1)[-1]
    for number, raw in enumerate(text.splitlines()[:MAX_LINES], start=1):
        line = raw.strip()
        if not line or line.startswith("#") or len(line) > MAX_LINE:
            continue
        location = FileLocation(path, number)
        if not file_name.startswith(("authorized_keys", "known_hosts")):
            line = _unembed(line)
        try:
            _line(detection, catalog, line, location, file_name)
        except DetectorError as exc:
            detection.problems.append(f"{location}: {exc}")
