"""Settings: defaults, files, environment, and messages that name file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.settings_form import SettingsInput, check_settings
from kiosk.config import ConfigError, Settings, SupportSettings, client_secret, load_settings

COMPLETE = """\
[srs]
api_url = "https://api.example.test"
token_url = "https://idp.example.test/oauth/token"
ras_url = "https://ras.example.test"
client_id = "branch-42"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_srs_section_means_training_mode(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, "[kiosk]\nlanguage = 'fr'\n"), env={})
    assert loaded.settings.training_mode
    assert loaded.settings.kiosk.language == "fr"
    # training speed 60 shrinks every tracking delay by the same factor
    assert loaded.settings.effective_time_scale == pytest.approx(1 / 60)


def test_complete_srs_section_is_production(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, COMPLETE), env={}).settings
    assert not settings.training_mode
    assert settings.srs.client_id == "branch-42"
    assert settings.effective_time_scale == 1.0


def test_environment_overrides_file(tmp_path: Path) -> None:
    env = {"SRS_KIOSK_CLIENT_ID": "from-env", "SRS_KIOSK_TIME_SCALE": "0.5"}
    settings = load_settings(write(tmp_path, COMPLETE), env=env).settings
    assert settings.srs.client_id == "from-env"
    assert settings.tracking.time_scale == 0.5


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SRS_KIOSK_TIME_SCALE"):
        load_settings(write(tmp_path, COMPLETE), env={"SRS_KIOSK_TIME_SCALE": "fast"})


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[srs]\napi_url = "https://x.test"\nclient_id = \n')
    with pytest.raises(ConfigError) as info:
        load_settings(path, env={})
    assert info.value.line == 3
    assert str(path) in str(info.value) and "line 3" in str(info.value)


def test_wrong_type_names_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, "[kiosk]\nlanguage = 'de'\n\n[tracking]\ntime_scale = 'fast'\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path, env={})
    assert (info.value.line, info.value.key) == (5, "tracking.time_scale")
    assert "'fast'" in str(info.value)


def test_bad_url_names_key(tmp_path: Path) -> None:
    path = write(tmp_path, COMPLETE.replace("https://ras.example.test", "ras.example.test"))
    with pytest.raises(ConfigError) as info:
        load_settings(path, env={})
    assert (info.value.line, info.value.key) == (4, "srs.ras_url")


def test_unknown_key_and_section_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown setting") as info:
        load_settings(write(tmp_path, "[kiosk]\nlangauge = 'de'\n"), env={})
    assert (info.value.line, info.value.key) == (2, "kiosk.langauge")
    with pytest.raises(ConfigError, match="unknown section"):
        load_settings(write(tmp_path, "[srss]\napi_url = 'x'\n"), env={})


def test_unsupported_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"kiosk\.language"):
        load_settings(write(tmp_path, "[kiosk]\nlanguage = 'es'\n"), env={})


def test_half_an_srs_section_names_what_is_missing(tmp_path: Path) -> None:
    path = write(tmp_path, '[srs]\napi_url = "https://api.example.test"\n')
    with pytest.raises(ConfigError, match="token_url, ras_url, client_id") as info:
        load_settings(path, env={})
    assert info.value.line == 1


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", env={})


def test_not_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"[kiosk]\nlanguage = '\xff'\n")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings(path, env={})


def test_secret_from_environment() -> None:
    assert client_secret("x", env={"SRS_KIOSK_CLIENT_SECRET": "s3cret"}) == "s3cret"


def test_staff_language_and_large_text(tmp_path: Path) -> None:
    kiosk = load_settings(write(tmp_path, "[kiosk]\nlanguage = 'fr'\n"), env={}).settings.kiosk
    assert (kiosk.staff_language, kiosk.staff_language_or_default, kiosk.large_text) == (
        "",
        "fr",
        False,
    )
    text = "[kiosk]\nlanguage = 'fr'\nstaff_language = 'de'\nlarge_text = true\n"
    kiosk = load_settings(write(tmp_path, text), env={}).settings.kiosk
    assert (kiosk.staff_language_or_default, kiosk.large_text) == ("de", True)
    with pytest.raises(ConfigError, match=r"kiosk\.staff_language"):
        load_settings(write(tmp_path, "[kiosk]\nstaff_language = 'es'\n"), env={})


def test_a_phone_host_must_be_an_ip_address(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "[training]\nphone_host = '192.168.1.20'\n"), env={})
    assert settings.settings.training.phone_host == "192.168.1.20"
    with pytest.raises(ConfigError, match=r"training\.phone_host.*IP address of this terminal"):
        load_settings(write(tmp_path, "[training]\nphone_host = 'kiosk-7'\n"), env={})


def test_the_training_pace_is_read_and_checked(tmp_path: Path) -> None:
    text = "[training]\nhandoff_s = 0\nstep_s = 1.5\n"
    training = load_settings(write(tmp_path, text), env={}).settings.training
    assert (training.handoff_s, training.step_s) == (0, 1.5)
    with pytest.raises(ConfigError, match=r"training\.handoff_s"):
        load_settings(write(tmp_path, "[training]\nhandoff_s = -1\n"), env={})


def test_a_phone_host_the_simulator_cannot_use_stops_the_start_plainly(tmp_path: Path) -> None:
    from kiosk.services import open_backend

    settings = load_settings(write(tmp_path, "[training]\nphone_host = '192.0.2.1'\n"), env={})
    with (
        pytest.raises(ConfigError, match=r"training\.phone_host.*cannot listen on 192\.0\.2\.1"),
        open_backend(settings.settings),
    ):
        pass


@pytest.mark.parametrize("key", ["api_url", "token_url", "ras_url"])
def test_a_remote_service_over_plain_http_is_refused_with_file_key_and_reason(
    tmp_path: Path, key: str
) -> None:
    text = COMPLETE.replace(f'{key} = "https://', f'{key} = "http://')
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path, env={})
    error = info.value
    assert error.path == path and error.key == f"srs.{key}"
    assert (
        error.line
        == text.splitlines().index(next(line for line in text.splitlines() if line.startswith(key)))
        + 1
    )
    assert "must start with https://" in error.detail and "Value error" not in error.detail


def test_http_example_com_is_refused_from_the_environment_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"https://.*SRS_KIOSK_API_URL"):
        load_settings(write(tmp_path, COMPLETE), env={"SRS_KIOSK_API_URL": "http://example.com"})


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8480", "127.9.8.7", "[::1]:8480", "localhost:8480", "LOCALHOST"]
)
def test_plain_http_is_allowed_on_this_computer_only(tmp_path: Path, host: str) -> None:
    text = COMPLETE.replace('"https://api.example.test"', f'"http://{host}"')
    assert load_settings(write(tmp_path, text), env={}).settings.srs.api_url is not None


@pytest.mark.parametrize(
    "host",
    [
        "example.com",
        "192.168.1.20",
        "10.0.0.1",
        "[fe80::1]",
        "localhost.example.com",
        "127.0.0.1.nip.io",
    ],
)
def test_plain_http_to_another_machine_is_refused(tmp_path: Path, host: str) -> None:
    text = COMPLETE.replace('"https://api.example.test"', f'"http://{host}"')
    with pytest.raises(ConfigError, match="https://"):
        load_settings(write(tmp_path, text), env={})


def test_support_contact_and_default_external_id(tmp_path: Path) -> None:
    settings = load_settings(
        write(
            tmp_path,
            (
                '[kiosk]\nexternal_id = "BRANCH-ZH-7"\n\n'
                '[support]\npro_nr = "PRO-4711"\ncontact = "IT Zürich, +41 44 123 45 67"\n'
            ),
        ),
        env={},
    ).settings
    assert settings.kiosk.external_id == "BRANCH-ZH-7"
    assert settings.support.pro_nr == "PRO-4711"
    assert settings.support.contact == "IT Zürich, +41 44 123 45 67"
    defaults = load_settings(write(tmp_path, ""), env={}).settings
    assert (defaults.kiosk.external_id, defaults.support.pro_nr, defaults.support.contact) == (
        "",
        "",
        "",
    )


def test_the_support_cards_export_folder(tmp_path: Path) -> None:
    """Unset or "": the user's documents folder (``None``); ``~`` is the user's home."""
    for text in ("", '[support]\nexport_folder = ""\n'):
        assert load_settings(write(tmp_path, text), env={}).settings.support.export_folder is None
    chosen = load_settings(
        write(tmp_path, '[support]\nexport_folder = "~/support-cards"\n'), env={}
    ).settings.support.export_folder
    assert chosen == Path.home() / "support-cards"
    # The settings screen does not show it: saving the screen keeps it.
    base = Settings(support=SupportSettings(export_folder=tmp_path))
    form = SettingsInput(
        api_url="",
        token_url="",
        ras_url="",
        client_id="",
        client_secret="",
        enabled_methods=base.kiosk.enabled_methods,
        idle_timeout_s=200,
        language="de",
        aml_notice=False,
        pro_nr="PRO-1",
    )
    saved, problems = check_settings(base, form)
    assert problems == {} and saved is not None
    assert (saved.support.pro_nr, saved.support.export_folder) == ("PRO-1", tmp_path)


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ('[kiosk]\nexternal_id = "a\\tb"\n', "kiosk.external_id", "line breaks, tabs"),
        (f'[kiosk]\nexternal_id = "{"x" * 101}"\n', "kiosk.external_id", "at most 100"),
        ('[support]\ncontact = "line 1\\nline 2"\n', "support.contact", "line breaks"),
    ],
)
def test_support_and_external_id_are_one_printable_line(
    tmp_path: Path, text: str, key: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(write(tmp_path, text), env={})
    assert (info.value.line, info.value.key) == (2, key)


def test_default_region_is_a_country_with_phone_numbers() -> None:
    """[kiosk] default_region places a mobile typed without a country code (issue 14, item 8)."""
    from kiosk.config import Settings

    assert Settings().kiosk.default_region == "CH"
    assert Settings.model_validate({"kiosk": {"default_region": ""}}).kiosk.default_region == ""
    for wrong in ("ch", "CHE", "XX"):
        with pytest.raises(ValueError, match="default_region"):
            Settings.model_validate({"kiosk": {"default_region": wrong}})


def test_saving_the_settings_screen_keeps_the_default_region() -> None:
    """The settings screen does not show [kiosk] default_region: saving it keeps IT's value."""
    from kiosk.app.settings_form import SettingsInput, check_settings
    from kiosk.config import Settings

    base = Settings.model_validate({"kiosk": {"default_region": "DE"}})
    form = SettingsInput(
        api_url="",
        token_url="",
        ras_url="",
        client_id="",
        client_secret="",
        enabled_methods=("KLARNA/bankident",),
        idle_timeout_s=120,
        language="de",
        aml_notice=False,
    )
    saved, problems = check_settings(base, form)
    assert problems == {} and saved is not None
    assert saved.kiosk.default_region == "DE"


def test_every_mistake_of_a_file_is_listed_in_plain_words(tmp_path: Path) -> None:
    """Review s8 #2: one mistake per run, pydantic's jargon, a value said twice."""
    path = write(
        tmp_path,
        'srs = "x"\n[kiosk]\nlanguage = 5\nidle_timeout_s = "abc"\nlarge_txt = true\n'
        '[support]\nexport_folder = 5\n[branding]\nprimary_color = "red"\n',
    )
    with pytest.raises(ConfigError) as info:
        load_settings(path, env={})
    assert [(line, key) for line, key, _ in info.value.mistakes] == [
        (1, "srs"),
        (3, "kiosk.language"),
        (4, "kiosk.idle_timeout_s"),
        (5, "kiosk.large_txt"),
        (7, "support.export_folder"),
        (9, "branding.primary_color"),
    ]
    assert (info.value.line, info.value.key) == (1, "srs")
    text = str(info.value)
    assert text.startswith(f"{path}: 6 mistakes:\n- line 1, key 'srs': must be a section")
    assert "- line 4, key 'kiosk.idle_timeout_s': must be a whole number (got 'abc')\n" in text
    assert "key 'support.export_folder': must be a file or folder path in quotes (got 5)" in text
    assert text.endswith("expected a colour such as #0b5cad, got 'red'")  # said once
    for jargon in ("Input should", "valid dictionary", "SrsSettings", "<class", "pathlib"):
        assert jargon not in text
