"""The parsed catalog is cached between runs: same data, no TOML parsed again, a bad cache file ignored."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from qready.knowledge import catalog


def test_the_parsed_data_is_cached_and_read_back_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QREADY_CACHE_DIR", str(tmp_path))
    first = catalog._read_data()
    (cached,) = tmp_path.glob("catalog-*.json")

    def no_parsing(text: str) -> object:
        raise AssertionError("parsed the TOML again instead of reading the cache")

    monkeypatch.setattr(tomllib, "loads", no_parsing)
    again = catalog._read_data()
    assert again == first
    loaded = catalog.load_catalog(again)
    assert loaded.resolve("ssh-ed25519").name == "Ed25519"
    assert loaded.resolve("1.2.840.113549.1.1.1").family == "RSA"
    assert cached.exists()


def test_a_truncated_cache_file_is_parsed_again_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QREADY_CACHE_DIR", str(tmp_path))
    first = catalog._read_data()
    (cached,) = tmp_path.glob("catalog-*.json")
    whole = cached.read_bytes()
    cached.write_bytes(whole[: len(whole) // 3])
    assert catalog._read_data() == first
    assert cached.read_bytes() == whole


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QREADY_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert catalog._read_data()[0]
    assert list(tmp_path.rglob("catalog-*")) == []
