"""Checks on input before it is sent, so staff see every problem at once, in words they can act on.

The rules are those of CONTRACT.md (which the server applies too); per-method rules come from
``catalogue``. Functions named ``*_problems`` return the list (for live form feedback); the
``validate_*`` ones raise :class:`InvalidInput` with one :class:`FieldProblem` per problem.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from kiosk.i18n import QT_TRANSLATE_NOOP

from .catalogue import DataRules, MethodSpec
from .errors import FieldProblem, InvalidInput
from .iso_codes import COUNTRIES, LANGUAGES
from .mobile import is_e164, normalize_msisdn, read_mobile
from .models import IdentityData, Jurisdiction, MethodFilter

MAX_AGE_YEARS = 130

_NAME_CHARS = re.compile(r"[^\W\d_]|[ '\-.]")  # a letter, or one of: space ' - .
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

MOBILE_HINT = QT_TRANSLATE_NOOP(
    "Problem", "%1 must be an international number: + and the country code, e.g. +41 79 123 45 67."
)
ISO_COUNTRY_HINT = QT_TRANSLATE_NOOP("Problem", "%1 must be a two-letter country code, e.g. CH.")
ISO_LANGUAGE_HINT = QT_TRANSLATE_NOOP(
    "Problem", "%1 must be a two-letter language code in lower case, e.g. de."
)
LOA_HINT = QT_TRANSLATE_NOOP("Problem", "%1 must be a level of assurance from 1 to 4.")
JURISDICTION_HINT = QT_TRANSLATE_NOOP("Problem", "%1 must be EIDAS or ZERTES.")


def _name_problem(value: str) -> str | None:
    if len(value) > 100:
        return QT_TRANSLATE_NOOP("Problem", "%1 may have at most 100 characters.")
    if not all(_NAME_CHARS.fullmatch(ch) for ch in value):
        return QT_TRANSLATE_NOOP(
            "Problem",
            "%1 may contain only letters, spaces, apostrophes ('), hyphens (-) and dots (.).",
        )
    if not any(ch.isalpha() for ch in value):
        return QT_TRANSLATE_NOOP("Problem", "%1 must contain at least one letter.")
    return None


def _dob_problem(value: object, today: date) -> FieldProblem | None:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return FieldProblem(
            "dob", QT_TRANSLATE_NOOP("Problem", "%1 must be a real date in the past (YYYY-MM-DD).")
        )
    if value >= today:
        return FieldProblem("dob", QT_TRANSLATE_NOOP("Problem", "%1 must be a date in the past."))
    try:
        oldest = today.replace(year=today.year - MAX_AGE_YEARS)
    except ValueError:  # 29 February
        oldest = today.replace(year=today.year - MAX_AGE_YEARS, day=28)
    if value < oldest:
        return FieldProblem(
            "dob",
            QT_TRANSLATE_NOOP("Problem", "%1 cannot be more than %2 years ago; check the year."),
            (str(MAX_AGE_YEARS),),
        )
    return None


def _mobile_problem(value: str) -> str | None:
    """E.164 (separators and 00 tolerated), as the verify call takes it."""
    return None if is_e164(normalize_msisdn(value)) else MOBILE_HINT


def _identity_mobile_problem(value: str) -> FieldProblem | None:
    """The customer's mobile: international, a valid number of its country, able to receive
    the SMS (the screens read the branch's local notation before: ``read_mobile``)."""
    reading = read_mobile(value)
    return (
        None if reading.problem is None else FieldProblem("mobile", reading.problem, reading.args)
    )


def _email_problem(value: str) -> str | None:
    if len(value) > 254:
        return QT_TRANSLATE_NOOP("Problem", "%1 may have at most 254 characters.")
    if _EMAIL.fullmatch(value) is None:
        return QT_TRANSLATE_NOOP("Problem", "%1 must be an e-mail address like name@example.ch.")
    return None


def _country_problem(value: str) -> str | None:
    if re.fullmatch(r"[A-Z]{2}", value) is None:
        return ISO_COUNTRY_HINT
    return (
        None
        if value in COUNTRIES
        else QT_TRANSLATE_NOOP("Problem", "%1 is not a known country code.")
    )


def _language_problem(value: str) -> str | None:
    if re.fullmatch(r"[a-z]{2}", value) is None:
        return ISO_LANGUAGE_HINT
    return (
        None
        if value in LANGUAGES
        else QT_TRANSLATE_NOOP("Problem", "%1 is not a known language code.")
    )


def _free_text_problem(value: str) -> str | None:
    if len(value) > 100:
        return QT_TRANSLATE_NOOP("Problem", "%1 may have at most 100 characters.")
    if not value.isprintable():
        return QT_TRANSLATE_NOOP(
            "Problem", "%1 may not contain control characters such as line breaks or tabs."
        )
    return None


def _validity_problem(value: object, today: date) -> FieldProblem | None:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return FieldProblem(
            "validity", QT_TRANSLATE_NOOP("Problem", "%1 must be a real date (YYYY-MM-DD).")
        )
    if value < today:
        return FieldProblem(
            "validity",
            QT_TRANSLATE_NOOP("Problem", "%1 has passed: the ID document must still be valid."),
        )
    return None


def _format_problem(field: str, value: object, today: date) -> FieldProblem | None:
    if field == "dob":
        return _dob_problem(value, today)
    if field == "validity":
        return _validity_problem(value, today)
    if not isinstance(value, str):
        return FieldProblem(field, QT_TRANSLATE_NOOP("Problem", "%1 must be text."))
    if field == "mobile":
        return _identity_mobile_problem(value)
    checks = {
        "first_name": _name_problem,
        "last_name": _name_problem,
        "email": _email_problem,
        "country": _country_problem,
        "nationality": _country_problem,
        "language": _language_problem,
        "external_id": _free_text_problem,
        "place_of_birth": _free_text_problem,
    }
    problem = checks[field](value)
    return None if problem is None else FieldProblem(field, problem)


def identity_problems(
    data: IdentityData,
    rules: DataRules | None,
    method_name: str = "",
    *,
    today: date | None = None,
) -> list[FieldProblem]:
    """Every problem with ``data`` for a method with ``rules`` (None: only check formats).

    ``method_name`` (a brand name such as "BankIdent KLARNA") fills the ``%1`` of the
    "required"/"not accepted" texts; without one they say "this method"."""
    today = today or date.today()
    given = data.given()
    named = (method_name,) if method_name else ()
    required = (
        QT_TRANSLATE_NOOP("Problem", "%1 is required for %2.")
        if named
        else QT_TRANSLATE_NOOP("Problem", "%1 is required for this method.")
    )
    refused = (
        QT_TRANSLATE_NOOP("Problem", "%1 is not accepted by %2.")
        if named
        else QT_TRANSLATE_NOOP("Problem", "%1 is not accepted by this method.")
    )
    problems: list[FieldProblem] = []
    if rules is not None:
        for name in sorted(rules.mandatory - given.keys()):
            problems.append(FieldProblem(name, required, named))
    for name, value in given.items():
        if rules is not None and name not in rules.accepted | rules.local:
            problems.append(FieldProblem(name, refused, named))
            continue
        problem = _format_problem(name, value, today)
        if problem is not None:
            problems.append(problem)
    return problems


def validate_identity(
    data: IdentityData, spec: MethodSpec | None, *, today: date | None = None
) -> None:
    """Raise :class:`InvalidInput` unless ``data`` suits the method (None: formats only)."""
    if spec is None:
        problems = identity_problems(data, None, today=today)
    else:
        problems = identity_problems(data, spec.data, spec.name, today=today)
    if problems:
        raise InvalidInput("Some of the customer's details need correcting.", problems)


def _loa_problem(loa: object) -> str | None:
    ok = isinstance(loa, int) and not isinstance(loa, bool) and 1 <= loa <= 4
    return None if ok else LOA_HINT


def _jurisdiction_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return JURISDICTION_HINT
    try:
        Jurisdiction(value)
    except ValueError:
        return JURISDICTION_HINT
    return None


def filter_problems(filters: MethodFilter) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if any(not str(i).strip() for i in filters.issuer):
        problems.append(
            FieldProblem("issuer", QT_TRANSLATE_NOOP("Problem", "%1 must not be empty."))
        )
    for value in filters.jurisdiction:
        if (problem := _jurisdiction_problem(value)) is not None:
            problems.append(FieldProblem("jurisdiction", problem))
            break
    if filters.loa is not None and (problem := _loa_problem(filters.loa)) is not None:
        problems.append(FieldProblem("loa", problem))
    if filters.method_type is not None and not str(filters.method_type).strip():
        problems.append(
            FieldProblem("method_type", QT_TRANSLATE_NOOP("Problem", "%1 must not be empty."))
        )
    return problems


def validate_filter(filters: MethodFilter) -> None:
    if problems := filter_problems(filters):
        raise InvalidInput("The method filter is not valid.", problems)


def validate_verify(msisdn: str, jurisdiction: object, loa: object) -> None:
    problems: list[FieldProblem] = []
    if _mobile_problem(msisdn) is not None:
        problems.append(FieldProblem("msisdn", MOBILE_HINT))
    if (problem := _jurisdiction_problem(jurisdiction)) is not None:
        problems.append(FieldProblem("jurisdiction", problem))
    if (problem := _loa_problem(loa)) is not None:
        problems.append(FieldProblem("loa", problem))
    if problems:
        raise InvalidInput("The verify request is not valid.", problems)
