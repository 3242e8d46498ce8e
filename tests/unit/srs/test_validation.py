"""Checking identity data, filters and verify input before anything is sent."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.i18n import fill
from kiosk.srs import FieldProblem, IdentityData, InvalidInput, MethodFilter, identity_problems
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM, MethodSpec
from kiosk.srs.validation import (
    MOBILE_HINT,
    validate_filter,
    validate_identity,
    validate_verify,
)

TODAY = date(2026, 11, 28)


def problems(data: IdentityData, spec: MethodSpec = VIDEO_IDENTITY_TM) -> dict[str, str]:
    return {p.field: p.text for p in identity_problems(data, spec.data, spec.name, today=TODAY)}


def test_good_data_passes() -> None:
    data = IdentityData(
        first_name="Anne-Marie",
        last_name="D'Alessandro",
        dob=date(1979, 1, 30),
        mobile="+41 79 123 45 67",
        email="a.b@example.ch",
        country="CH",
        language="de",
        external_id="SP-42",
        place_of_birth="Zürich",
        nationality="IT",
    )
    validate_identity(data, VIDEO_IDENTITY_TM, today=TODAY)
    validate_identity(IdentityData(), VIDEO_IDENTITY_TM, today=TODAY)  # empty is fine for video


def test_klarna_needs_names_and_birth_date() -> None:
    found = problems(IdentityData(mobile="+41791234567"), BANKIDENT_KLARNA)
    assert found == {
        "first_name": "first_name is required for BankIdent KLARNA.",
        "last_name": "last_name is required for BankIdent KLARNA.",
        "dob": "dob is required for BankIdent KLARNA.",
    }


def test_authada_takes_no_identity_data() -> None:
    data = IdentityData(
        first_name="Max", dob=date(1990, 1, 1), email="max@example.ch", mobile="+41791234567"
    )
    found = problems(data, EID_AUTHADA)
    # The mobile number is the kiosk's own (for verify): checked, never refused.
    assert found == {
        "first_name": "first_name is not accepted by eID AUTHADA.",
        "dob": "dob is not accepted by eID AUTHADA.",
        "email": "email is not accepted by eID AUTHADA.",
    }
    assert problems(IdentityData(mobile="079"), EID_AUTHADA) == {
        "mobile": fill(MOBILE_HINT, "mobile")
    }


def test_identity_tm_takes_a_document_validity_today_or_later() -> None:
    today = date(2026, 12, 4)
    rules = VIDEO_IDENTITY_TM.data
    assert identity_problems(IdentityData(validity=today), rules, today=today) == []
    found = identity_problems(
        IdentityData(validity=date(2026, 12, 3)), VIDEO_IDENTITY_TM.data, today=today
    )
    assert [(p.field, p.text) for p in found] == [
        ("validity", "validity has passed: the ID document must still be valid.")
    ]
    refused = identity_problems(IdentityData(validity=today), BANKIDENT_KLARNA.data, today=today)
    assert "validity" in [p.field for p in refused]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (IdentityData(first_name="R2D2"), "first_name", "only letters"),
        (IdentityData(last_name="x" * 101), "last_name", "at most 100"),
        (IdentityData(last_name="--"), "last_name", "at least one letter"),
        (IdentityData(dob=date(2026, 11, 28)), "dob", "in the past"),
        (IdentityData(dob=date(2030, 1, 1)), "dob", "in the past"),
        (IdentityData(dob=date(1896, 11, 27)), "dob", "130 years"),
        (IdentityData(mobile="079 123 45 67"), "mobile", "+ and the country code"),
        (IdentityData(mobile="+0791234567"), "mobile", "+ and the country code"),
        (IdentityData(email="peter.example.ch"), "email", "e-mail address"),
        (IdentityData(email="a@b"), "email", "e-mail address"),
        (IdentityData(email="a@@b.ch"), "email", "e-mail address"),
        (IdentityData(email="a@" + "b" * 250 + ".ch"), "email", "at most 254"),
        (IdentityData(country="ch"), "country", "two-letter country code, e.g. CH"),
        (IdentityData(country="XX"), "country", "not a known"),
        (IdentityData(nationality="CHE"), "nationality", "two-letter"),
        (IdentityData(language="DE"), "language", "lower case"),
        (IdentityData(language="xx"), "language", "not a known"),
        (IdentityData(external_id="a" * 101), "external_id", "at most 100"),
        (IdentityData(external_id="line\nbreak"), "external_id", "control characters"),
        (IdentityData(place_of_birth="Bern\t"), "place_of_birth", "control characters"),
    ],
)
def test_format_problems_name_the_field(data: IdentityData, field: str, words: str) -> None:
    found = problems(data)
    assert list(found) == [field]
    assert words in found[field]


def test_oldest_allowed_birth_date() -> None:
    assert problems(IdentityData(dob=date(1896, 11, 28))) == {}


def test_every_problem_at_once() -> None:
    data = IdentityData(first_name="M4x", mobile="12", email="nope", language="EN")
    with pytest.raises(InvalidInput) as caught:
        validate_identity(data, BANKIDENT_KLARNA, today=TODAY)
    fields = [p.field for p in caught.value.fields]
    assert sorted(fields) == ["dob", "email", "first_name", "language", "last_name", "mobile"]
    assert caught.value.problem_for("mobile") is not None
    assert "+41" in str(caught.value)  # the hint says what a good number looks like


def test_unknown_method_checks_formats_only() -> None:
    validate_identity(IdentityData(first_name="Max"), None, today=TODAY)
    with pytest.raises(InvalidInput):
        validate_identity(IdentityData(first_name="M4x"), None, today=TODAY)


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        (MethodFilter(loa=0), "loa"),
        (MethodFilter(loa=5), "loa"),
        (MethodFilter(jurisdiction=("EIDAS", "UK")), "jurisdiction"),
        (MethodFilter(issuer=("",)), "issuer"),
        (MethodFilter(method_type=" "), "method_type"),
    ],
)
def test_bad_filters(filters: MethodFilter, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_filter(filters)
    assert [p.field for p in caught.value.fields] == [field]


def test_good_filter() -> None:
    validate_filter(MethodFilter(issuer=("KLARNA",), jurisdiction=("zertes",), loa=3))


def test_verify_input() -> None:
    validate_verify("+41791234567", "zertes", 4)
    with pytest.raises(InvalidInput) as caught:
        validate_verify("0791234567", "MARS", 7)
    assert [p.field for p in caught.value.fields] == ["msisdn", "jurisdiction", "loa"]


def test_problems_are_translatable_templates_with_args() -> None:
    found = identity_problems(
        IdentityData(mobile="+41791234567"),
        BANKIDENT_KLARNA.data,
        BANKIDENT_KLARNA.name,
        today=TODAY,
    )
    first = found[0]
    # The UI translates the template (a constant lupdate extracted), then fills the args in.
    assert first.problem == "%1 is required for %2."  # %1: the field, for every grammar
    assert first.args == ("BankIdent KLARNA",)
    assert first.text == "dob is required for BankIdent KLARNA."
    assert str(first) == "dob is required for BankIdent KLARNA."
    refused = identity_problems(
        IdentityData(dob=date(1990, 1, 1)), EID_AUTHADA.data, EID_AUTHADA.name, today=TODAY
    )
    assert [(p.problem, p.args) for p in refused] == [
        ("%1 is not accepted by %2.", ("eID AUTHADA",))
    ]


def test_without_a_method_name_the_texts_say_this_method() -> None:
    found = identity_problems(IdentityData(), BANKIDENT_KLARNA.data, today=TODAY)
    assert {p.problem for p in found} == {"%1 is required for this method."}
    assert all(p.args == () and p.text == f"{p.field} is required for this method." for p in found)


def test_the_age_limit_is_an_argument() -> None:
    (found,) = identity_problems(IdentityData(dob=date(1800, 1, 1)), None, today=TODAY)
    assert (found.field, found.problem, found.args) == (
        "dob",
        "%1 cannot be more than %2 years ago; check the year.",
        ("130",),
    )
    assert found.text == "dob cannot be more than 130 years ago; check the year."


def test_empty_filter_values_are_translatable_problems() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_filter(MethodFilter(issuer=("",), method_type=" "))
    assert [(p.field, p.problem) for p in caught.value.fields] == [
        ("issuer", "%1 must not be empty."),
        ("method_type", "%1 must not be empty."),
    ]
    assert "issuer must not be empty." in str(caught.value)


def test_field_problem_formatting() -> None:
    # The server's own problem (no %1): read after the field's name.
    plain = FieldProblem("first_name", "must contain at least one letter")
    assert plain.args == () and plain.text == "first_name must contain at least one letter"
    assert str(plain) == "first_name: must contain at least one letter"
    # Ours: a sentence that places the field (%1) itself.
    sentence = FieldProblem("first_name", "%1 must contain at least one letter.")
    assert sentence.sentence("%1 muss mindestens einen Buchstaben enthalten.", "Vorname") == (
        "Vorname muss mindestens einen Buchstaben enthalten."
    )
    # One pass: an argument holding a placeholder is not filled again.
    assert fill("%1 and %2", "a%2", "b") == "a%2 and b"
    assert fill("%1 of %3", "x") == "x of %3"
    assert fill("100%") == "100%"
    error = InvalidInput(
        "Some of the customer's details need correcting.",
        [FieldProblem("dob", "%1 is required for %2.", ("BankIdent KLARNA",))],
    )
    assert error.problem_for("dob") == "dob is required for BankIdent KLARNA."
    assert str(error).endswith("(dob is required for BankIdent KLARNA.)")


@pytest.mark.parametrize(
    ("mobile", "words"),
    [
        ("+41441234567", "not a mobile number"),
        ("+4179123456", "too few digits"),
        ("+41 (0)79 123 45 67", ""),
        ("0041 79 123 45 67", ""),
    ],
)
def test_the_customer_mobile_is_a_valid_mobile(mobile: str, words: str) -> None:
    found = problems(IdentityData(mobile=mobile))
    assert (words in found.get("mobile", "")) if words else found == {}
