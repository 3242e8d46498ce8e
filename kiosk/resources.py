"""The one place that finds bundled files, in a checkout and in a frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    path = base_dir().joinpath("resources", *parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path


def translations_dir() -> Path:
    return base_dir() / "translations"
