"""The staff PIN store: real files in a temporary folder; a restart is a new object."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from kiosk.app.staff_pin import (
    LOCKOUT_FILE,
    PIN_FILE,
    SCRYPT_N,
    PinGuard,
    PinRuleError,
    PinState,
    PinStore,
    Verdict,
    delay_after,
)

PIN = "482613"


class Clock:
    """A wall clock the test moves."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_no_file_means_no_pin(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    assert store.status().state is PinState.NONE and not store.is_set()
    assert not store.matches(PIN)
    assert asyncio.run(PinGuard(store).check(PIN)) is Verdict.NO_PIN


def test_the_file_holds_a_slow_salted_hash_only(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    store.set_pin(PIN)
    text = (tmp_path / PIN_FILE).read_text()
    record = json.loads(text)
    assert PIN not in text and record["kdf"] == "scrypt" and record["version"] == 2
    assert record["n"] >= 2**14 and len(bytes.fromhex(record["salt"])) == 16
    if os.name == "posix":
        assert (tmp_path / PIN_FILE).stat().st_mode & 0o077 == 0
    other = tmp_path / "other"
    PinStore(other).set_pin(PIN)  # another install: another salt, another hash
    assert json.loads((other / PIN_FILE).read_text())["salt"] != record["salt"]
    started = time.perf_counter()
    assert PinStore(tmp_path).matches(PIN)  # a new object reads what the first wrote
    assert time.perf_counter() - started >= 0.05  # slow on purpose (about 0.1-0.2 s)
    assert not PinStore(tmp_path).matches("482614")
    assert list(tmp_path.glob("*.tmp")) == []


@pytest.mark.parametrize(
    "pin", ["4826", "48261", "1234567", "111111", "654321", "12ab56", "1234567890123"]
)
def test_short_or_guessable_pins_are_refused(tmp_path: Path, pin: str) -> None:
    with pytest.raises(PinRuleError):
        PinStore(tmp_path).set_pin(pin)
    assert not (tmp_path / PIN_FILE).exists()


def test_short_pin_message_says_six_digits(tmp_path: Path) -> None:
    with pytest.raises(PinRuleError, match="6 to 12 digits"):
        PinStore(tmp_path).set_pin("4826")


def test_lockout_grows_and_survives_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    PinStore(tmp_path).set_pin(PIN)
    guard = PinGuard(PinStore(tmp_path), clock=clock)
    assert asyncio.run(guard.check("111111")) is Verdict.WRONG
    assert asyncio.run(guard.check("222222")) is Verdict.WRONG and guard.wait_s() == 0
    assert asyncio.run(guard.check("333333")) is Verdict.WRONG
    assert guard.wait_s() == 2.0

    restarted = PinGuard(PinStore(tmp_path), clock=clock)  # the kiosk restarts
    assert restarted.failures == 3 and restarted.wait_s() == 2.0
    assert asyncio.run(restarted.check(PIN)) is Verdict.LOCKED  # not even checked
    clock.now += 2.5
    assert asyncio.run(restarted.check("444444")) is Verdict.WRONG
    assert restarted.wait_s() == 4.0
    clock.now += 4.5
    assert asyncio.run(restarted.check(PIN)) is Verdict.ACCEPTED
    assert restarted.failures == 0 and not (tmp_path / LOCKOUT_FILE).exists()
    assert PinGuard(PinStore(tmp_path), clock=clock).failures == 0


def test_delays_double_up_to_five_minutes() -> None:
    assert [delay_after(n) for n in range(1, 6)] == [0, 0, 2, 4, 8]
    assert delay_after(30) == delay_after(10_000) == 300


def test_a_clock_set_back_does_not_lock_longer_than_earned(tmp_path: Path) -> None:
    clock = Clock()
    PinStore(tmp_path).set_pin(PIN)
    guard = PinGuard(PinStore(tmp_path), clock=clock)
    for pin in ("111111", "222222", "333333"):
        asyncio.run(guard.check(pin))
    clock.now -= 86_400  # the wall clock jumps back a day
    assert PinGuard(PinStore(tmp_path), clock=clock).wait_s() == 2.0


def test_it_resetting_the_pin_clears_the_lockout_of_a_running_kiosk(tmp_path: Path) -> None:
    clock = Clock()
    PinStore(tmp_path).set_pin(PIN)
    guard = PinGuard(PinStore(tmp_path), clock=clock)
    for pin in ("111111", "222222", "333333"):
        asyncio.run(guard.check(pin))
    assert guard.wait_s() > 0
    PinStore(tmp_path).set_pin("592731")  # IT, from the command line
    guard.refresh()  # the pad re-reads the state when it opens
    assert guard.wait_s() == 0
    assert asyncio.run(guard.check("592731")) is Verdict.ACCEPTED


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"version": 2, "kdf": "scrypt"}',
        b'{"version": 9, "kdf": "scrypt"}',
        b'{"version": 2, "kdf": "md5", "n": 1, "r": 1, "p": 1, "salt": "00", "hash": "00"}',
        b'{"version": 2, "kdf": "scrypt", "n": 2, "r": 8, "p": 1, '
        b'"salt": "00112233445566778899aabbccddeeff", '
        b'"hash": "' + b"00" * 32 + b'"}',
    ],
)
def test_a_damaged_file_is_reported_and_it_can_reset_it(tmp_path: Path, content: bytes) -> None:
    (tmp_path / PIN_FILE).write_bytes(content)
    store = PinStore(tmp_path)
    status = store.status()
    assert status.state is PinState.DAMAGED and status.detail
    assert not store.is_set() and not store.matches(PIN)
    assert asyncio.run(PinGuard(store).check(PIN)) is Verdict.DAMAGED
    assert store.reset() == [tmp_path / PIN_FILE]
    assert store.status().state is PinState.NONE
    store.set_pin(PIN)
    assert store.matches(PIN)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_damaged(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    store.set_pin(PIN)
    store.path.chmod(0)
    assert store.status().state is PinState.DAMAGED


def test_a_damaged_lockout_file_does_not_lock_out(tmp_path: Path) -> None:
    PinStore(tmp_path).set_pin(PIN)
    (tmp_path / LOCKOUT_FILE).write_text("{broken")
    guard = PinGuard(PinStore(tmp_path))
    assert guard.wait_s() == 0
    assert asyncio.run(guard.check(PIN)) is Verdict.ACCEPTED


def _legacy_file(folder: Path, pin: str) -> None:
    """A PIN file as the previous version wrote it (no version, 4 to 12 digits)."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    (folder / PIN_FILE).write_text(
        json.dumps(
            {"kdf": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": salt.hex(), "hash": digest.hex()}
        )
    )


def test_an_old_four_digit_pin_is_no_longer_accepted(tmp_path: Path) -> None:
    _legacy_file(tmp_path, "4826")
    store = PinStore(tmp_path)
    assert store.status().state is PinState.LEGACY
    guard = PinGuard(store)
    assert asyncio.run(guard.check("4826")) is Verdict.TOO_SHORT
    assert guard.failures == 0


def test_an_old_six_digit_pin_is_migrated(tmp_path: Path) -> None:
    _legacy_file(tmp_path, PIN)
    guard = PinGuard(PinStore(tmp_path))
    assert asyncio.run(guard.check("111111")) is Verdict.WRONG
    assert asyncio.run(guard.check(PIN)) is Verdict.ACCEPTED
    record = json.loads((tmp_path / PIN_FILE).read_text())
    assert record["version"] == 2 and record["n"] == SCRYPT_N
    assert PinStore(tmp_path).status().state is PinState.SET
    assert PinStore(tmp_path).matches(PIN)


def test_a_lockout_that_cannot_be_written_still_applies(tmp_path: Path) -> None:
    clock = Clock()
    PinStore(tmp_path).set_pin(PIN)
    (tmp_path / LOCKOUT_FILE).mkdir()  # the write fails (as on a full disk)
    guard = PinGuard(PinStore(tmp_path), clock=clock)
    for pin in ("111111", "222222", "333333"):
        assert asyncio.run(guard.check(pin)) is Verdict.WRONG
    guard.refresh()  # the pad opens again: the unsaved count is not forgotten
    assert guard.failures == 3 and guard.wait_s() == 2.0
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_pin_file_that_cannot_be_read_is_damaged(tmp_path: Path) -> None:
    (tmp_path / PIN_FILE).mkdir()  # readable by nobody as a file, root included
    status = PinStore(tmp_path).status()
    assert status.state is PinState.DAMAGED and "cannot be read" in status.detail
