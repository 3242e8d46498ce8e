"""Masking and normalising mobile numbers."""

from __future__ import annotations

import pytest

from kiosk.srs import is_e164, mask_msisdn, normalize_msisdn


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+41791234567", "+41 79 *** ** 67"),
        ("+4915112345678", "+49 15 *** ** ** 78"),
        ("+12025550123", "+1 20 *** ** * 23"),
        ("+35312345678", "+353 12 *** * 78"),
        ("0041 79 123 45 67", "+41 79 *** ** 67"),
        ("+3531234", "+353 ** 34"),
    ],
)
def test_mask_keeps_country_code_and_edges_only(number: str, masked: str) -> None:
    assert mask_msisdn(number) == masked


@pytest.mark.parametrize("junk", ["Peter Amrhyn", "", "+12", "peter@example.ch"])
def test_mask_never_echoes_something_that_is_not_a_number(junk: str) -> None:
    assert mask_msisdn(junk) == "<not a phone number>"


def test_mask_of_none() -> None:
    assert mask_msisdn(None) == "-"


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("+41 79 123 45 67", "+41791234567"),
        ("0041-79-123.45.67", "+41791234567"),
        ("+41 (0)79", "+41079"),
        ("41791234567", "41791234567"),
    ],
)
def test_normalize(raw: str, normal: str) -> None:
    assert normalize_msisdn(raw) == normal


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("+41791234567", True),
        ("+1234567", True),
        ("+123456789012345", True),
        ("+1234567890123456", False),  # 16 digits
        ("+123456", False),
        ("+0791234567", False),
        ("41791234567", False),
        ("+41 79 123 45 67", False),  # separators: normalise first
    ],
)
def test_e164(value: str, ok: bool) -> None:
    assert is_e164(value) is ok
