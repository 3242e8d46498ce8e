"""``[kiosk] handoff_timeout_s``: how long a busy customer's screen waits before "Need more
time?" (issue 14 item 2); read from the config file, checked, and kept when staff save the
settings screen (which does not show it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.settings_form import SettingsInput, check_settings
from kiosk.config import ConfigError, Settings, load_settings


def test_default_and_from_the_file(tmp_path: Path) -> None:
    assert Settings().kiosk.handoff_timeout_s == 900
    path = tmp_path / "config.toml"
    path.write_text("[kiosk]\nhandoff_timeout_s = 1200\n", encoding="utf-8")
    assert load_settings(path, env={}).settings.kiosk.handoff_timeout_s == 1200


def test_a_bad_value_is_refused_with_the_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[kiosk]\nhandoff_timeout_s = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="handoff_timeout_s"):
        load_settings(path, env={})


def test_saving_the_settings_screen_keeps_it() -> None:
    base = Settings()
    base = base.model_copy(
        update={"kiosk": base.kiosk.model_copy(update={"handoff_timeout_s": 1800})}
    )
    form = SettingsInput(
        api_url="",
        token_url="",
        ras_url="",
        client_id="",
        client_secret="",
        enabled_methods=base.kiosk.enabled_methods,
        idle_timeout_s=200,
        language="fr",
        aml_notice=False,
    )
    settings, problems = check_settings(base, form)
    assert problems == {} and settings is not None
    assert settings.kiosk.idle_timeout_s == 200 and settings.kiosk.handoff_timeout_s == 1800
