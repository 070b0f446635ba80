"""qready: find quantum-vulnerable cryptography and plan its migration.

The public API: `scan()` turns files and folders into an Inventory; `assess()` turns an Inventory
into an Assessment; `resolve()` names any algorithm spelling through the knowledge catalog.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# `assess` is imported now: the subpackage qready.assess shares its name, and importing it later would
# bind the package, not the function, to `qready.assess`
from qready.assess import assess
from qready.errors import (
    CatalogError,
    ConfigError,
    DetectorError,
    PluginError,
    QreadyError,
    StoreError,
    TargetError,
)
from qready.model import (
    Algorithm,
    Assessment,
    Asset,
    Certificate,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    Outcome,
    ProtocolConfig,
    Status,
    Threat,
    Verdict,
)

__all__ = [
    "Algorithm",
    "Assessment",
    "Asset",
    "CatalogError",
    "Certificate",
    "ConfigError",
    "DetectorError",
    "Finding",
    "Inventory",
    "KeyMaterial",
    "Library",
    "Location",
    "Outcome",
    "PluginError",
    "ProtocolConfig",
    "QreadyError",
    "Status",
    "StoreError",
    "TargetError",
    "Threat",
    "Verdict",
    "__version__",
    "assess",
    "resolve",
    "scan",
]

if TYPE_CHECKING:
    from qready.engine import scan
    from qready.knowledge import resolve

# the engine and the catalog load on first use: `qready --version` and the commands that need
# none of them start fast
_LAZY = {"scan": "qready.engine", "resolve": "qready.knowledge"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'qready' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
