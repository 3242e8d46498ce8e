"""Masking and normalising mobile numbers."""

from __future__ import annotations

import pytest

from kiosk.srs import format_mobile, is_e164, mask_msisdn, normalize_msisdn, read_mobile


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
        ("+41 (0)79 123 45 67", "+41791234567"),  # the bracketed trunk 0 is not dialled
        ("0041 (0) 79 123 45 67", "+41791234567"),
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


@pytest.mark.parametrize(
    ("typed", "region", "e164", "shown"),
    [
        ("079 123 45 67", "CH", "+41791234567", "+41 79 123 45 67"),
        ("+41 (0)79 123 45 67", "CH", "+41791234567", "+41 79 123 45 67"),
        ("+41 (0)79 123 45 67", None, "+41791234567", "+41 79 123 45 67"),
        ("0041 79 123 45 67", "CH", "+41791234567", "+41 79 123 45 67"),
        ("0041791234567", None, "+41791234567", "+41 79 123 45 67"),
        ("+41 079 123 45 67", "CH", "+41791234567", "+41 79 123 45 67"),
        ("0151 2345 6789", "DE", "+4915123456789", "+49 1512 3456789"),
        ("+49 (0)151 2345 6789", "CH", "+4915123456789", "+49 1512 3456789"),
        ("079-123.45/67", "CH", "+41791234567", "+41 79 123 45 67"),
    ],
)
def test_numbers_as_people_write_them(
    typed: str, region: str | None, e164: str, shown: str
) -> None:
    reading = read_mobile(typed, region)
    assert (reading.e164, reading.problem, reading.display) == (e164, None, shown)


@pytest.mark.parametrize(
    ("typed", "region", "problem", "args"),
    [
        ("079 123 45 67", None, "must be an international number", ()),
        ("+41 79 123 45 6", "CH", "too few digits", ("41",)),
        ("+41 79 123 45 67 8", "CH", "too many digits", ("41",)),
        ("044 123 45 67", "CH", "not a mobile number", ()),
        ("+999 79 123 45 67", "CH", "country code that does not exist", ()),
        ("079 12x 45 67", "CH", "must be a phone number", ()),
        ("peter@example.ch", "CH", "must be a phone number", ()),
        ("", "CH", "must be a phone number", ()),
        ("+41 (0)", "CH", "too few digits", ()),
    ],
)
def test_what_cannot_be_read_gets_a_specific_problem(
    typed: str, region: str | None, problem: str, args: tuple[str, ...]
) -> None:
    reading = read_mobile(typed, region)
    assert reading.e164 is None and reading.display == ""
    assert reading.problem is not None and problem in reading.problem
    assert reading.args == args


def test_never_silently_another_number() -> None:
    """The old reading turned "+41 (0)79 …" into +410791…: a number of someone else, or none."""
    for typed in ("+41 (0)79 123 45 67", "+41 (0) 79 123 45 67", "0041(0)791234567"):
        assert read_mobile(typed, "CH").e164 == "+41791234567"
        assert normalize_msisdn(typed) == "+41791234567"


def test_format_mobile_groups_as_in_the_country() -> None:
    assert format_mobile("+41791234567") == "+41 79 123 45 67"
    assert format_mobile("not a number") == "not a number"
