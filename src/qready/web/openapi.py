"""The API's OpenAPI 3.1 description, written as data (tests/web check that it describes every route of
qready.web.api and nothing else, and that it is a valid OpenAPI document)."""

from __future__ import annotations

from typing import Any

from qready import __version__

_ERROR = {"$ref": "#/components/responses/Error"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def _path(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "integer", "minimum": 0},
    }


def _get(summary: str, schema: dict[str, Any], *parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": list(parameters),
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
                "400": _ERROR,
                "401": _ERROR,
                "404": _ERROR,
            },
        }
    }


_RUN = _path("run_id", "A run id (see /api/runs).")
_ORG = _query("org", "Only this organisation.")
_TEAM = _query("team", "Only this team.")
_FILTERS = [
    _query(
        "q", "Words that must all appear (any case) in the location, algorithm, rule, symbol or evidence."
    ),
    _query("threat", "shor-broken, grover-weakened, quantum-resistant or not-applicable."),
    _query("urgency", "critical, high, medium, low, not-quantum-urgent or unknown."),
    _query("algorithm", "An algorithm name (RSA-2048) or family (RSA)."),
    _query("rule", "A rule id."),
    _query("path", "A path prefix (or an endpoint URL)."),
    _query("suppressed", "true or false.", {"type": "string", "enum": ["true", "false"]}),
    _query("baseline", "new or unchanged.", {"type": "string", "enum": ["new", "unchanged"]}),
    _query(
        "deadline_before", "Earliest deadline on or before this day.", {"type": "string", "format": "date"}
    ),
    _query(
        "order",
        "urgency, deadline, location or algorithm.",
        {"type": "string", "enum": ["urgency", "deadline", "location", "algorithm"]},
    ),
    _query("offset", "Rows skipped.", {"type": "integer", "minimum": 0}),
    _query("limit", "Rows returned (1-500, default 50).", {"type": "integer", "minimum": 1, "maximum": 500}),
]
_OBJECT = {"type": "object"}
_SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "Run": {
        "type": "object",
        "required": ["id", "organisation", "finished", "findings", "vulnerable", "readiness", "tiers"],
        "properties": {
            "id": {"type": "integer"},
            "organisation": {"type": "string"},
            "team": {"type": ["string", "null"]},
            "name": {"type": "string"},
            "started": {"type": "string", "format": "date-time"},
            "finished": {"type": "string", "format": "date-time"},
            "targets": {"type": "array", "items": {"type": "string"}},
            "findings": {"type": "integer"},
            "vulnerable": {"type": "integer"},
            "readiness": {"type": "number", "minimum": 0, "maximum": 1},
            "tiers": {"type": "object", "additionalProperties": {"type": "integer"}},
            "repositories": {"type": "array", "items": _OBJECT},
            "downloads": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
    "Runs": {"type": "object", "properties": {"runs": {"type": "array", "items": _ref("Run")}}},
    "FindingRow": {
        "type": "object",
        "properties": {
            "run_id": {"type": "integer"},
            "ordinal": {"type": "integer"},
            "fingerprint": {"type": "string"},
            "rule_id": {"type": "string"},
            "algorithm": {"type": "string"},
            "family": {"type": "string"},
            "threat": {"type": "string"},
            "location": {"type": "string"},
            "path": {"type": "string"},
            "line": {"type": ["integer", "null"]},
            "evidence": {"type": "string"},
            "urgency": {"type": ["string", "null"]},
            "deadline": {"type": ["string", "null"], "format": "date"},
            "deadline_policy": {"type": ["string", "null"]},
            "suppressed": {"type": "boolean"},
            "baseline": {"type": ["string", "null"]},
        },
    },
    "FindingsPage": {
        "type": "object",
        "properties": {
            "total": {"type": "integer"},
            "offset": {"type": "integer"},
            "limit": {"type": "integer"},
            "rows": {"type": "array", "items": _ref("FindingRow")},
        },
    },
    "Finding": {
        "type": "object",
        "description": "The finding, its verdict (threat, deadlines, attack cost, urgency, replacement) and "
        "its asset, in qready's JSON codec.",
        "properties": {
            "run": {"type": "integer"},
            "ordinal": {"type": "integer"},
            "tier": {"type": "string"},
            "finding": _OBJECT,
            "verdict": {"type": ["object", "null"]},
            "asset": {"type": ["object", "null"]},
        },
    },
    "Graph": {
        "type": "object",
        "properties": {
            "nodes": {"type": "array", "items": _OBJECT},
            "edges": {"type": "array", "items": _OBJECT},
            "columns": {"type": "array", "items": _OBJECT},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
    },
    "Trend": {
        "type": "object",
        "properties": {
            "by": {"type": "string"},
            "series": {"type": "array", "items": _OBJECT},
            "weeks": {"type": "array", "items": _OBJECT},
        },
    },
    "Board": {"type": "object", "properties": {"teams": {"type": "array", "items": _OBJECT}}},
    "Diff": {
        "type": "object",
        "properties": {
            "old": _ref("Run"),
            "new": _ref("Run"),
            "summary": _OBJECT,
            "added": {"type": "array", "items": _OBJECT},
            "removed": {"type": "array", "items": _OBJECT},
            "changed": {"type": "array", "items": _OBJECT},
        },
    },
    "Imported": {
        "type": "object",
        "properties": {
            "run": {"type": "integer"},
            "findings": {"type": "integer"},
            "unknown": {"type": "array", "items": {"type": "string"}},
        },
    },
}
_IMPORT = {
    "post": {
        "summary": "Save a CycloneDX CBOM (1.4-1.7) as a run of an organisation, assessed today.",
        "parameters": [
            _query("org", "The organisation (required): letters, digits, spaces and .,&'()+@-."),
            _TEAM,
            _query("name", "A label for the CBOM (shown as the run's target)."),
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": _OBJECT},
                "application/vnd.cyclonedx+json": {"schema": _OBJECT},
            },
        },
        "responses": {
            "201": {"description": "Saved", "content": {"application/json": {"schema": _ref("Imported")}}},
            **{code: _ERROR for code in ("400", "401", "403", "413", "415", "422")},
        },
    }
}
_REPORT_RESPONSES = {
    "200": {
        "description": "The report file (Content-Disposition: attachment)",
        "content": {"*/*": {"schema": {"type": "string"}}},
    },
    "404": _ERROR,
}

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "qready dashboard API",
        "version": __version__,
        "description": "Read-only access to the qready store, and CBOM import.",
    },
    "security": [{"bearer": []}, {"cookie": []}],
    "paths": {
        "/api/openapi.json": _get("This description.", _OBJECT),
        "/api/runs": _get(
            "Stored runs, newest first.",
            _ref("Runs"),
            _ORG,
            _TEAM,
            _query("limit", "At most this many runs (default 100).", {"type": "integer"}),
        ),
        "/api/runs/{run_id}": _get("One run.", _ref("Run"), _RUN),
        "/api/runs/{run_id}/findings": _get(
            "A page of the run's findings.", _ref("FindingsPage"), _RUN, *_FILTERS
        ),
        "/api/runs/{run_id}/findings/{ordinal}": _get(
            "One finding with its verdict and asset.",
            _ref("Finding"),
            _RUN,
            _path("ordinal", "The finding's position in the run (FindingRow.ordinal)."),
        ),
        "/api/runs/{run_id}/graph": _get("The run's asset graph, laid out.", _ref("Graph"), _RUN),
        "/api/runs/{run_id}/reports/{format}": {
            "get": {
                "summary": "The run's report: cbom, json, sarif, markdown, csv, html or plan.",
                "parameters": [
                    _RUN,
                    {"name": "format", "in": "path", "required": True, "schema": {"type": "string"}},
                    _query("cbom_version", "1.6 or 1.7 (cbom only)."),
                ],
                "responses": _REPORT_RESPONSES,
            }
        },
        "/api/trend": _get(
            "Quantum-vulnerable findings per week, by urgency tier or by deadline year.",
            _ref("Trend"),
            _query("by", "urgency or deadline.", {"type": "string", "enum": ["urgency", "deadline"]}),
            _ORG,
            _TEAM,
        ),
        "/api/board": _get(
            "Every organisation and team: latest readiness, tiers and history.", _ref("Board")
        ),
        "/api/compare": _get(
            "What run `new` has that run `old` has not, and what changed.",
            _ref("Diff"),
            _query("old", "The older run id.", {"type": "integer"}),
            _query("new", "The newer run id.", {"type": "integer"}),
        ),
        "/api/import": _IMPORT,
    },
    "components": {
        "schemas": _SCHEMAS,
        "responses": {
            "Error": {"description": "Refused", "content": {"application/json": {"schema": _ref("Error")}}}
        },
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer", "description": "The token given to qready serve."},
            "cookie": {
                "type": "apiKey",
                "in": "cookie",
                "name": "qready_token",
                "description": "Set once by opening any page with ?token=TOKEN.",
            },
        },
    },
}
