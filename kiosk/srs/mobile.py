"""Mobile numbers (MSISDNs): normalising, checking E.164, and masking for logs and screens.

The mobile number is the key of the whole registration, so it shows up in many log lines; every
one of them goes through :func:`mask_msisdn`.
"""

from __future__ import annotations

import re

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# What people type between digits: spaces, dashes, dots, slashes, brackets.
_SEPARATORS = re.compile(r"[\s\-./()]")

# ITU-T E.164 country codes that are 1 or 2 digits long; every other code has 3 digits.
_CC1 = frozenset({"1", "7"})
_CC2_TEXT = (
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
)
_CC2 = frozenset(_CC2_TEXT.split())


def normalize_msisdn(raw: str) -> str:
    """Drop separators and turn an international ``00`` prefix into ``+``.

    ``"+41 79 123 45 67"`` and ``"0041791234567"`` both give ``"+41791234567"``. Anything else
    comes back stripped of separators only; :func:`is_e164` says whether the result is usable.
    """
    compact = _SEPARATORS.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    return compact


def is_e164(value: str) -> bool:
    """``+`` then 7–15 digits, the first not 0 (already normalised, no separators)."""
    return _E164.fullmatch(value) is not None


def _country_code(digits: str) -> str:
    if digits[:1] in _CC1:
        return digits[:1]
    if digits[:2] in _CC2:
        return digits[:2]
    return digits[:3]


def mask_msisdn(value: str | None) -> str:
    """A number fit for logs: ``"+41791234567"`` → ``"+41 79 *** ** 67"``.

    Keeps the country code, the first two and the last two digits of the national number. Input
    that is not a phone number at all is never echoed.
    """
    if value is None:
        return "-"
    compact = normalize_msisdn(value)
    digits = compact.removeprefix("+")
    if not digits.isdigit() or not 7 <= len(digits) <= 15:
        return "<not a phone number>"
    cc = _country_code(digits)
    national = digits[len(cc) :]
    if len(national) < 6:
        return f"+{cc} {'*' * (len(national) - 2)} {national[-2:]}"
    hidden = len(national) - 4
    groups = ["*" * min(3, hidden)]
    rest = hidden - len(groups[0])
    while rest > 0:
        groups.append("*" * min(2, rest))
        rest -= len(groups[-1])
    return f"+{cc} {national[:2]} {' '.join(groups)} {national[-2:]}"
