"""qready: find quantum-vulnerable cryptography and plan its migration.

The public API: `scan()` turns files and folders into an Inventory; `assess()` turns an Inventory
into an Assessment; `resolve()` names any algorithm spelling through the knowledge catalog.
"""

__version__ = "0.1.0"

from qready.assess import assess
from qready.engine import scan
from qready.errors import (
    CatalogError,
    ConfigError,
    DetectorError,
    PluginError,
    QreadyError,
    StoreError,
    TargetError,
)
from qready.knowledge import resolve
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
