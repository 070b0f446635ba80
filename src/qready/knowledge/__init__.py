"""The algorithm catalog as data, and `resolve()` from any spelling."""

from qready.knowledge.catalog import Catalog, default_catalog, load_catalog, normalise, resolve
from qready.knowledge.schema import NAMESPACES, Curve, Entry, Source

__all__ = [
    "NAMESPACES",
    "Catalog",
    "Curve",
    "Entry",
    "Source",
    "default_catalog",
    "load_catalog",
    "normalise",
    "resolve",
]
