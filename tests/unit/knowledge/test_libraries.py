"""The library table (95-libraries.toml): it loads strictly, every version claim is sourced, and the notes
say exactly what a version offers."""

from __future__ import annotations

from typing import Any

import pytest

from qready.errors import CatalogError
from qready.knowledge import default_catalog
from qready.knowledge.libraries import (
    FEATURES,
    default_libraries,
    load_libraries,
    package_key,
    version_key,
)

FEATURE_ROWS = {
    "ml_kem": {"label": "ML-KEM", "algorithms": ["ML-KEM-768"]},
    "ml_dsa": {"label": "ML-DSA", "algorithms": ["ML-DSA-65"]},
    "slh_dsa": {"label": "SLH-DSA", "algorithms": ["SLH-DSA-SHA2-128s"]},
    "hybrid_tls": {"label": "hybrid TLS", "algorithms": ["X25519MLKEM768"]},
}


def _load(row: dict[str, Any]) -> None:
    catalog = default_catalog()
    load_libraries({"features": FEATURE_ROWS, "library": [row]}, catalog.sources, catalog.entries)


def test_shipped_table_loads_and_every_claim_names_a_source() -> None:
    table = default_libraries()
    sources = default_catalog().sources
    assert len(table.libraries) == 51
    for info in table.libraries:
        for first in info.first:
            assert first.feature in FEATURES
            assert first.source in sources, (info.name, first.source)
            assert sources[first.source].url.startswith("https://")


@pytest.mark.parametrize(
    ("ecosystem", "name", "ml_kem", "ml_dsa", "slh_dsa", "hybrid_tls"),
    [
        ("maven", "org.bouncycastle:bcprov-jdk18on", "1.79", "1.79", "1.79", None),
        ("golang", "stdlib", "1.24", "1.27", None, "1.24"),
        ("generic", "openssl", "3.5.0", "3.5.0", "3.5.0", "3.5.0"),
        ("cargo", "rustls", None, None, None, "0.23.22"),
        ("cargo", "aws-lc-rs", "1.12.0", None, None, None),
        ("golang", "github.com/cloudflare/circl", "1.4.0", "1.5.0", "1.6.2", None),
        ("pypi", "cryptography", "48.0.0", "48.0.0", None, None),
        ("nuget", "BouncyCastle.Cryptography", "2.5.0", "2.5.0", "2.5.0", None),
        ("generic", "dotnet", "10.0", "10.0", "10.0", None),
        ("generic", "liboqs", "0.11.0", "0.12.0", "0.15.0", None),
        ("generic", "openjdk", "24", "24", None, None),
        ("npm", "@noble/post-quantum", "0.2.0", "0.2.0", "0.2.0", None),
        ("npm", "node-forge", None, None, None, None),
        ("generic", "node", "24.7.0", "24.7.0", None, "24.5.0"),
    ],
)
def test_first_versions(
    ecosystem: str,
    name: str,
    ml_kem: str | None,
    ml_dsa: str | None,
    slh_dsa: str | None,
    hybrid_tls: str | None,
) -> None:
    info = default_libraries().find(ecosystem, name)
    assert info is not None
    firsts = {f.feature: f.version for f in info.first}
    assert firsts == {
        k: v
        for k, v in {"ml_kem": ml_kem, "ml_dsa": ml_dsa, "slh_dsa": slh_dsa, "hybrid_tls": hybrid_tls}.items()
        if v
    }


def test_names_are_compared_as_the_ecosystem_does() -> None:
    table = default_libraries()
    assert table.find("pypi", "PyCryptodomeX") is table.find("pypi", "pycryptodome")
    assert table.find("pypi", "Python_Jose") is not None
    assert table.find("golang", "github.com/golang-jwt/jwt/v5") is table.find(
        "golang", "github.com/golang-jwt/jwt"
    )
    assert table.find("nuget", "bouncycastle.cryptography") is not None
    assert table.find("maven", "io.jsonwebtoken:jjwt-impl") is table.find("maven", "io.jsonwebtoken:jjwt")
    assert table.find("npm", "requests") is None
    assert package_key("pypi", "Liboqs.Python") == "liboqs-python"


def test_versions_compare_across_spellings() -> None:
    assert version_key("1.24") == version_key("1.24.0") == version_key("go1.24")
    assert version_key("v1.4.0") == version_key("1.4")
    assert version_key("48.0.0rc1") < version_key("48.0.0") < version_key("48.0.1")
    assert version_key("2.0.0-beta.1") < version_key("2.0.0")
    assert version_key("1.78.1") < version_key("1.79") < version_key("1.80")
    assert version_key("0.23.9") < version_key("0.23.22")


def test_notes_name_the_first_version() -> None:
    table = default_libraries()
    bc = table.find("maven", "org.bouncycastle:bcprov-jdk18on")
    circl = table.find("golang", "github.com/cloudflare/circl")
    ml_dsa = table.find("cargo", "ml-dsa")
    forge = table.find("npm", "node-forge")
    assert bc and circl and ml_dsa and forge
    since = "ML-KEM since 1.79, ML-DSA since 1.79, SLH-DSA since 1.79"
    assert table.note(bc, "1.78.1") == f"upgrade to 1.79 for post-quantum ({since})"
    assert table.note(bc, "1.80") == f"post-quantum available in this version ({since})"
    assert table.note(bc, None) == f"post-quantum from version 1.79 ({since}); version not resolved"
    assert table.note(circl, "v1.4.1") == (
        "post-quantum available in this version (ML-KEM since 1.4.0); upgrade to 1.5.0 for ML-DSA, to 1.6.2 "
        "for SLH-DSA"
    )
    assert table.note(circl, "v1.5.0") == (
        "post-quantum available in this version (ML-KEM since 1.4.0, ML-DSA since 1.5.0); upgrade to 1.6.2 "
        "for SLH-DSA"
    )
    assert table.note(ml_dsa, None) == "post-quantum available in this version (ML-DSA in every version)"
    assert table.note(forge, "1.3.1") == "no post-quantum support known"


def test_algorithms_grow_with_the_version() -> None:
    table = default_libraries()
    bc = table.find("maven", "org.bouncycastle:bcprov-jdk18on")
    assert bc is not None
    assert "ML-KEM-768" not in table.algorithms(bc, "1.78.1")
    assert "ML-KEM-768" not in table.algorithms(bc, None)
    assert {"RSA", "ML-KEM-768", "ML-DSA-65", "SLH-DSA-SHA2-128s"} <= set(table.algorithms(bc, "1.79"))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"ecosystem": "pypi", "name": "x", "algorithms": [], "homepage": "h"},
            r"unknown field\(s\) homepage",
        ),
        ({"ecosystem": "pip", "name": "x", "algorithms": []}, "ecosystem must be one of"),
        ({"ecosystem": "pypi", "name": "x", "algorithms": ["RSA-9"]}, r"unknown algorithm\(s\) RSA-9"),
        ({"ecosystem": "pypi", "name": "x", "algorithms": [], "ml_kem": "1.0"}, "needs 'ml_kem_source'"),
        (
            {"ecosystem": "pypi", "name": "x", "algorithms": [], "ml_kem": "1.0", "ml_kem_source": "blog"},
            "naming a known source, got 'blog'",
        ),
        (
            {"ecosystem": "pypi", "name": "x", "algorithms": [], "ml_dsa_source": "fips204"},
            "without 'ml_dsa'",
        ),
    ],
)
def test_loader_rejects_bad_rows_by_name(row: dict[str, Any], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        _load(row)


def test_loader_rejects_a_missing_feature_and_a_duplicate_package() -> None:
    catalog = default_catalog()
    with pytest.raises(CatalogError, match=r"feature\(s\) hybrid_tls not described"):
        features = {k: v for k, v in FEATURE_ROWS.items() if k != "hybrid_tls"}
        load_libraries({"features": features}, catalog.sources, catalog.entries)
    rows = [
        {"ecosystem": "pypi", "name": "a_b", "algorithms": []},
        {"ecosystem": "pypi", "name": "A-B", "algorithms": []},
    ]
    with pytest.raises(CatalogError, match="pypi package 'A-B' is listed twice"):
        load_libraries({"features": FEATURE_ROWS, "library": rows}, catalog.sources, catalog.entries)


def test_first_versions_not_checked_against_their_release_notes_say_so() -> None:
    """A source whose claim could not be read in the release notes themselves is tagged in its title."""
    sources = default_catalog().sources
    unverified = {key for key, source in sources.items() if "[unverified" in source.title}
    assert unverified == {"lib-bc-java-1-79", "lib-bc-csharp-2-5", "lib-liboqs-python-0-12"}
