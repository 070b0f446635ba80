"""The inventory store: every assessment kept over time (SQLAlchemy Core; SQLite and PostgreSQL).

with open_store("sqlite:///qready.db") as store:
    run_id = store.save(assessment, "acme", "payments", [repository_at(Path("."))])
    store.runs(organisation="acme")          # RunSummary, newest first
    store.load(run_id) == assessment          # exact
    store.trend(by="urgency")                 # TrendPoint per week
    store.findings_page(run_id, FindingFilter(search="rsa"))
    store.organisations()                     # the readiness board
    store.prune(keep=10)
"""

from qready.store.board import OrganisationSummary, TrendPoint
from qready.store.gitinfo import Repository, repository_at
from qready.store.queries import (
    ORDERS,
    FindingDetail,
    FindingFilter,
    FindingRow,
    FindingsPage,
    RunSummary,
)
from qready.store.schema import SCHEMA_VERSION
from qready.store.sqlstore import Store, open_store
from qready.store.urls import STORE_ENV, default_store_url

__all__ = [
    "ORDERS",
    "SCHEMA_VERSION",
    "STORE_ENV",
    "FindingDetail",
    "FindingFilter",
    "FindingRow",
    "FindingsPage",
    "OrganisationSummary",
    "Repository",
    "RunSummary",
    "Store",
    "TrendPoint",
    "default_store_url",
    "open_store",
    "repository_at",
]
