"""What the end-to-end tests share: a process environment with no configuration anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment for ``srs-kiosk`` subprocesses: no settings file, no ``SRS_KIOSK_*``
    variable, a data folder of its own (training mode unless a test adds settings)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("SRS_KIOSK_")}
    base.update(
        {
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "XDG_CONFIG_DIRS": str(tmp_path / "site"),
            "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
        }
    )
    return base
