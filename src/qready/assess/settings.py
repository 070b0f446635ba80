"""qready.toml, or [tool.qready] in pyproject.toml: text in, typed frozen Settings out.

```toml
policy = ["nist-ir-8547", "eu"]          # one policy or a list (ids or aliases from policies.toml)
profile = "sc_2019"                      # hardware profile name for the attack-cost model

[[shelf_life]]                           # first matching rule wins; selectors: path, repository, host, kind
path = "services/billing/**"
data = "financial"                       # or years = 10; optional: migration, category, high_risk

[[suppressions]]
rule = "src-rsa-keygen"                  # or fingerprint = "..."
path = "tests/**"
reason = "test fixtures, never deployed" # required
expires = 2027-06-30                     # optional; valid through that day, then a warning

[survey]
edition = "gri-2023"                     # or a table of your own: base_year plus [[survey.points]]
```

Globs: `**` matches across folders, `*` and `?` within one name; a pattern matches the whole path (or host).
Every invalid value is a ConfigError of one line naming the file and the key; list items count from 1
(`suppressions[2]` is the second [[suppressions]] table). `find_settings` is the only function reading a file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from qready.errors import ConfigError
from qready.knowledge.mosca import (
    Survey,
    SurveyPoint,
    check_survey_points,
    default_shelf_life,
    default_surveys,
)
from qready.knowledge.policies import Policy, default_policy_book, is_date

PYPROJECT_PREFIX = "tool.qready."
_TOP_KEYS = ("policy", "profile", "shelf_life", "suppressions", "survey")
_SELECTORS = ("path", "repository", "host", "kind")
_SHELF_KEYS = (*_SELECTORS, "years", "data", "migration", "category", "high_risk")
_SUPPRESSION_KEYS = ("fingerprint", "rule", "path", "reason", "expires")


@cache
def _glob(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*/?|\*|\?)", pattern.removeprefix("./"))
    table = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(table.get(part, re.escape(part)) for part in parts))


def glob_matches(pattern: str, text: str) -> bool:
    """Whether a whole path (or host name) matches a glob: `**` crosses folders, `*` and `?` do not."""
    return _glob(pattern).fullmatch(text.removeprefix("./")) is not None


@dataclass(frozen=True)
class Place:
    """Where a finding is, as qready.toml rules select it."""

    path: str | None = None
    repository: str | None = None
    host: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class ShelfLifeRule:
    """A [[shelf_life]] rule: selectors (all given must match) and what it sets."""

    label: str
    path: str | None = None
    repository: str | None = None
    host: str | None = None
    kind: str | None = None
    years: float | None = None
    data: str | None = None
    migration: float | None = None
    category: str | None = None
    high_risk: bool | None = None

    def matches(self, place: Place) -> bool:
        pairs = ((self.path, place.path), (self.repository, place.repository), (self.host, place.host))
        if any(want is not None and (have is None or not glob_matches(want, have)) for want, have in pairs):
            return False
        return self.kind is None or self.kind == place.kind


@dataclass(frozen=True)
class Suppression:
    """One [[suppressions]] entry: a fingerprint, or a rule id and a path glob; valid through `expires`."""

    label: str
    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    path: str | None = None
    expires: date | None = None

    def expired(self, today: date) -> bool:
        return self.expires is not None and today > self.expires

    def matches(self, fingerprint: str, rule_id: str, path: str) -> bool:
        if self.fingerprint is not None:
            return fingerprint == self.fingerprint
        return rule_id == self.rule and self.path is not None and glob_matches(self.path, path)


@dataclass(frozen=True)
class Settings:
    source: str
    policies: tuple[str, ...]
    survey: Survey
    profile: str | None = None
    shelf_life: tuple[ShelfLifeRule, ...] = ()
    suppressions: tuple[Suppression, ...] = ()

    def selected_policies(self) -> tuple[Policy, ...]:
        book = default_policy_book()
        return tuple(p for p in (book.policy(name) for name in self.policies) if p is not None)

    def shelf_life_rule(self, place: Place) -> ShelfLifeRule | None:
        """The first [[shelf_life]] rule matching the place, in file order."""
        return next((rule for rule in self.shelf_life if rule.matches(place)), None)

    def suppression_for(self, fingerprint: str, rule_id: str, path: str, today: date) -> Suppression | None:
        """The unexpired suppression covering a finding, if any (expired ones no longer suppress)."""
        return next(
            (s for s in self.suppressions if not s.expired(today) and s.matches(fingerprint, rule_id, path)),
            None,
        )

    def warnings(self, today: date) -> tuple[str, ...]:
        """One line per expired suppression."""
        return tuple(
            f"{s.label} expired on {s.expires.isoformat()} and no longer applies (reason was: {s.reason})"
            for s in self.suppressions
            if s.expires is not None and s.expired(today)
        )


def default_settings() -> Settings:
    """What applies without a configuration file."""
    surveys = default_surveys()
    survey = surveys.edition(surveys.default)
    assert survey is not None  # the loader checks the default edition exists
    return Settings(source="defaults", policies=default_policy_book().default, survey=survey)


class _Reader:
    """Error messages that name the file and the key: `qready.toml: suppressions[2].reason is required`."""

    def __init__(self, file: str, key_prefix: str = "") -> None:
        self.file, self.prefix = file, key_prefix

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.file}: {self.prefix}{key}{problem}")

    def table(self, value: Any, key: str, allowed: tuple[str, ...]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(key, " must be a table")
        for name in value:
            if name not in allowed:
                raise self.fail(f"{key}.{name}" if key else name, " is not a known key")
        return value

    def text(self, row: Mapping[str, Any], key: str, where: str) -> str | None:
        value = row.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise self.fail(f"{where}.{key}" if where else key, " must be a non-empty string")
        return value

    def years(self, row: Mapping[str, Any], key: str, where: str) -> float | None:
        value = row.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise self.fail(f"{where}.{key}", " must be a number of years (0 or more)")
        return float(value)

    def known(self, value: str | None, key: str, kind: str, known: tuple[str, ...]) -> None:
        if value is not None and value not in known:
            raise self.fail(key, f" {value!r} is not a known {kind} (known: {', '.join(sorted(known))})")

    def tables(self, doc: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            raise self.fail(key, f" must be an array of tables ([[{key}]])")
        return value


def _policies(reader: _Reader, value: Any) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise reader.fail("policy", " must be a policy name or a list of policy names")
    if not names:
        raise reader.fail("policy", " must name at least one policy")
    book = default_policy_book()
    known = tuple(p.id for p in book.policies)
    chosen = []
    for name in names:
        policy = book.policy(name)
        if policy is None:
            raise reader.fail("policy", f" {name!r} is not a known policy (known: {', '.join(known)})")
        chosen.append(policy.id)
    return tuple(dict.fromkeys(chosen))


def _shelf_life_rule(reader: _Reader, row: Mapping[str, Any], where: str) -> ShelfLifeRule:
    reader.table(row, where, _SHELF_KEYS)
    texts = {key: reader.text(row, key, where) for key in (*_SELECTORS, "data", "category")}
    if all(texts[key] is None for key in _SELECTORS):
        raise reader.fail(where, " needs at least one of path, repository, host, kind")
    if "years" in row and "data" in row:
        raise reader.fail(where, ": give years or data, not both")
    high_risk = row.get("high_risk")
    if high_risk is not None and not isinstance(high_risk, bool):
        raise reader.fail(f"{where}.high_risk", " must be true or false")
    if not any(key in row for key in ("years", "data", "migration", "category", "high_risk")):
        raise reader.fail(where, " needs years, data, migration, category or high_risk")
    defaults = default_shelf_life()
    reader.known(texts["kind"], f"{where}.kind", "asset kind", tuple(k.id for k in defaults.kinds))
    reader.known(texts["data"], f"{where}.data", "data kind", tuple(d.id for d in defaults.data))
    reader.known(texts["category"], f"{where}.category", "category", default_policy_book().category_ids)
    return ShelfLifeRule(
        label=f"{reader.file}: {reader.prefix}{where}",
        path=texts["path"],
        repository=texts["repository"],
        host=texts["host"],
        kind=texts["kind"],
        years=reader.years(row, "years", where),
        data=texts["data"],
        migration=reader.years(row, "migration", where),
        category=texts["category"],
        high_risk=high_risk,
    )


def _suppression(reader: _Reader, row: Mapping[str, Any], where: str) -> Suppression:
    reader.table(row, where, _SUPPRESSION_KEYS)
    fingerprint, rule, path = (reader.text(row, key, where) for key in ("fingerprint", "rule", "path"))
    if fingerprint is not None and (rule is not None or path is not None):
        raise reader.fail(where, ": give a fingerprint, or a rule with a path, not both")
    if fingerprint is None and (rule is None or path is None):
        raise reader.fail(where, " needs a fingerprint, or a rule and a path")
    reason = reader.text(row, "reason", where)
    if reason is None:
        raise reader.fail(f"{where}.reason", " is required")
    expires = row.get("expires")
    if expires is not None and not is_date(expires):
        raise reader.fail(f"{where}.expires", " must be a date (YYYY-MM-DD)")
    label = f"{reader.file}: {reader.prefix}{where}"
    return Suppression(label, reason, fingerprint, rule, path, expires)


def _survey_point(reader: _Reader, row: Mapping[str, Any], where: str) -> SurveyPoint:
    reader.table(row, where, ("year", "pessimistic", "optimistic", "reported"))
    year = row.get("year")
    if isinstance(year, bool) or not isinstance(year, int | float):
        raise reader.fail(f"{where}.year", " must be a year")
    edges = []
    for key in ("pessimistic", "optimistic"):
        value = row.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise reader.fail(f"{where}.{key}", " must be a probability between 0 and 1")
        edges.append(float(value))
    if edges[0] > edges[1]:
        raise reader.fail(where, ": pessimistic must not exceed optimistic")
    reported = reader.text(row, "reported", where) or f"{reader.file} override"
    return SurveyPoint(float(year), edges[0], edges[1], reported, "D")


def _survey(reader: _Reader, value: Any) -> Survey:
    row = reader.table(value, "survey", ("edition", "base_year", "points"))
    surveys = default_surveys()
    edition = reader.text(row, "edition", "survey")
    if edition is not None and ("points" in row or "base_year" in row):
        raise reader.fail("survey", ": give edition, or base_year with points, not both")
    if edition is not None or not row:
        reader.known(edition, "survey.edition", "edition", tuple(e.id for e in surveys.editions))
        found = surveys.edition(edition or surveys.default)
        assert found is not None
        return found
    base = row.get("base_year")
    if isinstance(base, bool) or not isinstance(base, int):
        raise reader.fail("survey.base_year", " is required with survey.points (the year of probability 0)")
    points = tuple(
        _survey_point(reader, p, f"survey.points[{i}]")
        for i, p in enumerate(reader.tables(row, "points"), start=1)
    )
    problem = check_survey_points(points, float(base))
    if problem:
        raise reader.fail("survey.points", f": {problem}")
    return Survey("custom", f"{reader.file} survey override", float(base), points, None)


def settings_from_table(
    doc: Mapping[str, Any], file: str, key_prefix: str = "", profiles: Collection[str] | None = None
) -> Settings:
    """Settings from the parsed configuration table; `key_prefix` is how error messages reach it. `profiles`,
    when given, are the hardware profile names `profile` may take."""
    reader = _Reader(file, key_prefix)
    reader.table(doc, "", _TOP_KEYS)
    base = default_settings()
    profile = reader.text(doc, "profile", "")
    if profiles is not None:
        reader.known(profile, "profile", "hardware profile", tuple(profiles))
    rules = reader.tables(doc, "shelf_life")
    suppressions = reader.tables(doc, "suppressions")
    return Settings(
        source=file if not key_prefix else f"{file} [{key_prefix.rstrip('.')}]",
        policies=_policies(reader, doc["policy"]) if "policy" in doc else base.policies,
        survey=_survey(reader, doc["survey"]) if "survey" in doc else base.survey,
        profile=profile,
        shelf_life=tuple(
            _shelf_life_rule(reader, r, f"shelf_life[{i}]") for i, r in enumerate(rules, start=1)
        ),
        suppressions=tuple(
            _suppression(reader, s, f"suppressions[{i}]") for i, s in enumerate(suppressions, start=1)
        ),
    )


def _parse_toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None


def parse_settings(text: str, file: str = "qready.toml", profiles: Collection[str] | None = None) -> Settings:
    """Settings from the text of a qready.toml."""
    return settings_from_table(_parse_toml(text, file), file, "", profiles)


def parse_pyproject_settings(
    text: str, file: str = "pyproject.toml", profiles: Collection[str] | None = None
) -> Settings | None:
    """Settings from [tool.qready] of a pyproject.toml, or None when it has no such table. A pyproject.toml
    that is not valid TOML is someone else's problem unless it mentions [tool.qready]."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if "tool.qready" in text:
            raise ConfigError(f"{file}: invalid TOML: {exc}") from None
        return None
    table = doc.get("tool", {}).get("qready") if isinstance(doc.get("tool"), Mapping) else None
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise ConfigError(f"{file}: tool.qready must be a table")
    return settings_from_table(table, file, PYPROJECT_PREFIX, profiles)


def find_settings(root: Path, profiles: Collection[str] | None = None) -> Settings:
    """A scan root's settings: its qready.toml, else its pyproject.toml's [tool.qready], else defaults."""
    folder = root if root.is_dir() else root.parent
    config, project = folder / "qready.toml", folder / "pyproject.toml"
    try:
        if config.is_file():
            return parse_settings(config.read_text(encoding="utf-8"), str(config), profiles)
        if project.is_file():
            found = parse_pyproject_settings(project.read_text(encoding="utf-8"), str(project), profiles)
            if found is not None:
                return found
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{folder}: cannot read the qready configuration: {exc}") from None
    return default_settings()
