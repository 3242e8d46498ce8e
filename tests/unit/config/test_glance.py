"""The settings' first look (kiosk.config_glance): what the window's first paint reads before
the settings are validated must be what the validated settings then say, for every valid file;
a value that would not validate is read as its default (the full load reports it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Settings, load_settings
from kiosk.config_glance import SettingsGlance, glance_settings
from kiosk.ui.launch import _look

VALID = {
    "defaults": "",
    "branch": """
[kiosk]
language = "it"
staff_language = "de"
large_text = true

[branding]
name = "Banca Esempio"
primary_color = "#0A3D6B"
accent_color = "#333"
""",
    "production": """
[srs]
api_url = "https://api.example.test"
token_url = "https://idp.example.test/oauth/token"
ras_url = "https://ras.example.test"
client_id = "branch-42"

[kiosk]
language = "en"
""",
    "empty strings as the settings screen saves them": """
[kiosk]
staff_language = ""

[branding]
logo = ""
primary_color = ""
""",
}


def first_look(settings: Settings) -> SettingsGlance:
    """The validated settings as the first paint uses them."""
    branding = settings.branding
    return SettingsGlance(
        language=settings.kiosk.language,
        staff_language=settings.kiosk.staff_language,
        large_text=settings.kiosk.large_text,
        training_mode=settings.training_mode,
        branding=type(SettingsGlance().branding)(
            name=branding.name,
            logo=branding.logo,
            primary_color=branding.primary_color,
            accent_color=branding.accent_color,
        ),
    )


@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_the_first_look_is_what_the_validated_settings_say(tmp_path: Path, text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    validated = load_settings(path, env={}).settings
    glance = glance_settings(path, env={})
    assert glance == first_look(validated)
    assert glance.staff_language_or_default == validated.kiosk.staff_language_or_default
    # The style applied at the first paint is the one the validated settings ask for: it is
    # not applied again after the first paint.
    assert _look(glance.large_text, glance.branding) == _look(
        validated.kiosk.large_text, validated.branding
    )


def test_the_environment_makes_production_for_the_first_look_too(tmp_path: Path) -> None:
    env = {
        "SRS_KIOSK_API_URL": "https://api.example.test",
        "SRS_KIOSK_TOKEN_URL": "https://idp.example.test/oauth/token",
        "SRS_KIOSK_RAS_URL": "https://ras.example.test",
        "SRS_KIOSK_CLIENT_ID": "branch-42",
    }
    assert not load_settings(None, env=env).settings.training_mode
    assert not glance_settings(None, env=env).training_mode


def test_bad_values_and_bad_files_are_read_as_defaults(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[kiosk]\nlanguage = "es"\nlarge_text = "yes"\n[branding]\n'
        'primary_color = "blue"\nname = "two\\nlines"\n',
        encoding="utf-8",
    )
    assert glance_settings(bad, env={}) == SettingsGlance()
    broken = tmp_path / "broken.toml"
    broken.write_text("[kiosk\nlanguage = 'fr'\n", encoding="utf-8")
    assert glance_settings(broken, env={}) == SettingsGlance()
    assert glance_settings(tmp_path / "missing.toml", env={}) == SettingsGlance()
