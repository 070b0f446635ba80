"""Pure, frozen value types. Standard library only."""

from qready.model.algorithm import Algorithm, CryptoFunction, Primitive, Threat
from qready.model.assessment import (
    Assessment,
    AttackCost,
    Comparison,
    Estimate,
    PolicyDeadline,
    Replacement,
    Urgency,
    Verdict,
    Wave,
)
from qready.model.asset import Asset, Certificate, KeyMaterial, Library, ProtocolConfig, content_ref
from qready.model.finding import Confidence, Finding
from qready.model.inventory import Inventory, merge_assets
from qready.model.location import Endpoint, FileLocation, Location, PackageRef, SourceSpan, location_line
from qready.model.outcome import Outcome, Status

__all__ = [
    "Algorithm",
    "Assessment",
    "Asset",
    "AttackCost",
    "Certificate",
    "Comparison",
    "Confidence",
    "CryptoFunction",
    "Endpoint",
    "Estimate",
    "FileLocation",
    "Finding",
    "Inventory",
    "KeyMaterial",
    "Library",
    "Location",
    "Outcome",
    "PackageRef",
    "PolicyDeadline",
    "Primitive",
    "ProtocolConfig",
    "Replacement",
    "SourceSpan",
    "Status",
    "Threat",
    "Urgency",
    "Verdict",
    "Wave",
    "content_ref",
    "location_line",
    "merge_assets",
]
