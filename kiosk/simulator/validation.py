"""Field rules of the start and verify bodies (the simulator's own reading of the contract)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from kiosk.simulator.catalogue import MethodSpec
from kiosk.simulator.errors import FieldProblem
from kiosk.simulator.iso_codes import COUNTRY_CODES, LANGUAGE_CODES

_NAME_PUNCTUATION = frozenset(" '-.")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_MSISDN_DIGITS = re.compile(r"[1-9][0-9]{6,14}")
MAX_AGE_YEARS = 130

Rule = Callable[[str], str | None]


def _name(value: str) -> str | None:
    if not 1 <= len(value) <= 100:
        return "must be 1 to 100 characters long"
    if not all(ch.isalpha() or ch in _NAME_PUNCTUATION for ch in value):
        return "may contain only letters, spaces, apostrophes, hyphens and dots"
    if not any(ch.isalpha() for ch in value):
        return "must contain at least one letter"
    return None


def _dob(value: str) -> str | None:
    problem = "must be a real date in the past (YYYY-MM-DD)"
    if not _DATE.fullmatch(value):
        return problem
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return problem
    today = datetime.now(UTC).date()
    if born >= today:
        return problem
    try:
        oldest = today.replace(year=today.year - MAX_AGE_YEARS)
    except ValueError:  # today is 29 February
        oldest = today.replace(year=today.year - MAX_AGE_YEARS, day=28)
    if born < oldest:
        return f"must be at most {MAX_AGE_YEARS} years ago"
    return None


def _validity(value: str) -> str | None:
    """The ID document's validity (its expiry date): a real date, not already past."""
    problem = "must be the ID document's expiry date (YYYY-MM-DD), today or later"
    if not _DATE.fullmatch(value):
        return problem
    try:
        until = date.fromisoformat(value)
    except ValueError:
        return problem
    return problem if until < datetime.now(UTC).date() else None


def _mobile(value: str) -> str | None:
    if _E164.fullmatch(value):
        return None
    return "must be an E.164 number: '+', then 7 to 15 digits, the first not 0 (e.g. +41791234567)"


def _email(value: str) -> str | None:
    problem = "must be an e-mail address like name@example.com (at most 254 characters)"
    if len(value) > 254 or value.count("@") != 1 or any(ch.isspace() for ch in value):
        return problem
    local, domain = value.split("@")
    if not local or "." not in domain or domain.startswith(".") or domain.endswith("."):
        return problem
    return None


def _country(value: str) -> str | None:
    if value in COUNTRY_CODES:
        return None
    return "must be an ISO 3166-1 alpha-2 country code in upper case (e.g. CH)"


def _language(value: str) -> str | None:
    if value in LANGUAGE_CODES:
        return None
    return "must be an ISO 639-1 language code in lower case (e.g. de)"


def _place_of_birth(value: str) -> str | None:
    if not 1 <= len(value) <= 100 or not value.strip():
        return "must be 1 to 100 characters long"
    return None


def _external_id(value: str) -> str | None:
    if not 1 <= len(value) <= 100 or not value.isprintable():
        return "must be 1 to 100 printable characters"
    return None


FIELD_RULES: Mapping[str, Rule] = {
    "firstName": _name,
    "lastName": _name,
    "dob": _dob,
    "mobile": _mobile,
    "email": _email,
    "country": _country,
    "nationality": _country,
    "language": _language,
    "placeOfBirth": _place_of_birth,
    "externalId": _external_id,
    "validity": _validity,
}


def check_start_body(
    body: Mapping[str, object], spec: MethodSpec
) -> tuple[dict[str, str], list[FieldProblem]]:
    """(accepted fields, problems). A JSON null counts as 'not given'."""
    fields: dict[str, str] = {}
    problems: list[FieldProblem] = []
    for name, value in body.items():
        if name not in spec.accepted_fields:
            reason = spec.refused_fields.get(name, "not accepted by this method")
            problems.append(FieldProblem(name, reason))
            continue
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(FieldProblem(name, "must be a string"))
            continue
        problem = FIELD_RULES[name](value)
        if problem is not None:
            problems.append(FieldProblem(name, problem))
        else:
            fields[name] = value
    for name in sorted(spec.mandatory_fields):
        if body.get(name) is None:
            problems.append(FieldProblem(name, f"is mandatory for {spec.issuer} {spec.method}"))
    return fields, problems


@dataclass(frozen=True)
class VerifyRequest:
    jurisdiction: str  # upper case
    msisdn: str  # E.164 with '+'
    assurance_level: int
    distinguished_name: str | None


VERIFY_FIELDS = ("jurisdiction", "msisdn", "assuranceLevel", "distinguishedName")
JURISDICTIONS = ("EIDAS", "ZERTES")
EU_CH = {"EU": "EIDAS", "CH": "ZERTES"}  # guide §5.1's names (the jurisdiction-eu-ch dialect)


def check_verify_body(
    body: Mapping[str, object], *, eu_ch: bool = False, dn_required: bool = False
) -> tuple[VerifyRequest | None, list[FieldProblem]]:
    """`eu_ch`: EU and CH are taken too (as EIDAS and ZERTES); `dn_required`: a missing
    distinguishedName is a problem."""
    names = {**{j: j for j in JURISDICTIONS}, **(EU_CH if eu_ch else {})}
    shown = " or ".join(names)
    problems = [
        FieldProblem(name, "not accepted by the verify call")
        for name in body
        if name not in VERIFY_FIELDS
    ]

    jurisdiction = body.get("jurisdiction")
    if jurisdiction is None:
        problems.append(FieldProblem("jurisdiction", f"is mandatory ({shown})"))
    elif not isinstance(jurisdiction, str) or jurisdiction.upper() not in names:
        problems.append(FieldProblem("jurisdiction", f"must be {shown}"))

    msisdn = body.get("msisdn")
    normalised: str | None = None
    if msisdn is None:
        problems.append(FieldProblem("msisdn", "is mandatory (the customer's mobile number)"))
    elif isinstance(msisdn, str) and (_E164.fullmatch(msisdn) or _MSISDN_DIGITS.fullmatch(msisdn)):
        normalised = msisdn if msisdn.startswith("+") else "+" + msisdn
    else:
        problems.append(
            FieldProblem(
                "msisdn", "must be an E.164 number like +41791234567 (the '+' may be left out)"
            )
        )

    level = _assurance_level(body.get("assuranceLevel"))
    if level is None:
        problems.append(FieldProblem("assuranceLevel", "must be 1, 2, 3 or 4 (number or string)"))

    dn = body.get("distinguishedName")
    if dn is None and dn_required:
        problems.append(
            FieldProblem(
                "distinguishedName",
                "is mandatory (e.g. cn=Max Maximus, givenname=Max, surname=Maximus, c=RO)",
            )
        )
    if dn is not None and (not isinstance(dn, str) or not 1 <= len(dn) <= 500):
        problems.append(
            FieldProblem("distinguishedName", "must be a string of 1 to 500 characters")
        )

    if problems or normalised is None or level is None or not isinstance(jurisdiction, str):
        return None, problems
    return (
        VerifyRequest(
            jurisdiction=names[jurisdiction.upper()],
            msisdn=normalised,
            assurance_level=level,
            distinguished_name=dn if isinstance(dn, str) else None,
        ),
        problems,
    )


def _assurance_level(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        level = value
    elif isinstance(value, str) and value in ("1", "2", "3", "4"):
        level = int(value)
    else:
        return None
    return level if 1 <= level <= 4 else None
