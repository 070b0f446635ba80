"""TLS code points as IANA names them: cipher suites (tls_suites.toml, from the IANA registry)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def cipher_suites() -> dict[int, str]:
    """Every registered cipher suite: code point -> IANA name (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)."""
    text = resources.files("qready.knowledge").joinpath("tls_suites.toml").read_text("utf-8")
    return {int(code, 16): name for code, name in tomllib.loads(text)["suites"].items()}


def suite_name(code: int) -> str:
    """The IANA name of a suite, or `0xNNNN` when the registry does not know it."""
    return cipher_suites().get(code, f"0x{code:04X}")


TLS13_ALL_SUITES = (0x1301, 0x1302, 0x1303, 0x1304, 0x1305)  # every TLS 1.3 suite of RFC 8446 B.4
