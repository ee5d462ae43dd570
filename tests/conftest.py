"""Test-wide guards: no network, and no test touches the real user folders."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = SHARED / "corpora"

_INET = {socket.AF_INET, socket.AF_INET6}
_guard = {"on": True}


def _no_network(event: str, args: tuple) -> None:
    # Audit events: socket.__new__(self, family, type, proto), socket.getaddrinfo(host, ...).
    if not _guard["on"]:
        return
    if event == "socket.__new__" and len(args) > 1 and args[1] in _INET:
        raise OSError("network access attempted: Field Triage must stay offline")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.connect"):
        if event == "socket.connect" and args and getattr(args[0], "family", None) not in _INET:
            return
        raise OSError(f"network access attempted ({event}): Field Triage must stay offline")


sys.addaudithook(_no_network)


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own app folder (profiles, keys, hash sets) via TRIAGE_APP_HOME."""
    home = tmp_path_factory.mktemp("app-home")
    monkeypatch.setenv("TRIAGE_APP_HOME", str(home))
    return home


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.fail(f"the shared corpora are missing: expected {CORPORA}")
    return CORPORA


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DISK_IMAGES = CORPORA / "disk-images"


@pytest.fixture
def disk_images() -> Path:
    if not DISK_IMAGES.is_dir():
        pytest.fail(f"the shared disk-image corpus is missing: expected {DISK_IMAGES}")
    return DISK_IMAGES


from tests.fixtures.cases import case_at  # noqa: E402,F401  (a shared fixture)
