"""The [checks] settings section: defaults, valid files, and messages naming line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, Settings, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    checks = Settings().checks
    assert checks.bandwidth_url is None  # training mode uses the simulator's endpoints
    assert checks.stun_server.endswith(":3478")
    assert checks.hosts == ()
    assert checks.tcp_timeout_s > 0 and checks.webrtc_timeout_s > 0


def test_section_is_read(tmp_path: Path) -> None:
    settings = load_settings(
        write(
            tmp_path,
            """\
[checks]
bandwidth_url = "https://speed.example.test/bw"
stun_server = "stun.example.test"
hosts = ["api.opentok.com:443", "[2001:db8::1]:8443"]
tcp_timeout_s = 2.5
""",
        ),
        env={},
    ).settings
    assert str(settings.checks.bandwidth_url) == "https://speed.example.test/bw"
    assert settings.checks.stun_server == "stun.example.test"
    assert settings.checks.hosts == ("api.opentok.com:443", "[2001:db8::1]:8443")
    assert settings.checks.tcp_timeout_s == 2.5


def test_empty_stun_server_turns_the_probe_off(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, '[checks]\nstun_server = ""\n'), env={}).settings
    assert settings.checks.stun_server == ""


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ('[checks]\nhosts = ["api.opentok.com:99999"]\n', 2, "checks.hosts.0"),
        ('[checks]\n\nstun_server = "two words"\n', 3, "checks.stun_server"),
        ("[checks]\ntcp_timeout_s = 0\n", 2, "checks.tcp_timeout_s"),
        ("[checks]\nspeed = 1\n", 2, "checks.speed"),
    ],
)
def test_bad_values_name_line_and_key(tmp_path: Path, text: str, line: int, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text), env={})
    assert caught.value.line == line
    assert caught.value.key == key
