"""`[training] dialect`: checked names, and the training simulator plays them."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.services import open_backend


def _settings_file(tmp_path: Path, dialect: str) -> Path:
    path = tmp_path / "training.toml"
    path.write_text(f'[training]\ndialect = "{dialect}"\n', encoding="utf-8")
    return path


def test_unknown_dialect_names_the_key_and_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(_settings_file(tmp_path, "cancel-204, chatty"), env={})
    text = str(info.value)
    assert "training.dialect" in text and "line 2" in text
    assert "'chatty'" in text and "late-target-url" in text  # the valid names are listed


def test_exclusive_dialects_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="same thing"):
        load_settings(_settings_file(tmp_path, "token-basic-only,token-form-only"), env={})


def test_training_simulator_plays_the_configured_dialects(tmp_path: Path) -> None:
    settings = load_settings(
        _settings_file(tmp_path, " cancel-204 ,late-target-url"), env={}
    ).settings
    assert settings.training.dialect == "late-target-url,cancel-204"
    with open_backend(settings) as backend:
        assert backend.simulator is not None
        answer = httpx.get(f"{backend.simulator.base_url}/_sim/dialects", timeout=5)
    assert set(answer.json()["dialects"]) == {"late-target-url", "cancel-204"}


def test_no_dialect_by_default(tmp_path: Path) -> None:
    settings = load_settings(_settings_file(tmp_path, ""), env={}).settings
    with open_backend(settings) as backend:
        assert backend.simulator is not None
        assert not backend.simulator.state.dialect
