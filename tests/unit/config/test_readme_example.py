"""The README's example settings file is one the kiosk accepts, key for key."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.config import load_settings

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_example_config_is_valid(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README has no TOML example"
    path = tmp_path / "config.toml"
    path.write_text(blocks[0], encoding="utf-8")
    settings = load_settings(path, env={}).settings
    assert not settings.training_mode
    assert settings.checks.preflight is True
    assert "KLARNA/bankident" in settings.web.page_origins
