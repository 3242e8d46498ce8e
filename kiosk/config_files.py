"""Where the settings come from, read but not validated (no pydantic: the window's first paint
reads them through :mod:`kiosk.config_glance` before :mod:`kiosk.config` is imported).

Later sources win: the machine-wide file, the user's file (or instead of both ``--config FILE``
/ ``SRS_KIOSK_CONFIG``), then a few environment variables (``ENV_OVERRIDES``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "srs-kiosk"
SECRET_ENV = "SRS_KIOSK_CLIENT_SECRET"
CONFIG_ENV = "SRS_KIOSK_CONFIG"
DATA_DIR_ENV = "SRS_KIOSK_DATA_DIR"

ENV_OVERRIDES: Mapping[str, tuple[str, str]] = {
    "SRS_KIOSK_API_URL": ("srs", "api_url"),
    "SRS_KIOSK_TOKEN_URL": ("srs", "token_url"),
    "SRS_KIOSK_RAS_URL": ("srs", "ras_url"),
    "SRS_KIOSK_CLIENT_ID": ("srs", "client_id"),
    "SRS_KIOSK_TIME_SCALE": ("tracking", "time_scale"),
}


def default_config_paths() -> tuple[Path, ...]:
    site = Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "config.toml"
    user = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"
    return (site, user)


def data_dir() -> Path:
    """The journal's and the staff PIN's folder (created if missing): ``SRS_KIOSK_DATA_DIR``,
    else the user's data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def explicit_config(config: Path | None, env: Mapping[str, str]) -> Path | None:
    """``--config FILE``, else ``SRS_KIOSK_CONFIG``; None: the default files."""
    return config or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)


def existing_default_files() -> tuple[Path, ...]:
    return tuple(p for p in default_config_paths() if p.is_file())


# The environment's secret once taken out of the environment (take_secret_from_environment).
_taken_from_environment: dict[str, str] = {}


def take_secret_from_environment() -> None:
    """Move the secret from the environment into memory: every process the kiosk starts (the
    web engine's among them) inherits the environment. Call before anything is started."""
    secret = os.environ.pop(SECRET_ENV, None)
    if secret:
        _taken_from_environment[SECRET_ENV] = secret


def taken_from_environment() -> dict[str, str]:
    """What :func:`take_secret_from_environment` moved out of the environment."""
    return _taken_from_environment
