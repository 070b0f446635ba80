"""Targets, the gitignore-aware walk, and the file view detectors classify and read."""

from qready.discovery.files import FileTask, ScannedFile, display_path
from qready.discovery.walk import DEFAULT_MAX_FILE_SIZE, WalkOptions, walk_targets

__all__ = ["DEFAULT_MAX_FILE_SIZE", "FileTask", "ScannedFile", "WalkOptions", "display_path", "walk_targets"]
