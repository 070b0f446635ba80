"""Dashboard fixtures: the filled store (built once per test session and worker) and clients over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from tests.web.estate_store import FilledStore, fill_store

from qready.web import create_app

LOCAL = "http://127.0.0.1:8765"


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory) -> FilledStore:
    return fill_store(tmp_path_factory.mktemp("dashboard"))


@pytest.fixture(scope="session")
def client(filled: FilledStore) -> Iterator[TestClient]:
    """A client of a dashboard without a token, as a browser on the same machine sees it."""
    with TestClient(create_app(filled.url), base_url=LOCAL) as found:
        yield found


@pytest.fixture()
def blank_store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store' / 'qready.db'}"
