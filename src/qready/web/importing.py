"""`POST /api/import`: a partner's CBOM saved as a run of their organisation, the dashboard's only write.

The body is the CBOM itself (`Content-Type: application/json` or `application/vnd.cyclonedx+json`; a plain
form cannot send those across sites without the browser asking first). It is refused before parsing when
it is larger than the limit (Content-Length, then counted while read), when it is not JSON, when it is not a
CycloneDX document of a version qready reads (1.4 to 1.7), or when the schema finds errors.
The organisation and team names are checked. Nothing is written but the run in the store: the CBOM is read
from memory, its name (`?name=`) is only a label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from cyclonedx.schema import SchemaVersion
from starlette.exceptions import HTTPException
from starlette.requests import Request

from qready.assess import assess
from qready.model import Assessment
from qready.report.cbom_import import import_cbom, unknown_names
from qready.report.cbom_read import read_cbom
from qready.web.state import Dashboard

MEDIA_TYPES = ("application/json", "application/vnd.cyclonedx+json")
NAME = re.compile(r"[^\W_][\w .,&'()+@-]{0,79}")  # letters/digits first; no slash, no control character
SOURCE = re.compile(r"[\w .,()+@-]{1,120}")
SPEC_VERSIONS = ("1.4", "1.5", "1.6", "1.7")  # what qready.report.cbom_read reads
MAX_ERRORS = 20


@dataclass(frozen=True)
class Upload:
    organisation: str
    team: str | None
    source: str  # how the run's target is named: `upload NAME`
    document: dict[str, Any]
    text: str


def checked_name(value: str | None, what: str, required: bool) -> str | None:
    """An organisation or team name: 1-80 characters, letters or digits first, no slash or control."""
    text = (value or "").strip()
    if not text:
        if required:
            raise HTTPException(422, f"{what}: name the organisation the CBOM belongs to")
        return None
    if not NAME.fullmatch(text):
        raise HTTPException(
            422, f"{what}: up to 80 letters, digits, spaces and .,&'()+@- (starting with a letter or digit)"
        )
    return text


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the CBOM is larger than {limit} bytes")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the CBOM is larger than {limit} bytes")
        parts.append(chunk)
    return b"".join(parts)


def _document(body: bytes) -> tuple[dict[str, Any], str]:
    try:
        text = body.decode("utf-8")
        document = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise HTTPException(400, f"not a JSON document: {error}") from None
    if not isinstance(document, dict) or document.get("bomFormat") != "CycloneDX":
        found = document.get("bomFormat") if isinstance(document, dict) else None
        hint = "IBM's draft CBOMs can be saved with qready import"
        raise HTTPException(422, f"not a CycloneDX document (bomFormat {found!r}); {hint}")
    version = document.get("specVersion")
    if version not in SPEC_VERSIONS:
        raise HTTPException(
            422, f"CycloneDX specVersion {version!r} has no schema here; known: {', '.join(SPEC_VERSIONS)}"
        )
    return document, text


def schema_errors(text: str, version: str) -> list[str]:
    """The CycloneDX JSON schema's complaints about the document (empty when valid)."""
    from cyclonedx.validation.json import JsonValidator  # noqa: PLC0415 - jsonschema is slow to import

    errors = JsonValidator(SchemaVersion.from_version(version)).validate_str(text, all_errors=True)
    found = []
    for error in errors or ():
        data = error.data
        found.append(f"{getattr(data, 'json_path', '$')}: {getattr(data, 'message', data)}")
        if len(found) >= MAX_ERRORS:
            break
    return found


async def read_upload(request: Request, dashboard: Dashboard) -> Upload:
    """The checked upload (HTTPException with the reason otherwise); the schema check is left to `save`."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in MEDIA_TYPES:
        raise HTTPException(415, f"send the CBOM as {' or '.join(MEDIA_TYPES)}")
    query = request.query_params
    organisation = checked_name(query.get("org"), "org", required=True)
    team = checked_name(query.get("team"), "team", required=False)
    name = (query.get("name") or "").strip()
    if name and not SOURCE.fullmatch(name):
        raise HTTPException(422, "name: up to 120 letters, digits, spaces and .,()+@-")
    document, text = _document(await read_body(request, dashboard.max_upload))
    assert organisation is not None
    return Upload(organisation, team, f"upload {name or 'cbom'}", document, text)


@dataclass(frozen=True)
class Saved:
    run_id: int
    findings: int
    unknown: tuple[str, ...]  # algorithm names the catalog does not know


def save(upload: Upload, dashboard: Dashboard) -> Saved:
    """Validate against the schema, import, assess as of today and save as a run (blocking: run it in a
    thread)."""
    errors = schema_errors(upload.text, str(upload.document["specVersion"]))
    if errors:
        raise HTTPException(422, "the CBOM does not follow the CycloneDX schema: " + "; ".join(errors))
    inventory = import_cbom(read_cbom(upload.document, upload.source), upload.source)
    assessment: Assessment = assess(inventory, today=dashboard.today())
    run_id = dashboard.store.save(assessment, upload.organisation, upload.team)
    return Saved(run_id, len(inventory.findings), tuple(unknown_names(inventory)))
