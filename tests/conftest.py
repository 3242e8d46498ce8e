"""Shared fixtures: a live simulator on loopback (real HTTP, real sockets); the user's
configuration kept out of reach of every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.simulator.server import EmbeddedSimulator

# Fixtures shared by the unit and GUI tests of the readiness check (stun_port: a real coturn);
# a small tmpfs and a failing ext4 for full-disk and read-only journals (tests.tmpfs).
pytest_plugins = ["tests.unit.checks.peers", "tests.tmpfs"]

# The user's real journal key file (kiosk.tracking.keys, the fallback without a keyring), as
# resolved before the session moves the config directory: no test may create it.
REAL_KEY_FILE = (
    Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "srs-kiosk" / "journal-key"
)
_KEY_FILE_EXISTED = REAL_KEY_FILE.exists()

# The settings and key files the kiosk looks for (platformdirs, read at each call), moved into
# the session's tmp dir; subprocesses inherit them. No keyring backend: the key file fallback,
# in that tmp dir, instead of the desktop's keyring.
_ISOLATED = ("XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "PYTHON_KEYRING_BACKEND")


@pytest.fixture(autouse=True, scope="session")
def isolated_user_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The user config dir of the whole session (a tmp dir), set before any test runs."""
    root = tmp_path_factory.mktemp("user-config")
    saved = {name: os.environ.get(name) for name in _ISOLATED}
    os.environ.update(
        {
            "XDG_CONFIG_HOME": str(root / "cfg"),
            "XDG_CONFIG_DIRS": str(root / "site"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    yield root / "cfg"
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if it created the user's real journal key file (a test wrote outside its
    tmp dirs)."""
    if not _KEY_FILE_EXISTED and REAL_KEY_FILE.exists():
        session.config.get_terminal_writer().line(
            f"FAILED: this test run created {REAL_KEY_FILE}: a test wrote outside its tmp dirs",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def simulator() -> Iterator[EmbeddedSimulator]:
    """A fresh simulator per test (own orders, tokens, faults), at speed 60."""
    with EmbeddedSimulator(speed=60.0) as sim:
        yield sim


@pytest.fixture
def sim_url(simulator: EmbeddedSimulator) -> str:
    return simulator.base_url
