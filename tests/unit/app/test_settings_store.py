"""Saving the settings screen writes to the account's file only what staff changed: IT's later
machine-wide changes still reach the terminal (review s8 #3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.settings_store import save_settings, user_config_path
from kiosk.config import default_config_paths, load_settings

SITE = """\
[kiosk]
language = "fr"
idle_timeout_s = 300
enabled_methods = ["AUTHADA/eid"]

[support]
pro_nr = "PRO-FLEET"
"""

ACCOUNT = """\
# this branch's own
[kiosk]
staff_language = "en"  # the branch manager reads English
"""


@pytest.fixture
def layers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "site"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    site, account = default_config_paths()
    assert account == user_config_path() and tmp_path in site.parents
    for path, text in ((site, SITE), (account, ACCOUNT)):
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
    return site, account


def test_saving_writes_only_what_staff_changed(layers: tuple[Path, Path]) -> None:
    site, account = layers
    before = load_settings(env={}).settings
    assert (before.kiosk.language, before.kiosk.staff_language) == ("fr", "en")
    after = before.model_copy(
        update={
            "branding": before.branding.model_copy(update={"name": "Banque Exemple"}),
            "kiosk": before.kiosk.model_copy(update={"large_text": True}),
        }
    )
    save_settings(after, account, before=before)
    assert account.read_text(encoding="utf-8") == (
        ACCOUNT + 'large_text = true\n\n[branding]\nname = "Banque Exemple"\n'
    )
    # IT changes the machine-wide file later: the terminal follows it.
    site.write_text(
        SITE.replace('"fr"', '"it"').replace("300", "600").replace("PRO-FLEET", "PRO-2"),
        encoding="utf-8",
    )
    now = load_settings(env={}).settings
    assert (now.kiosk.language, now.kiosk.idle_timeout_s, now.support.pro_nr) == (
        "it",
        600,
        "PRO-2",
    )
    assert now.kiosk.enabled_methods == ("AUTHADA/eid",)
    assert (now.kiosk.staff_language, now.kiosk.large_text) == ("en", True)
    assert now.branding.name == "Banque Exemple"


def test_a_key_set_back_to_the_machine_wide_value_leaves_the_account_file(
    layers: tuple[Path, Path],
) -> None:
    _, account = layers
    account.write_text(ACCOUNT + "idle_timeout_s = 200\n", encoding="utf-8")
    before = load_settings(env={}).settings
    assert before.kiosk.idle_timeout_s == 200
    after = before.model_copy(
        update={"kiosk": before.kiosk.model_copy(update={"idle_timeout_s": 300})}
    )
    save_settings(after, account, before=before)
    assert account.read_text(encoding="utf-8") == ACCOUNT


def test_an_explicit_file_is_compared_with_the_defaults(tmp_path: Path) -> None:
    """``--config FILE`` replaces both files: a new file gets only the changed keys."""
    path = tmp_path / "kiosk.toml"
    path.write_text("", encoding="utf-8")
    before = load_settings(path, env={}).settings
    after = before.model_copy(
        update={"support": before.support.model_copy(update={"contact": "Branch IT, 031 000"})}
    )
    save_settings(after, path, before=before)
    assert path.read_text(encoding="utf-8") == '[support]\ncontact = "Branch IT, 031 000"\n'
    assert load_settings(path, env={}).settings == after
