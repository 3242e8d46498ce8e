"""Keeping personal data out of the journal and the logs.

- The customer key recognises a returning customer (to cancel their previous pending order,
  guide appendix 1) without storing who they are: HMAC-SHA256 of the normalised mobile number
  under a key from the OS keyring (``keys``). Without that key, trying every number of a
  numbering plan against a stolen journal gets nowhere; with it, a key costs a microsecond, so
  registering an order right after the start answer never waits.
- ``Sealer`` encrypts the secrets the journal keeps while an order runs (the customer's mobile
  for the verify call, the target URL) with Fernet, under another key derived from the same
  secret; the journal erases them when the order is done.
- ``scrub`` masks what a provider's text may carry about a person before it is stored or logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re

from cryptography.fernet import Fernet, InvalidToken

from kiosk.srs import mask_msisdn, normalize_msisdn

from .keys import KeySource, derive
from .schema import JournalError

log = logging.getLogger(__name__)


def customer_key(mobile: str, key: bytes) -> str:
    """The key for ``mobile`` under ``key``; equal numbers in any notation match."""
    number = normalize_msisdn(mobile).encode("ascii", "replace")
    return hmac.new(key, number, hashlib.sha256).hexdigest()[:32]


class Sealer:
    """Encrypts and decrypts the journal's per-order secrets, and makes customer keys. Keys are
    fetched from ``source`` on first use (the keyring may be slow: never on the GUI thread)."""

    def __init__(self, source: KeySource) -> None:
        self._source = source
        self._fernet: Fernet | None = None
        self._customer: bytes | None = None

    def ready(self) -> None:
        """Fetch the keys now (e.g. before a start call, so nothing slow comes after it).
        Raises JournalError when there is no key and no place to keep one."""
        if self._fernet is None:
            try:
                secret = self._source.secret()
            except OSError as exc:
                raise JournalError(f"the journal's key cannot be read or stored: {exc}") from exc
            self._customer = derive(secret, "customer key")
            self._fernet = Fernet(base64.urlsafe_b64encode(derive(secret, "fernet")))

    def customer_key(self, mobile: str) -> str:
        self.ready()
        assert self._customer is not None
        return customer_key(mobile, self._customer)

    def seal(self, text: str | None) -> bytes | None:
        if text is None:
            return None
        self.ready()
        assert self._fernet is not None
        return self._fernet.encrypt(text.encode("utf-8"))

    def open(self, token: bytes | None) -> str | None:
        """The text, or None when there is none or it cannot be decrypted (the key changed,
        e.g. a reinstalled keyring): the caller falls back as if it was never stored."""
        if token is None:
            return None
        self.ready()
        assert self._fernet is not None
        try:
            return self._fernet.decrypt(bytes(token)).decode("utf-8")
        except (InvalidToken, UnicodeDecodeError):
            log.warning("a journal secret cannot be decrypted with this installation's key")
            return None


# What looks like a phone number inside a server's text: "+" and 7+ digits (separators allowed),
# or 9+ digits in a row (numbers sent without "+").
_PHONE_LIKE = re.compile(r"\+\d(?:[\s\-./()]?\d){6,}|(?<![\w.-])\d{9,}(?![\w.-])")
# National notation: a leading 0 and 8+ more digits, grouped as people write them
# ("079 123 45 67", "0041 79 123 45 67", "0151/12345678").
_NATIONAL_PHONE = re.compile(r"(?<![\w+])0\d(?:[\s\-./()]{0,2}\d){7,}(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dates (a birth date is personal data): ISO (with an optional time), and day.month.year
# or month/day/year with 2- or 4-digit years.
_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
)


# Terminal escape sequences and control characters: a provider's text must not drive the
# terminal it is printed on (the SRS client cleans what it parses; this also covers the rest).
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _mask_national(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return f"{'*' * (len(digits) - 2)}{digits[-2:]}"


def scrub(text: str | None, limit: int = 300) -> str | None:
    """``text`` without terminal control characters, with e-mail addresses and dates removed
    and phone numbers (international or national notation) masked, cut to ``limit``
    characters; for texts that come from a server (error messages, ISP reasons, statuses)
    before they are logged, stored or printed."""
    if text is None:
        return None
    masked = _CONTROL.sub(" ", _ESCAPE.sub("", text))
    masked = _EMAIL.sub("<e-mail>", masked)
    masked = _DATE.sub("<date>", masked)
    masked = _PHONE_LIKE.sub(lambda m: mask_msisdn(m.group(0)), masked)
    masked = _NATIONAL_PHONE.sub(_mask_national, masked)
    return masked if len(masked) <= limit else masked[: limit - 1] + "…"
