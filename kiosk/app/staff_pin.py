"""The staff PIN: stored as a salted scrypt hash in the data directory, never the PIN itself;
wrong PINs slow down progressively (the throttle lives in memory: quitting needs the PIN).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.i18n import QT_TRANSLATE_NOOP

_FILE = "staff-pin.json"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
PIN_PATTERN = re.compile(r"[0-9]{4,12}")

# Wrong PINs allowed without delay; then the wait doubles from FIRST_DELAY_S up to MAX_DELAY_S.
FREE_ATTEMPTS = 2
FIRST_DELAY_S = 2.0
MAX_DELAY_S = 300.0




def pin_problem(pin: str) -> str | None:
    """English source text (the UI translates it) or None if ``pin`` is a valid new PIN."""
    if PIN_PATTERN.fullmatch(pin) is None:
        return QT_TRANSLATE_NOOP("PinPad", "A PIN has 4 to 12 digits.")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        return QT_TRANSLATE_NOOP("PinPad",
                                 "Choose a PIN that is not a run or a repetition of one digit.")
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


class PinStore:
    """The salted hash of the PIN in ``folder/staff-pin.json``."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / _FILE

    @property
    def path(self) -> Path:
        return self._path

    def is_set(self) -> bool:
        return self._path.is_file()

    def set_pin(self, pin: str) -> None:
        if (problem := pin_problem(pin)) is not None:
            raise ValueError(problem)
        salt = os.urandom(16)
        record = {"kdf": "scrypt", **_SCRYPT, "salt": salt.hex(),
                  "hash": _derive(pin, salt, **_SCRYPT).hex()}
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        if os.name == "posix":
            tmp.chmod(0o600)
        tmp.replace(self._path)

    def matches(self, pin: str) -> bool:
        """Slow on purpose (scrypt): call through ``asyncio.to_thread`` from the GUI."""
        try:
            record = json.loads(self._path.read_text(encoding="utf-8"))
            salt = bytes.fromhex(record["salt"])
            expected = bytes.fromhex(record["hash"])
            derived = _derive(pin, salt, int(record["n"]), int(record["r"]), int(record["p"]))
        except (OSError, ValueError, KeyError, TypeError):
            return False
        return hmac.compare_digest(derived, expected)


class PinGuard:
    """Checks PINs with a progressive delay after wrong ones."""

    def __init__(self, store: PinStore, clock: Callable[[], float] = time.monotonic,
                 first_delay_s: float = FIRST_DELAY_S) -> None:
        self.store = store
        self._clock = clock
        self._first_delay_s = first_delay_s
        self._failures = 0
        self._locked_until = 0.0

    @property
    def failures(self) -> int:
        return self._failures

    def wait_s(self) -> float:
        """Seconds before the next attempt is accepted (0: now)."""
        return max(0.0, self._locked_until - self._clock())

    async def check(self, pin: str) -> bool:
        """True for the right PIN. Refuses (False, without checking) while locked."""
        if self.wait_s() > 0:
            return False
        ok = await asyncio.to_thread(self.store.matches, pin)
        if ok:
            self._failures = 0
            self._locked_until = 0.0
            return True
        self._failures += 1
        extra = self._failures - FREE_ATTEMPTS
        if extra > 0:
            delay = min(MAX_DELAY_S, self._first_delay_s * 2 ** (extra - 1))
            self._locked_until = self._clock() + delay
        return False
