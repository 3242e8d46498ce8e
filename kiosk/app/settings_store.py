"""Saving the settings screen's result to the settings file (TOML, comments kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Table

from kiosk.config import Settings, default_config_paths

from .atomic_write import write_atomic


def user_config_path() -> Path:
    return default_config_paths()[-1]


def save_settings(settings: Settings, path: Path) -> None:
    """Write the [srs], [kiosk], [support] and [branding] sections of ``settings`` to
    ``path``, keeping every other line (and comments) of an existing file. No [srs] section
    means training mode."""
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        document = tomlkit.document()
    srs = settings.srs
    if srs.configured:
        _update(
            document,
            "srs",
            {
                "api_url": str(srs.api_url),
                "token_url": str(srs.token_url),
                "ras_url": str(srs.ras_url),
                "client_id": srs.client_id,
            },
        )
    elif "srs" in document:
        del document["srs"]
    kiosk = settings.kiosk
    _update(
        document,
        "kiosk",
        {
            "language": kiosk.language,
            "idle_timeout_s": kiosk.idle_timeout_s,
            "staff_idle_s": kiosk.staff_idle_s,
            "aml_notice": kiosk.aml_notice,
            "enabled_methods": list(kiosk.enabled_methods),
            "staff_language": kiosk.staff_language,
            "large_text": kiosk.large_text,
            "external_id": kiosk.external_id,
        },
    )
    _update(
        document,
        "support",
        {"pro_nr": settings.support.pro_nr, "contact": settings.support.contact},
    )
    branding = settings.branding
    _update(
        document,
        "branding",
        {  # "": the kiosk's own
            "name": branding.name,
            "logo": str(branding.logo or ""),
            "primary_color": branding.primary_color or "",
            "accent_color": branding.accent_color or "",
        },
    )
    write_atomic(path, tomlkit.dumps(document))


def _update(document: tomlkit.TOMLDocument, name: str, values: dict[str, Any]) -> None:
    table = document.get(name)
    if not isinstance(table, Table):
        table = tomlkit.table()
        document[name] = table
    for key, value in values.items():
        table[key] = value
