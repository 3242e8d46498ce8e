"""``srs-kiosk staff-pin``, run as IT would: subprocesses on a real data folder."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from kiosk.app.staff_pin import PIN_FILE, PinGuard, PinState, PinStore


def staff_pin(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "staff-pin", *args],
        env=env,
        input=stdin,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )


def data(env: dict[str, str]) -> Path:
    return Path(env["SRS_KIOSK_DATA_DIR"])


def test_set_from_stdin_then_status(env: dict[str, str]) -> None:
    result = staff_pin(env, "status")
    assert result.returncode == 5 and "No staff PIN is set" in result.stdout
    result = staff_pin(env, "set", "--stdin", stdin="482613\n")
    assert result.returncode == 0, result.stderr
    assert "482613" not in result.stdout + result.stderr
    store = PinStore(data(env))
    assert store.status().state is PinState.SET and store.matches("482613")
    result = staff_pin(env, "status", "--json")
    assert result.returncode == 0
    fields = json.loads(result.stdout)
    assert fields["state"] == "set" and fields["failures"] == 0
    assert "salt" not in result.stdout and "hash" not in result.stdout


def test_spaces_around_a_pin_from_stdin_are_not_part_of_it(env: dict[str, str]) -> None:
    """Review s8 #15: " 246813 " (an installer's padding) was refused as not 6 to 12 digits."""
    result = staff_pin(env, "set", "--stdin", stdin=" 246813 \r\n")
    assert result.returncode == 0, result.stderr
    assert PinStore(data(env)).matches("246813")


def test_short_pin_is_refused_with_a_clear_message(env: dict[str, str]) -> None:
    result = staff_pin(env, "set", "--stdin", stdin="4826\n")
    assert result.returncode == 2 and "6 to 12 digits" in result.stderr
    assert not (data(env) / PIN_FILE).exists()


def test_without_a_terminal_the_pin_is_not_read_silently(env: dict[str, str]) -> None:
    result = staff_pin(env, "set", stdin="482613\n482613\n")
    assert result.returncode == 2 and "--stdin" in result.stderr
    assert not (data(env) / PIN_FILE).exists()


def test_a_damaged_file_is_reported_and_reset(env: dict[str, str]) -> None:
    folder = data(env)
    folder.mkdir(parents=True)
    (folder / PIN_FILE).write_text("{half a fi")
    result = staff_pin(env, "status")
    assert result.returncode == 5
    assert "damaged" in result.stdout and "staff-pin reset" in result.stdout
    result = staff_pin(env, "reset")
    assert result.returncode == 0 and "Removed" in result.stdout
    assert not (folder / PIN_FILE).exists()
    assert staff_pin(env, "set", "--stdin", stdin="592731\n").returncode == 0
    assert PinStore(folder).matches("592731")


def test_reset_also_ends_a_lockout(env: dict[str, str]) -> None:
    assert staff_pin(env, "set", "--stdin", stdin="482613\n").returncode == 0
    store = PinStore(data(env))
    guard = PinGuard(store)

    async def wrong_three_times() -> None:
        for pin in ("111111", "222222", "333333"):
            await guard.check(pin)

    asyncio.run(wrong_three_times())
    assert PinGuard(store).wait_s() > 0
    status = staff_pin(env, "status")
    assert "3 wrong PINs in a row" in status.stdout
    assert staff_pin(env, "reset").returncode == 0
    assert PinGuard(store).wait_s() == 0 and store.status().state is PinState.NONE


def test_broken_settings_do_not_keep_it_from_the_pin(env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[srs\n")
    env = {**env, "SRS_KIOSK_CONFIG": str(config)}
    assert staff_pin(env, "set", "--stdin", stdin="482613\n").returncode == 0
