"""The staff PIN, provisioned by IT (``srs-kiosk staff-pin set``), never chosen at the counter.

``staff-pin.json`` in the data directory holds a slow scrypt hash of the PIN with a random
per-install salt, never the PIN. ``staff-pin-lockout.json`` counts wrong PINs so the growing
delay survives a restart. Both are written atomically (temporary file, fsync, rename). A file
that cannot be read or understood is reported as damaged: IT resets it from the command line
(``srs-kiosk staff-pin reset``) instead of staff being locked out for ever.

No Qt here: the texts are marked for translation and translated by the UI.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hashlib
import hmac
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.i18n import QT_TRANSLATE_NOOP

from .atomic_write import write_atomic

log = logging.getLogger(__name__)

PIN_FILE = "staff-pin.json"
LOCKOUT_FILE = "staff-pin-lockout.json"
FORMAT_VERSION = 2
MIN_DIGITS, MAX_DIGITS = 6, 12
PIN_PATTERN = re.compile(rf"[0-9]{{{MIN_DIGITS},{MAX_DIGITS}}}")

# scrypt with 64 MiB of memory: about 0.1-0.2 s per guess on a current PC, so the million
# 6-digit PINs take days on one core instead of seconds.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
# Parameters read from a file must stay in a sane range: a file may not make a check weak
# or ask for gigabytes of memory.
_N_RANGE, _R_RANGE, _P_RANGE = (2**14, 2**20), (1, 32), (1, 4)
_MAXMEM = 1024 * 2**20

# Wrong PINs allowed without delay; then the wait doubles from FIRST_DELAY_S up to MAX_DELAY_S.
FREE_ATTEMPTS = 2
FIRST_DELAY_S = 2.0
MAX_DELAY_S = 300.0

SET_COMMAND = "srs-kiosk staff-pin set"
RESET_COMMAND = "srs-kiosk staff-pin reset"


class PinState(enum.Enum):
    NONE = "none"  # no PIN file: IT has not provisioned one
    SET = "set"
    LEGACY = "legacy"  # a file of an older version (PINs of 4+ digits): 6+ digits migrate
    DAMAGED = "damaged"  # unreadable or not understood: IT resets it


@dataclass(frozen=True)
class PinStatus:
    state: PinState
    detail: str = ""  # for IT (CLI, log): why a file is damaged; English, never shown to staff


class PinRuleError(ValueError):
    """A new PIN that breaks the rules; the message is an English source text (translated by
    the UI, printed as is by the CLI)."""


def pin_problem(pin: str) -> str | None:
    """English source text (the UI translates it) or None if ``pin`` is a valid new PIN."""
    if PIN_PATTERN.fullmatch(pin) is None:
        return QT_TRANSLATE_NOOP("PinPad", "A PIN has 6 to 12 digits.")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        return QT_TRANSLATE_NOOP(
            "PinPad", "Choose a PIN that is not a run or a repetition of one digit."
        )
    return None


@dataclass(frozen=True)
class _Record:
    salt: bytes
    digest: bytes
    n: int
    r: int
    p: int
    legacy: bool

    def matches(self, pin: str) -> bool:
        derived = _derive(pin, self.salt, self.n, self.r, self.p)
        return hmac.compare_digest(derived, self.digest)


@dataclass(frozen=True)
class Lockout:
    """Wrong PINs in a row and when the next attempt is accepted (wall clock, so that it
    means the same after a restart)."""

    failures: int = 0
    locked_until: float = 0.0


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=_MAXMEM)


def _parse(text: str) -> _Record:
    """The PIN record; ValueError (with a reason for IT) if it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a PIN record")
    version = data.get("version", 1)
    if version not in (1, FORMAT_VERSION):
        raise ValueError(f"written by another version of the kiosk (format {version!r})")
    if data.get("kdf") != "scrypt":
        raise ValueError(f"unknown key derivation {data.get('kdf')!r}")
    try:
        n, r, p = (int(data[k]) for k in ("n", "r", "p"))
        salt, digest = bytes.fromhex(data["salt"]), bytes.fromhex(data["hash"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("a field is missing or malformed") from None
    for value, (low, high), name in ((n, _N_RANGE, "n"), (r, _R_RANGE, "r"), (p, _P_RANGE, "p")):
        if not low <= value <= high:
            raise ValueError(f"scrypt parameter {name}={value} is out of range")
    if n & (n - 1) or len(salt) < 16 or len(digest) != 32:
        raise ValueError("scrypt parameters, salt or hash have the wrong size")
    return _Record(salt, digest, n, r, p, legacy=version == 1)


class PinStore:
    """The PIN hash and the wrong-PIN count in ``folder``. Every method reads the files afresh:
    IT may set or reset the PIN while the kiosk runs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._path = folder / PIN_FILE
        self._lockout_path = folder / LOCKOUT_FILE

    @property
    def path(self) -> Path:
        return self._path

    @property
    def lockout_path(self) -> Path:
        return self._lockout_path

    def _record(self) -> _Record | PinStatus:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return PinStatus(PinState.NONE)
        except (OSError, UnicodeDecodeError) as exc:
            return PinStatus(PinState.DAMAGED, f"cannot be read: {exc}")
        try:
            return _parse(text)
        except ValueError as exc:
            return PinStatus(PinState.DAMAGED, str(exc))

    def status(self) -> PinStatus:
        record = self._record()
        if isinstance(record, PinStatus):
            return record
        return PinStatus(PinState.LEGACY if record.legacy else PinState.SET)

    def is_set(self) -> bool:
        """A PIN exists that may open the staff menu."""
        return self.status().state in (PinState.SET, PinState.LEGACY)

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (slow: scrypt) and forget the wrong-PIN count. Raises PinRuleError
        for a PIN that breaks the rules, OSError if the file cannot be written."""
        if (problem := pin_problem(pin)) is not None:
            raise PinRuleError(problem)
        self._write_record(pin)
        self.clear_lockout()

    def _write_record(self, pin: str) -> None:
        salt = os.urandom(16)
        record = {
            "version": FORMAT_VERSION,
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": salt.hex(),
            "hash": _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self._path, json.dumps(record), private=True)

    def reset(self) -> list[Path]:
        """Remove the PIN and the lockout, whatever state they are in; the files removed."""
        removed = []
        for path in (self._path, self._lockout_path):
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed.append(path)
        return removed

    def matches(self, pin: str) -> bool:
        """Slow on purpose (scrypt): call through ``asyncio.to_thread`` from the GUI. False
        without a usable PIN and for a PIN that is too short to be one."""
        record = self._record()
        if isinstance(record, PinStatus) or not pin.isdigit() or len(pin) < MIN_DIGITS:
            return False
        if not record.matches(pin):
            return False
        if record.legacy:  # the right PIN of an older version: rehash with today's parameters
            try:
                self._write_record(pin)
            except OSError as exc:
                log.warning("could not migrate the staff PIN file: %s", exc)
        return True

    def read_lockout(self) -> Lockout:
        try:
            data = json.loads(self._lockout_path.read_text(encoding="utf-8"))
            return Lockout(int(data["failures"]), float(data["locked_until"]))
        except FileNotFoundError:
            return Lockout()
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            # Only a broken disk gets here (writes are atomic): the in-memory count of the
            # running kiosk still applies; the file is rewritten at the next wrong PIN.
            log.warning("the staff PIN lockout file %s is unusable: %s", self._lockout_path, exc)
            return Lockout()

    def write_lockout(self, lockout: Lockout) -> None:
        write_atomic(
            self._lockout_path,
            json.dumps({"failures": lockout.failures, "locked_until": lockout.locked_until}),
            private=True,
        )

    def clear_lockout(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._lockout_path.unlink()


class Verdict(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"  # refused without checking: wait first
    NO_PIN = "no_pin"
    DAMAGED = "damaged"
    TOO_SHORT = "too_short"  # an older version's PIN of fewer than 6 digits: IT sets a new one


def delay_after(failures: int, first_delay_s: float = FIRST_DELAY_S) -> float:
    """The wait after ``failures`` wrong PINs in a row."""
    extra = failures - FREE_ATTEMPTS
    if extra <= 0:
        return 0.0
    return min(MAX_DELAY_S, first_delay_s * 2.0 ** min(extra - 1, 30))


class PinGuard:
    """Checks PINs off the GUI thread with a growing, persisted delay after wrong ones."""

    def __init__(
        self,
        store: PinStore,
        clock: Callable[[], float] = time.time,
        first_delay_s: float = FIRST_DELAY_S,
    ) -> None:
        self.store = store
        self._clock = clock
        self._first_delay_s = first_delay_s
        self._lockout = store.read_lockout()
        self._unsaved = False  # the last wrong PIN could not be written: memory is newer

    @property
    def failures(self) -> int:
        return self._lockout.failures

    def refresh(self) -> None:
        """Re-read the persisted count (IT may have reset it); a small file read."""
        if self._unsaved:
            return
        on_disk = self.store.read_lockout()
        if on_disk.failures or not self.store.lockout_path.exists():
            self._lockout = on_disk

    def wait_s(self) -> float:
        """Seconds before the next attempt is accepted (0: now). Never more than the delay the
        count earns, so a wall clock set back cannot lock staff out for longer."""
        left = self._lockout.locked_until - self._clock()
        return max(0.0, min(left, delay_after(self._lockout.failures, self._first_delay_s)))

    async def set_pin(self, pin: str) -> None:
        """``PinStore.set_pin`` in a worker thread (scrypt is slow); the lockout ends."""
        await asyncio.to_thread(self.store.set_pin, pin)
        self._lockout, self._unsaved = Lockout(), False

    async def check(self, pin: str) -> Verdict:
        """Whether ``pin`` opens the staff menu. The scrypt check and the file writes run in a
        worker thread (``asyncio.to_thread``): the GUI never waits for them."""
        if self.wait_s() > 0:
            return Verdict.LOCKED
        return await asyncio.to_thread(self._check, pin)

    def _check(self, pin: str) -> Verdict:
        status = self.store.status()
        if status.state is PinState.NONE:
            return Verdict.NO_PIN
        if status.state is PinState.DAMAGED:
            log.warning("the staff PIN file %s is damaged: %s", self.store.path, status.detail)
            return Verdict.DAMAGED
        if status.state is PinState.LEGACY and len(pin) < MIN_DIGITS:
            return Verdict.TOO_SHORT
        if self.store.matches(pin):
            self._lockout, self._unsaved = Lockout(), False
            with contextlib.suppress(OSError):
                self.store.clear_lockout()
            return Verdict.ACCEPTED
        failures = self._lockout.failures + 1
        self._lockout = Lockout(
            failures, self._clock() + delay_after(failures, self._first_delay_s)
        )
        try:
            self.store.write_lockout(self._lockout)
            self._unsaved = False
        except OSError as exc:  # the count in memory still applies until a restart
            self._unsaved = True
            log.warning(
                "could not record a wrong staff PIN in %s: %s", self.store.lockout_path, exc
            )
        return Verdict.WRONG


def record_fields(store: PinStore) -> dict[str, Any]:
    """What ``staff-pin status --json`` shows (no hash, no salt)."""
    status = store.status()
    lockout = store.read_lockout()
    return {
        "state": status.state.value,
        "detail": status.detail or None,
        "path": str(store.path),
        "failures": lockout.failures,
        "lockedUntil": lockout.locked_until or None,
    }
