"""Mobile numbers (MSISDNs): reading them as people write them, checking E.164, and masking for
logs and screens.

The mobile number is the key of the whole registration, so it shows up in many log lines; every
one of them goes through :func:`mask_msisdn`. :func:`read_mobile` reads what people type
(``079 123 45 67`` with the branch's region, ``+41 (0)79 …``, ``0041 …``) with Google's
numbering plans (the ``phonenumbers`` library): a number is never silently changed into another
one; what cannot be read gets a specific problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.i18n import QT_TRANSLATE_NOOP

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# What people type between digits: spaces, dashes, dots, slashes, brackets.
_SEPARATORS = re.compile(r"[\s\-./()]")
# "+41 (0)79 …": the national trunk prefix in brackets after the country code is not dialled
# from abroad; dropping only the brackets would make it part of the number (+410791…).
_BRACKETED_TRUNK = re.compile(r"^(\s*(?:\+|00)\s*\d{1,3})\s*\(\s*0\s*\)")

# ITU-T E.164 country codes that are 1 or 2 digits long; every other code has 3 digits.
_CC1 = frozenset({"1", "7"})
_CC2_TEXT = (
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
)
_CC2 = frozenset(_CC2_TEXT.split())


def normalize_msisdn(raw: str) -> str:
    """Drop separators and turn an international ``00`` prefix into ``+``.

    ``"+41 79 123 45 67"``, ``"+41 (0)79 123 45 67"`` and ``"0041791234567"`` all give
    ``"+41791234567"``. Anything else
    comes back stripped of separators only; :func:`is_e164` says whether the result is usable.
    """
    compact = _SEPARATORS.sub("", _BRACKETED_TRUNK.sub(r"\1", raw))
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


# The problems :func:`read_mobile` finds (context "Problem"; %1 a country calling code).
MOBILE_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Problem", "%1 must be a phone number: digits, spaces and a leading + only."
)
MOBILE_NEEDS_COUNTRY = QT_TRANSLATE_NOOP(
    "Problem", "%1 must be an international number: + and the country code, e.g. +41 79 123 45 67."
)
MOBILE_UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "Problem", "%1 has a country code that does not exist; check the digits after + or 00."
)
MOBILE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Problem", "%1 has too few digits for a number with the country code +%2."
)
MOBILE_TOO_FEW = QT_TRANSLATE_NOOP("Problem", "%1 has too few digits for a phone number.")
MOBILE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Problem", "%1 has too many digits for a number with the country code +%2."
)
MOBILE_INVALID = QT_TRANSLATE_NOOP(
    "Problem", "%1 is not a valid number with the country code +%2; check the digits."
)
MOBILE_NOT_MOBILE = QT_TRANSLATE_NOOP(
    "Problem", "%1 is not a mobile number (a landline or service number): the SMS needs a mobile."
)

# Number types (phonenumbers.PhoneNumberType names) that surely cannot receive the SMS; every
# other type (mobile, fixed line or mobile, unknown) is accepted.
_NOT_MOBILE = frozenset(
    {"FIXED_LINE", "TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "UAN", "VOICEMAIL", "PAGER"}
)
_TYPED = re.compile(r"[\d\s\-./()+]+")


@dataclass(frozen=True)
class MobileReading:
    """What :func:`read_mobile` made of a typed number: ``e164`` when usable, else ``problem``
    (a source text of context "Problem") with its ``args``."""

    e164: str | None = None
    problem: str | None = None
    args: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """The number as staff read it back: ``+41 79 123 45 67`` ("" when not usable)."""
        return format_mobile(self.e164) if self.e164 else ""


def read_mobile(raw: str, default_region: str | None = None) -> MobileReading:
    """Read a mobile number as people write it. ``default_region`` (ISO 3166-1, e.g. "CH")
    places a number written without a country code (``079 123 45 67``); without one, the number
    must start with + or 00. Valid numbers of a type that cannot receive an SMS are refused."""
    # Imported here: the numbering plans are not needed before the first number (start-up).
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

    text = raw.strip()
    if not text or _TYPED.fullmatch(text) is None or not any(ch.isdigit() for ch in text):
        return MobileReading(problem=MOBILE_NOT_A_NUMBER)
    international = text.startswith(("+", "00"))
    if text.startswith("00"):  # the international prefix of nearly every country we serve
        text = "+" + text[2:]
    if international and text.lstrip("+ ").startswith("0"):
        return MobileReading(problem=MOBILE_NEEDS_COUNTRY)  # "+079 …": no country code
    if not international and not default_region:
        return MobileReading(problem=MOBILE_NEEDS_COUNTRY)
    try:
        number = phonenumbers.parse(text, None if international else default_region)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            return MobileReading(
                problem=MOBILE_UNKNOWN_COUNTRY if international else MOBILE_NEEDS_COUNTRY
            )
        if exc.error_type in (
            NumberParseException.TOO_SHORT_NSN,
            NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            return MobileReading(problem=MOBILE_TOO_FEW)
        return MobileReading(problem=MOBILE_NOT_A_NUMBER)
    code = (str(number.country_code),)
    if not phonenumbers.is_valid_number(number):
        # Judged by the lengths of the country's mobile numbers (a landline may be longer).
        judged = number
        if number.italian_leading_zero and _trunk_prefix(number.country_code) == "0":
            # A number too short to be valid keeps its trunk 0 ("079 123 45 6"): not a digit.
            judged = phonenumbers.PhoneNumber(
                country_code=number.country_code, national_number=number.national_number
            )
        possible = phonenumbers.is_possible_number_for_type_with_reason(
            judged, PhoneNumberType.MOBILE
        )
        reasons = phonenumbers.ValidationResult
        if possible == reasons.INVALID_COUNTRY_CODE:
            return MobileReading(problem=MOBILE_UNKNOWN_COUNTRY)
        if possible == reasons.TOO_SHORT:
            return MobileReading(problem=MOBILE_TOO_SHORT, args=code)
        if possible == reasons.TOO_LONG:
            return MobileReading(problem=MOBILE_TOO_LONG, args=code)
        return MobileReading(problem=MOBILE_INVALID, args=code)
    not_mobile = {getattr(PhoneNumberType, name) for name in _NOT_MOBILE}
    if phonenumbers.number_type(number) in not_mobile:
        return MobileReading(problem=MOBILE_NOT_MOBILE)
    return MobileReading(e164=phonenumbers.format_number(number, PhoneNumberFormat.E164))


def _trunk_prefix(country_code: int | None) -> str | None:
    import phonenumbers

    if country_code is None:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return metadata.national_prefix if metadata is not None else None


def format_mobile(e164: str) -> str:
    """An E.164 number grouped as in its country (``+41 79 123 45 67``); as given when it
    cannot be read."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
