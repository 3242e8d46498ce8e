"""The journal's secret key: encrypts the few secrets it keeps per order and keys the customer key.

One random 32-byte secret per installation, kept in the OS keyring (service "srs-kiosk", user
"journal-key"), never beside the journal: a copied journal file alone reveals no mobile number,
no target URL and no customer behind a customer key. Where the OS offers no usable keyring (a
bare Linux box), the secret lives in a file in the user's config directory (mode 0600), not in
the data directory that holds the journal, and a warning says so.

Two working keys are derived from the secret (HMAC-SHA256 with a label each), so the encryption
key and the customer-key key are independent.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import platformdirs
from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

KEYRING_SERVICE = "srs-kiosk"
KEYRING_USER = "journal-key"
KEY_FILE = "journal-key"
LOCK_FILE = "journal-key.lock"
_SECRET_BYTES = 32
_LOCK_WAIT_S = 30  # another process makes the key: a keyring may ask its user to unlock it


class KeySource(Protocol):
    """Where the journal's secret comes from (tests pass their own)."""

    def secret(self) -> bytes:
        """The installation's secret (at least 32 bytes), created on first use."""
        ...


class StaticKey:
    """A fixed secret: for tests, and for callers that manage the secret themselves."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < _SECRET_BYTES:
            raise ValueError(f"the journal secret needs at least {_SECRET_BYTES} bytes")
        self._secret = secret

    def secret(self) -> bytes:
        return self._secret


class KeyringKey:
    """The secret from the OS keyring, or from a 0600 file in the user's config directory when
    the keyring is unusable. Read once per instance (the keyring may be slow: call it off the
    GUI thread; the journal does, on its own thread)."""

    def __init__(
        self,
        *,
        config_dir: Path | None = None,
        service: str = KEYRING_SERVICE,
        user: str = KEYRING_USER,
    ) -> None:
        self._config_dir = config_dir
        self._service, self._user = service, user
        self._lock = threading.Lock()
        self._cached: bytes | None = None

    def secret(self) -> bytes:
        with self._lock:
            if self._cached is None:
                # Across processes too: the window and a CLI command starting together would
                # each make a secret, and the orders sealed under the one replaced were lost.
                with _one_process_at_a_time(self._folder()):
                    self._cached = self._from_keyring()
                    if self._cached is None:
                        self._cached = self._from_file()
            return self._cached

    def _folder(self) -> Path:
        return self._config_dir or Path(
            platformdirs.user_config_dir(KEYRING_SERVICE, appauthor=False)
        )

    def _from_keyring(self) -> bytes | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(self._service, self._user)
            if stored is not None:
                decoded = _decode(stored)
                if decoded is not None:
                    return decoded
                log.warning(
                    "the journal key in the OS keyring is unreadable; making a new one "
                    "(stored secrets of open orders are lost)"
                )
            fresh = secrets.token_bytes(_SECRET_BYTES)
            keyring.set_password(self._service, self._user, _encode(fresh))
            return fresh
        except (KeyringError, RuntimeError, OSError) as exc:
            # keyring's "no backend" error is a RuntimeError; D-Bus trouble an OSError. The
            # warning comes when the key file is made; later runs only note it.
            log.info(
                "no usable OS keyring (%s); the journal key is in a file in the user's "
                "config directory",
                type(exc).__name__,
            )
            return None

    def _from_file(self) -> bytes:
        path = self._folder() / KEY_FILE
        if path.exists():
            decoded = _decode(path.read_text(encoding="ascii", errors="replace"))
            if decoded is not None:
                if os.name == "posix" and path.stat().st_mode & 0o077:
                    path.chmod(0o600)
                return decoded
            log.warning("the journal key file %s is unreadable; making a new one", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = secrets.token_bytes(_SECRET_BYTES)
        temp = path.with_name(path.name + ".tmp")
        # Created 0600 from the start, then renamed: the secret is never readable by others.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(_encode(fresh))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
        log.warning(
            "no usable OS keyring: created the journal key file %s (mode 0600); "
            "protect the user's config directory like the keyring",
            path,
        )
        return fresh


@contextmanager
def _one_process_at_a_time(folder: Path) -> Iterator[None]:
    """A lock file beside the key file; where it cannot be made (a read-only config folder with
    the key in the keyring), the key is still fetched, only without it."""
    lock = FileLock(folder / LOCK_FILE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=_LOCK_WAIT_S)
    except (OSError, Timeout) as exc:
        log.info("fetching the journal key without the lock file (%s)", type(exc).__name__)
        yield
        return
    try:
        yield
    finally:
        lock.release()


def _encode(secret: bytes) -> str:
    return base64.urlsafe_b64encode(secret).decode("ascii")


def _decode(text: str) -> bytes | None:
    try:
        secret = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, ValueError):
        return None
    return secret if len(secret) >= _SECRET_BYTES else None


def derive(secret: bytes, label: str) -> bytes:
    """An independent 32-byte key for one purpose."""
    return hmac.new(secret, f"srs-kiosk journal {label}".encode(), hashlib.sha256).digest()
