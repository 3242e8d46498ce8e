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
    MethodType,
    StartedIdentification,
    Status,
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
