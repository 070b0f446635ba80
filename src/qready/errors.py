"""One exception tree. A QreadyError prints as one line that names the file, host or flag."""

from __future__ import annotations


class QreadyError(Exception):
    """Base of every error qready raises on purpose."""


class ConfigError(QreadyError):
    """A flag, option or configuration value is wrong."""


class TargetError(QreadyError):
    """A scan target cannot be used (missing path, unreachable host)."""


class DetectorError(QreadyError):
    """A detector could not process one input; the engine records it as a failed Outcome."""


class CatalogError(QreadyError):
    """The knowledge catalog is invalid, or a name cannot be resolved."""


class StoreError(QreadyError):
    """The inventory store cannot be read or written."""


class PluginError(QreadyError):
    """An unknown detector or reporter name, or a broken plugin."""
