"""Query and path parameters of the pages and the API, checked: a bad value is a 400 naming the parameter,
never a silent default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request

from qready.model import Threat
from qready.report.readiness import TIERS
from qready.store import ORDERS, FindingFilter
from qready.store.rows import NO_TIER

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
FILTER_KEYS = (
    "q",
    "threat",
    "urgency",
    "algorithm",
    "rule",
    "path",
    "suppressed",
    "baseline",
    "deadline_before",
)
CHOICES = {
    "threat": tuple(t.value for t in Threat),
    "urgency": (*TIERS, NO_TIER),
    "baseline": ("new", "unchanged"),
    "suppressed": ("true", "false"),
    "order": ORDERS,
    "by": ("urgency", "deadline"),
}


def bad(name: str, message: str) -> HTTPException:
    return HTTPException(400, f"{name}: {message}")


def choice(query: QueryParams, name: str, default: str | None = None) -> str | None:
    """A parameter with a closed set of values (empty counts as absent)."""
    value = query.get(name) or default
    if value is not None and value not in CHOICES[name]:
        raise bad(name, f"unknown value {value!r}; known: {', '.join(CHOICES[name])}")
    return value


def text(query: QueryParams, name: str, limit: int = 200) -> str | None:
    value = (query.get(name) or "").strip()
    if len(value) > limit:
        raise bad(name, f"longer than {limit} characters")
    return value or None


def number(query: QueryParams, name: str, default: int, low: int, high: int | None = None) -> int:
    raw = query.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad(name, f"not a whole number: {raw!r}") from None
    if value < low or (high is not None and value > high):
        raise bad(name, f"out of range ({low} to {high if high is not None else 'any'})")
    return value


def day(query: QueryParams, name: str) -> date | None:
    raw = query.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise bad(name, f"not a date (YYYY-MM-DD): {raw!r}") from None


def run_id(request: Request, name: str = "run_id") -> int:
    raw = request.path_params.get(name, "")
    if not str(raw).isdigit() or int(raw) < 1:
        raise HTTPException(404, f"no run {raw}")
    return int(raw)


def ordinal(request: Request) -> int:
    """A finding's position in its run (FindingRow.ordinal), from the path."""
    raw = str(request.path_params.get("ordinal", ""))
    if not raw.isdigit():
        raise HTTPException(404, f"no finding {raw}")
    return int(raw)


@dataclass(frozen=True)
class FindingsQuery:
    """The inventory browser's filters, order and page, as asked."""

    wanted: FindingFilter
    order: str
    offset: int
    limit: int
    given: tuple[tuple[str, str], ...]  # the filters as given (for links to other pages)


def findings_query(query: QueryParams) -> FindingsQuery:
    suppressed = choice(query, "suppressed")
    wanted = FindingFilter(
        threat=choice(query, "threat"),
        urgency=choice(query, "urgency"),
        rule=text(query, "rule"),
        algorithm=text(query, "algorithm"),
        path=text(query, "path", 1000),
        suppressed=None if suppressed is None else suppressed == "true",
        baseline=choice(query, "baseline"),
        deadline_before=day(query, "deadline_before"),
        search=text(query, "q"),
    )
    given = tuple((key, query[key]) for key in FILTER_KEYS if query.get(key))
    return FindingsQuery(
        wanted,
        choice(query, "order", "urgency") or "urgency",
        number(query, "offset", 0, 0),
        number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
        given,
    )
