"""Detectors, one module (or folder) per kind of input. BUILTIN_DETECTORS is the registry."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from cryptography.utils import CryptographyDeprecationWarning

from qready.detectors.base import DetectContext, Detection, Detector
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.keys import KeysDetector
from qready.detectors.keystores import KeystoreDetector
from qready.detectors.source import SourceDetector
from qready.detectors.x509 import X509Detector
from qready.errors import PluginError

# Real estates hold certificates that cryptography accepts but warns about (negative serials, ...): the
# inventory reports them; the warnings would only clutter the terminal.
warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning)

BUILTIN_DETECTORS: dict[str, type[Detector]] = {
    X509Detector.name: X509Detector,
    KeystoreDetector.name: KeystoreDetector,
    KeysDetector.name: KeysDetector,
    SourceDetector.name: SourceDetector,
    **{detector.name: detector for detector in CONFIG_DETECTORS},
}


def detectors_named(names: Sequence[str]) -> list[Detector]:
    """Instantiate detectors by registry name; an unknown name is an error, never skipped."""
    unknown = [n for n in names if n not in BUILTIN_DETECTORS]
    if unknown:
        known = ", ".join(sorted(BUILTIN_DETECTORS))
        raise PluginError(f"unknown detector {', '.join(unknown)!r}; known detectors: {known}")
    return [BUILTIN_DETECTORS[name]() for name in names]


__all__ = ["BUILTIN_DETECTORS", "DetectContext", "Detection", "Detector", "detectors_named"]
