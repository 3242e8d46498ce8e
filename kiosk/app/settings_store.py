"""Saving the settings screen's result to the settings file (TOML, comments kept).

The file gains only what staff changed: a key it does not hold keeps coming from the files
beneath it (README: the account's file wins over the machine-wide one key by key), so IT's
later machine-wide changes still reach the terminal.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomlkit
from pydantic import ValidationError
from tomlkit.items import Table

from kiosk.config import Settings, default_config_paths

from .atomic_write import write_atomic

# What the settings screen edits, by section.
SCREEN_KEYS: dict[str, tuple[str, ...]] = {
    "srs": ("api_url", "token_url", "ras_url", "client_id"),
    "kiosk": (
        "language",
        "idle_timeout_s",
        "staff_idle_s",
        "aml_notice",
        "enabled_methods",
        "staff_language",
        "large_text",
        "external_id",
    ),
    "support": ("pro_nr", "contact"),
    "branding": ("name", "logo", "primary_color", "accent_color"),
}


def changed_keys(before: Settings, after: Settings) -> list[str]:
    """The ``section.key`` names whose value differs (for the log: names, never values)."""
    keys = []
    for section in Settings.model_fields:
        old, new = getattr(before, section), getattr(after, section)
        keys += [
            f"{section}.{key}"
            for key in type(new).model_fields
            if getattr(old, key) != getattr(new, key)
        ]
    return keys


def user_config_path() -> Path:
    return default_config_paths()[-1]


def save_settings(settings: Settings, path: Path, before: Settings | None = None) -> None:
    """Write to ``path`` the screen's keys staff changed from ``before`` (the settings the
    screen showed; None: every screen key), keeping every other line (and comments) of an
    existing file. A changed key set back to what the files beneath give is removed. No [srs]
    section means training mode."""
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        document = tomlkit.document()
    beneath = _beneath(path)
    for section, keys in SCREEN_KEYS.items():
        if section == "srs" and not settings.srs.configured:
            if "srs" in document:
                del document["srs"]
            continue
        for key in keys:
            value = getattr(getattr(settings, section), key)
            if before is not None and value == getattr(getattr(before, section), key):
                continue  # not changed on the screen: the file keeps what it had, or nothing
            if value == getattr(getattr(beneath, section), key):
                _remove(document, section, key)
            else:
                _set(document, section, key, _toml(value))
    write_atomic(path, tomlkit.dumps(document))


def _beneath(path: Path) -> Settings:
    """What the settings would be without ``path``: the machine-wide file when ``path`` is the
    account's own, and the defaults (``--config FILE`` replaces both files)."""
    merged: dict[str, Any] = {}
    site, user = default_config_paths()
    if path == user and site.is_file():
        try:
            for section, values in tomllib.loads(site.read_text(encoding="utf-8")).items():
                if isinstance(values, dict):
                    merged.setdefault(section, {}).update(values)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            merged = {}
    try:
        return Settings.model_validate(merged)
    except ValidationError:  # the kiosk's load said so at start: compare with the defaults
        return Settings()


def _toml(value: object) -> Any:
    if value is None:
        return ""  # "" as the screen saves an empty field: the kiosk's own
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, str | bool | int | float):
        return value
    return str(value)  # a URL, a path


def _set(document: tomlkit.TOMLDocument, name: str, key: str, value: Any) -> None:
    table = document.get(name)
    if not isinstance(table, Table):
        table = tomlkit.table()
        document[name] = table
    table[key] = value


def _remove(document: tomlkit.TOMLDocument, name: str, key: str) -> None:
    table = document.get(name)
    if isinstance(table, Table) and key in table:
        del table[key]
