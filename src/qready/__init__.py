"""qready: find quantum-vulnerable cryptography and plan its migration."""

__version__ = "0.1.0"
