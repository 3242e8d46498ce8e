"""What the window's first paint needs from the settings, read without validating them.

Validating the settings (pydantic) costs about as much as a bare Qt window takes to show: the
attract screen is painted from this quick look, and the full load (:func:`kiosk.config.
load_settings`) follows right after it. A value that would not pass validation is read here as
its default; the full load then reports it as always (a screen says what is wrong).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from kiosk.config_files import ENV_OVERRIDES, existing_default_files, explicit_config

LANGUAGES = ("de", "fr", "it", "en")
_COLOUR = re.compile(r"#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
_SRS_KEYS = ("api_url", "token_url", "ras_url", "client_id")


# Named tuples, not dataclasses: the first paint does not wait for the dataclasses module.


class BrandingGlance(NamedTuple):
    """As ``[branding]`` (kiosk.config.BrandingSettings): the fields the style and the attract
    screen read."""

    name: str = ""
    logo: Path | None = None
    primary_color: str | None = None
    accent_color: str | None = None


class SettingsGlance(NamedTuple):
    language: str = "de"
    staff_language: str = ""
    large_text: bool = False
    training_mode: bool = True
    branding: BrandingGlance = BrandingGlance()

    @property
    def staff_language_or_default(self) -> str:
        return self.staff_language or self.language


def glance_settings(
    config: Path | None = None, env: Mapping[str, str] | None = None
) -> SettingsGlance:
    """The settings as :func:`kiosk.config.load_settings` would merge them (same files, same
    environment overrides), unvalidated; never raises."""
    env = os.environ if env is None else env
    explicit = explicit_config(config, env)
    merged: dict[str, dict[str, Any]] = {}
    for path in (explicit,) if explicit is not None else existing_default_files():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # the full load says what is wrong with it
        for section, values in data.items():
            if isinstance(values, dict):
                merged.setdefault(section, {}).update(values)
    for var, (section, key) in ENV_OVERRIDES.items():
        if env.get(var):
            merged.setdefault(section, {})[key] = env[var]
    kiosk, branding = merged.get("kiosk", {}), merged.get("branding", {})
    srs = merged.get("srs", {})
    language = _choice(kiosk.get("language"), LANGUAGES, "de")
    logo = branding.get("logo")
    return SettingsGlance(
        language=language,
        staff_language=_choice(kiosk.get("staff_language"), LANGUAGES, ""),
        large_text=kiosk.get("large_text") is True,
        training_mode=not any(srs.get(key) is not None for key in _SRS_KEYS),
        branding=BrandingGlance(
            name=_text(branding.get("name")),
            logo=Path(logo) if isinstance(logo, str) and logo else None,
            primary_color=_colour(branding.get("primary_color")),
            accent_color=_colour(branding.get("accent_color")),
        ),
    )


def _choice(value: object, allowed: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default


def _text(value: object) -> str:
    return value if isinstance(value, str) and "\n" not in value else ""


def _colour(value: object) -> str | None:
    """``#rrggbb`` lower case, as kiosk.config normalises it (contrast is checked there)."""
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        return None
    digits = value[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))
