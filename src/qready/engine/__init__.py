"""Plan units, run detectors (inline or in a process pool) and assemble the Inventory."""

from qready.engine.scan import Progress, ScanRequest, run_scan, scan

__all__ = ["Progress", "ScanRequest", "run_scan", "scan"]
