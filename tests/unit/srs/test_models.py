"""Enums, final statuses and reprs that keep personal data out of logs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.srs import (
    ClientCredentials,
    Evidence,
    IdentificationStatus,
    IdentityData,
    Jurisdiction,
    Method,
    MethodType,
    StartedIdentification,
    Status,
    distinguished_name,
)


def test_final_statuses() -> None:
    final = {s for s in Status if s.is_final}
    assert final == {
        Status.TERMINATED,
        Status.ERROR,
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
        Status.CANCELLED,
        Status.EXPIRED,
    }


@pytest.mark.parametrize(
    ("raw", "member"),
    [("zertes", Jurisdiction.ZERTES), (" EIDAS ", Jurisdiction.EIDAS)],
)
def test_jurisdiction_ignores_case(raw: str, member: Jurisdiction) -> None:
    assert Jurisdiction(raw) is member


@pytest.mark.parametrize(
    ("raw", "member"),
    [("video", MethodType.VIDEO), ("EID", MethodType.EID), ("bankIdent", MethodType.BANKIDENT)],
)
def test_method_type_ignores_case(raw: str, member: MethodType) -> None:
    assert MethodType(raw) is member


def test_unknown_enum_values_are_refused() -> None:
    with pytest.raises(ValueError, match="UK"):
        Jurisdiction("UK")


PERSON = IdentityData(
    first_name="Peter",
    last_name="Amrhyn",
    dob=date(1979, 1, 30),
    mobile="+41775383140",
    email="peter.amrhyn@example.ch",
    place_of_birth="Bern",
    country="CH",
    external_id="123456789AA",
)


def test_identity_repr_hides_the_person() -> None:
    text = repr(PERSON)
    for secret in ("Peter", "Amrhyn", "1979", "peter.amrhyn", "Bern", "+41775383140"):
        assert secret not in text
    assert "+41 77 *** ** 40" in text
    assert "country='CH'" in text
    assert str(PERSON) == text


def test_identity_given_skips_blank_fields() -> None:
    data = IdentityData(first_name="  ", last_name="Muster", email="")
    assert data.given() == {"last_name": "Muster"}


def test_credentials_repr_hides_the_secret() -> None:
    creds = ClientCredentials("misswaggerclient", "misswaggerclientsecret")
    assert "misswaggerclientsecret" not in repr(creds)
    assert "misswaggerclientsecret" not in str(creds)
    assert "misswaggerclient" in repr(creds)


def test_started_repr_hides_tokens_and_url_capability() -> None:
    started = StartedIdentification(
        ref_id="r1",
        issuer="AUTHADA",
        method="eid",
        status=Status.INITIALIZED,
        target_url="https://isp.example/eid/SECRET-PATH",
        mobile_token="MOBTOKEN",
        session_token="SESSTOKEN",
    )
    text = repr(started)
    assert "SECRET-PATH" not in text
    assert "MOBTOKEN" not in text
    assert "SESSTOKEN" not in text
    assert "r1" in text
    assert "isp.example" in text


def test_status_repr_masks_mobile_and_finds_times() -> None:
    at = datetime(2026, 11, 28, 10, tzinfo=UTC)
    status = IdentificationStatus(
        ref_id="r1",
        issuer="KLARNA",
        method="bankident",
        mobile="+41791234567",
        status=Status.TERMINATED,
        history=((Status.CREATED, at), (Status.TERMINATED, at)),
    )
    assert "+41791234567" not in repr(status)
    assert status.is_final
    assert status.reached_at(Status.TERMINATED) == at
    assert status.reached_at(Status.ERROR) is None


def test_evidence_repr_masks_msisdn() -> None:
    evidence = Evidence("ev1", "+41791234567", Jurisdiction.ZERTES, 4)
    assert "+41791234567" not in repr(evidence)
    assert "ev1" in repr(evidence)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("INITIALIZED", Status.INITIALIZED),
        ("Initialized", Status.INITIALIZED),
        ("Identification done", Status.IDENTIFICATION_DONE),
        ("IDENTIFICATION_DONE", Status.IDENTIFICATION_DONE),
        ("Data ready", Status.DATA_READY),
        ("data-ready", Status.DATA_READY),
        ("Terminated", Status.TERMINATED),
        ("Negative Identification", Status.IDENTIFICATION_NEGATIVELY_CONDUCTED),
        ("IDENTIFICATION_NEGATIVELY_CONDUCTED", Status.IDENTIFICATION_NEGATIVELY_CONDUCTED),
        ("Canceled", Status.CANCELLED),
        ("Cancelled", Status.CANCELLED),
        (" created ", Status.CREATED),
        ("Video call booked", Status.IN_PROGRESS),
        ("", Status.IN_PROGRESS),
    ],
)
def test_status_from_every_spelling(text: str, status: Status) -> None:
    assert Status.from_wire(text) is status


def test_an_unknown_status_is_not_final() -> None:
    assert not Status.IN_PROGRESS.is_final


@pytest.mark.parametrize(
    ("raw", "member"),
    [("EU", Jurisdiction.EIDAS), ("ch", Jurisdiction.ZERTES), ("eIDAS", Jurisdiction.EIDAS)],
)
def test_jurisdiction_takes_the_region_spelling(raw: str, member: Jurisdiction) -> None:
    assert Jurisdiction(raw) is member
    assert member.region in ("EU", "CH")


def test_a_method_of_an_unknown_type_keeps_the_raw_type() -> None:
    known = Method("KLARNA", "bankident", MethodType.BANKIDENT, "BankIdent")
    new = Method("NEW", "selfie", "Selfie", "Selfie")
    assert known.known_type is MethodType.BANKIDENT
    assert new.known_type is None
    assert str(new.method_type) == "Selfie"
    assert (new.loa, new.offline, new.webflow, new.realtime) == (None, None, None, None)


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("Max", "Maximus", "ro"), "cn=Max Maximus, givenname=Max, surname=Maximus, c=RO"),
        (("Max", "Maximus"), "cn=Max Maximus, givenname=Max, surname=Maximus"),
        (
            (" Anna  Maria ", "Muster", None),
            "cn=Anna Maria Muster, givenname=Anna Maria, surname=Muster",
        ),
        (("Jo", "Smith, Jr."), r"cn=Jo Smith\, Jr., givenname=Jo, surname=Smith\, Jr."),
    ],
)
def test_distinguished_name_as_in_swisscoms_sample(args: tuple[str, ...], name: str) -> None:
    assert distinguished_name(*args) == name


def test_a_late_target_url_and_status_text_in_reprs() -> None:
    started = StartedIdentification(ref_id="R", issuer="KLARNA", method="bankident")
    assert started.status is Status.CREATED and started.target_url is None
    assert "target_url=None" in repr(started)
    status = IdentificationStatus(
        ref_id="R",
        issuer=None,
        method=None,
        mobile=None,
        status=Status.IN_PROGRESS,
        status_text="Video call booked",
        target_url="https://isp.example/session/SECRET",
    )
    assert "Video call booked" in repr(status)
    assert "SECRET" not in repr(status)
