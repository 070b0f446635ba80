"""`--store` values: the default file under the user's data folder, SQLite paths, PostgreSQL via psycopg."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from tests.store import samples

from qready.errors import StoreError
from qready.store import default_store_url, open_store
from qready.store.urls import shown, store_url


def test_default_store_is_under_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QREADY_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_store_url() == f"sqlite:///{tmp_path}/data/qready/qready.db"
    with open_store() as store:
        store.save(samples.assessment([]), "acme")
    assert (tmp_path / "data" / "qready" / "qready.db").is_file()  # the folder was created


def test_default_store_without_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QREADY_STORE", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_store_url() == f"sqlite:///{tmp_path}/.local/share/qready/qready.db"


def test_qready_store_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QREADY_STORE", "postgresql://qready@db.internal/estate")
    assert shown(store_url(None)) == "postgresql+psycopg://qready@db.internal/estate"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:secret@127.0.0.1:5433/q", "postgresql+psycopg://u:***@127.0.0.1:5433/q"),
        ("postgres://u@localhost/q", "postgresql+psycopg://u@localhost/q"),
        ("postgresql+psycopg://u@localhost/q", "postgresql+psycopg://u@localhost/q"),
        ("sqlite:////var/lib/qready.db", "sqlite:////var/lib/qready.db"),
        ("sqlite:///relative.db", "sqlite:///relative.db"),
        ("/srv/qready/store.db", "sqlite:////srv/qready/store.db"),
    ],
)
def test_store_urls(given: str, expected: str) -> None:
    assert shown(store_url(given)) == expected


def test_unsupported_database() -> None:
    with pytest.raises(StoreError, match=r"--store mysql://u:\*\*\*@h/q: unsupported database 'mysql'"):
        store_url("mysql://u:secret@h/q")


def test_unreachable_postgres_is_one_line_error() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(
        StoreError, match=rf"^store postgresql\+psycopg://u:\*\*\*@127.0.0.1:{port}/q: "
    ) as error:
        open_store(f"postgresql://u:secret@127.0.0.1:{port}/q")
    assert "secret" not in str(error.value)
    assert "\n" not in str(error.value)
