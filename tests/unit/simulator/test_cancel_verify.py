"""DELETE /api/identifications/{refId} and the RA verify call."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from tests.unit.simulator.conftest import EVIDENCE_JSON, KLARNA_PERSON, PROVIDER_JSON, Api


@pytest.fixture
def api(shared_api: Api) -> Api:
    """These tests use their own orders and numbers, so one simulator serves the module."""
    return shared_api


# -- cancel ------------------------------------------------------------------------------


def test_cancel_a_pending_order(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    response = api.delete(f"/api/identifications/{ref_id}")
    assert response.status_code == 200
    assert response.headers["content-type"] == PROVIDER_JSON
    body = response.json()
    assert body["refId"] == ref_id
    assert body["status"] == "CANCELLED"
    assert body["statuses"][-1]["status"] == "CANCELLED"
    api.advance(3 * 3600)
    assert api.status(ref_id)["status"] == "CANCELLED"  # nothing moves after a cancel


def test_cancel_is_idempotent(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", KLARNA_PERSON)
    first = api.delete(f"/api/identifications/{ref_id}").json()
    second = api.delete(f"/api/identifications/{ref_id}")
    assert second.status_code == 200
    assert second.json() == first
    assert [e["status"] for e in first["statuses"]].count("CANCELLED") == 1


@pytest.mark.parametrize("final", ["TERMINATED", "ERROR", "IDENTIFICATION_NEGATIVELY_CONDUCTED"])
def test_cancelling_another_final_status_conflicts(api: Api, final: str) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {})
    assert api.force(ref_id, final).status_code == 200
    response = api.delete(f"/api/identifications/{ref_id}")
    assert response.status_code == 409
    assert response.json()["error"] == "conflict"
    assert final in response.json()["message"]


def test_cancelling_an_unknown_order_is_404(api: Api) -> None:
    response = api.delete("/api/identifications/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


# -- verify ------------------------------------------------------------------------------


def _terminated(api: Api, issuer: str, method: str, mobile: str, **extra: str) -> str:
    if issuer == "AUTHADA":  # takes no initial data: the customer gives the number in the app
        ref_id = api.start_ok(issuer, method, {"externalId": "SIM-WAIT", **extra})
        done = api.http.post(f"{api.target_url(ref_id)}/complete", json={"mobile": mobile})
        assert done.status_code == 200, done.text
        api.advance(2 * 3600)
        assert api.status(ref_id)["status"] == "TERMINATED"
        return ref_id
    body: dict[str, Any] = {"mobile": mobile, **extra}
    if method == "bankident":
        body.update(KLARNA_PERSON)
    ref_id = api.start_ok(issuer, method, body)
    api.advance(2 * 3600)
    assert api.status(ref_id)["status"] == "TERMINATED"
    return ref_id


def test_verify_success(api: Api) -> None:
    _terminated(api, "IDENTITY.TM", "video", "+41791234567")
    response = api.verify(
        {"jurisdiction": "zertes", "msisdn": "+41791234567", "assuranceLevel": "4"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == EVIDENCE_JSON
    body = response.json()
    assert set(body) == {
        "evidenceId",
        "msisdn",
        "jurisdiction",
        "assuranceLevel",
        "issuer",
        "method",
        "validUntil",
        "createdAt",
    }
    assert body["msisdn"] == "+41791234567"
    assert body["jurisdiction"] == "ZERTES"
    assert body["assuranceLevel"] == 4
    assert (body["issuer"], body["method"]) == ("IDENTITY.TM", "video")
    until = datetime.fromisoformat(body["validUntil"])
    assert 5 * 365 <= (until - datetime.now(UTC)).days <= 5 * 366  # five years of validity


def test_verify_is_stable_and_accepts_variants(api: Api) -> None:
    _terminated(api, "AUTHADA", "eid", "+4915112345678")
    first = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915112345678", "assuranceLevel": 4})
    variants: list[dict[str, Any]] = [
        {"jurisdiction": "eidas", "msisdn": "4915112345678", "assuranceLevel": "3"},
        {
            "jurisdiction": "Eidas",
            "msisdn": "+4915112345678",
            "assuranceLevel": 1,
            "distinguishedName": "cn=Max Maximus, c=DE",
        },
    ]
    for body in variants:
        response = api.verify(body)
        assert response.status_code == 200, response.text
        assert response.json()["evidenceId"] == first.json()["evidenceId"]
    vnd = api.http.post(
        "/api/evidences/verify",
        headers={"Content-Type": EVIDENCE_JSON},
        json=variants[0],
    )
    assert vnd.status_code == 200


def test_verify_of_an_unknown_number(http: httpx.Client) -> None:
    # A simulator of its own: in the shared one an evidence without a number waits for the
    # first verify to claim it (see test_an_evidence_without_a_number_goes_to_the_first_verify).
    api = Api(http)
    response = api.verify({"jurisdiction": "EIDAS", "msisdn": "+41790000009", "assuranceLevel": 4})
    assert response.status_code == 404
    body = response.json()
    assert body["error"] == "evidence_not_found"
    assert "No identification" in body["message"]


@pytest.mark.parametrize(
    ("issuer", "method", "body"),
    [
        (
            "AUTHADA",
            "eid",
            {"externalId": "B-1"},
        ),  # takes no number: the customer gives it in the app
        ("IDENTITY.TM", "video", {"lastName": "Muster"}),  # surname only: SMS challenge in the call
        ("KLARNA", "bankident", KLARNA_PERSON),  # the number is optional: Klarna's SMS challenge
    ],
)
def test_an_evidence_without_a_number_goes_to_the_first_verify(
    http: httpx.Client, issuer: str, method: str, body: dict[str, str]
) -> None:
    api = Api(http)
    ref_id = api.start_ok(issuer, method, body)
    api.advance(2 * 3600)
    assert "mobile" not in api.status(ref_id) or api.status(ref_id)["mobile"] is None
    first = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000001", "assuranceLevel": 4})
    assert first.status_code == 200, first.text
    assert api.status(ref_id)["mobile"] == "+4915100000001"  # bound now
    other = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000002", "assuranceLevel": 4})
    assert other.status_code == 404
    again = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000001", "assuranceLevel": 4})
    assert again.json()["evidenceId"] == first.json()["evidenceId"]


def test_authada_evidence_without_terms_is_claimed_too(http: httpx.Client) -> None:
    api = Api(http)
    api.start_ok("AUTHADA", "eid", {"externalId": "SIM-NOTERMS"})
    running = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    api.advance(2 * 3600)
    answer = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000003", "assuranceLevel": 4})
    assert answer.status_code == 404
    assert "terms and conditions" in answer.json()["message"]
    # an order still in progress has no number yet: nobody claims it
    other = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000004", "assuranceLevel": 4})
    assert "No identification is known" in other.json()["message"]
    assert api.status(running)["mobile"] is None


def test_the_isp_page_may_give_the_number(http: httpx.Client) -> None:
    # The ISP collected the number in its flow and the SRS knows it with the evidence.
    api = Api(http)
    surname_only = api.start_ok(
        "IDENTITY.TM", "video", {"lastName": "Muster", "externalId": "SIM-WAIT"}
    )
    done = api.http.post(
        f"{api.target_url(surname_only)}/complete", json={"mobile": "+41791230050"}
    )
    assert done.status_code == 200, done.text
    # A number given at the start stays the order's: the page's does not replace it.
    with_number = api.start_ok(
        "KLARNA", "bankident", {**KLARNA_PERSON, "mobile": "+41791230051", "externalId": "SIM-WAIT"}
    )
    done = api.http.post(f"{api.target_url(with_number)}/complete", json={"mobile": "+41791230052"})
    assert done.status_code == 200, done.text
    api.advance(2 * 3600)
    assert api.status(surname_only)["mobile"] == "+41791230050"
    assert api.status(with_number)["mobile"] == "+41791230051"
    for number in ("+41791230050", "+41791230051"):
        answer = api.verify({"jurisdiction": "EIDAS", "msisdn": number, "assuranceLevel": 4})
        assert answer.status_code == 200, answer.text
    # Every order has its number: an unknown one claims nothing.
    other = api.verify({"jurisdiction": "EIDAS", "msisdn": "+41791230052", "assuranceLevel": 4})
    assert other.status_code == 404


def test_verify_before_termination(api: Api) -> None:
    api.start_ok("IDENTITY.TM", "video", {"mobile": "+41791230000"})
    response = api.verify({"jurisdiction": "EIDAS", "msisdn": "+41791230000", "assuranceLevel": 4})
    assert response.status_code == 404
    assert "reached TERMINATED yet" in response.json()["message"]


def test_verify_after_an_error(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": "+41791230001"})
    api.force(ref_id, "ERROR", "Document expired")
    response = api.verify({"jurisdiction": "EIDAS", "msisdn": "+41791230001", "assuranceLevel": 4})
    assert response.status_code == 404
    assert "Document expired" in response.json()["message"]


def test_verify_for_a_jurisdiction_the_method_does_not_serve(api: Api) -> None:
    _terminated(api, "AUTHADA", "eid", "+41791230002")
    response = api.verify({"jurisdiction": "ZERTES", "msisdn": "+41791230002", "assuranceLevel": 4})
    assert response.status_code == 404
    assert "does not cover ZERTES" in response.json()["message"]


def test_verify_picks_the_order_that_serves(api: Api) -> None:
    mobile = "+41791230003"
    _terminated(api, "AUTHADA", "eid", mobile)
    _terminated(api, "IDENTITY.TM", "video", mobile)
    response = api.verify({"jurisdiction": "ZERTES", "msisdn": mobile, "assuranceLevel": 4})
    assert response.json()["issuer"] == "IDENTITY.TM"


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"jurisdiction", "msisdn", "assuranceLevel"}),
        ({"msisdn": "+41791234567", "assuranceLevel": 4}, {"jurisdiction"}),
        ({"jurisdiction": "CH", "msisdn": "+41791234567", "assuranceLevel": 4}, {"jurisdiction"}),
        ({"jurisdiction": 1, "msisdn": "+41791234567", "assuranceLevel": 4}, {"jurisdiction"}),
        ({"jurisdiction": "EIDAS", "msisdn": "079 123", "assuranceLevel": 4}, {"msisdn"}),
        ({"jurisdiction": "EIDAS", "msisdn": 41791234567, "assuranceLevel": 4}, {"msisdn"}),
        (
            {"jurisdiction": "EIDAS", "msisdn": "+41791234567", "assuranceLevel": 5},
            {"assuranceLevel"},
        ),
        (
            {"jurisdiction": "EIDAS", "msisdn": "+41791234567", "assuranceLevel": "four"},
            {"assuranceLevel"},
        ),
        (
            {"jurisdiction": "EIDAS", "msisdn": "+41791234567", "assuranceLevel": True},
            {"assuranceLevel"},
        ),
        (
            {"jurisdiction": "EIDAS", "msisdn": "+41791234567", "assuranceLevel": 4.0},
            {"assuranceLevel"},
        ),
        (
            {
                "jurisdiction": "EIDAS",
                "msisdn": "+41791234567",
                "assuranceLevel": 4,
                "distinguishedName": 7,
            },
            {"distinguishedName"},
        ),
        (
            {"jurisdiction": "EIDAS", "msisdn": "+41791234567", "assuranceLevel": 4, "pin": "1234"},
            {"pin"},
        ),
    ],
)
def test_verify_validation(api: Api, body: dict[str, Any], fields: set[str]) -> None:
    response = api.verify(body)
    assert response.status_code == 422
    answer = response.json()
    assert answer["error"] == "invalid_fields"
    assert {problem["field"] for problem in answer["fields"]} == fields


def test_verify_malformed_body_and_wrong_type(api: Api) -> None:
    broken = api.http.post(
        "/api/evidences/verify", headers={"Content-Type": "application/json"}, content=b"{"
    )
    assert broken.status_code == 400
    assert broken.json()["error"] == "invalid_json"
    plain = api.http.post(
        "/api/evidences/verify", headers={"Content-Type": "text/plain"}, content=b"{}"
    )
    assert plain.status_code == 415
    huge = api.http.post(
        "/api/evidences/verify",
        headers={"Content-Type": "application/json"},
        content=b" " * (64 * 1024 + 1),
    )
    assert huge.status_code == 413


def test_a_claim_binds_the_order_the_customer_just_finished(http: httpx.Client) -> None:
    # Review item 5: the number went to the earliest order without one, another customer's.
    api = Api(http)
    older = api.start_ok("AUTHADA", "eid", {})
    api.advance(2 * 3600)
    mine = api.start_ok("AUTHADA", "eid", {})
    api.advance(2 * 3600)
    answer = api.verify({"jurisdiction": "EIDAS", "msisdn": "+4915100000011", "assuranceLevel": 4})
    assert answer.status_code == 200, answer.text
    assert api.status(mine)["mobile"] == "+4915100000011"
    assert api.status(older)["mobile"] is None


def test_a_known_number_claims_its_new_identification(http: httpx.Client) -> None:
    api = Api(http)
    body = {"jurisdiction": "EIDAS", "msisdn": "+4915100000012", "assuranceLevel": 4}
    first = api.start_ok("AUTHADA", "eid", {})
    api.advance(2 * 3600)
    old = api.verify(body).json()["evidenceId"]
    # The same customer again, T&C never accepted: the number has the new order now, and the
    # RA still answers the number's earlier evidence (the kiosk tells them apart).
    again = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-NOTERMS"})
    api.advance(2 * 3600)
    assert api.verify(body).json()["evidenceId"] == old
    assert api.status(again)["mobile"] == "+4915100000012"
    # And once more, successfully: the new evidence.
    third = api.start_ok("AUTHADA", "eid", {})
    api.advance(2 * 3600)
    new = api.verify(body).json()
    assert new["evidenceId"] not in (None, old)
    assert api.status(third)["mobile"] == api.status(first)["mobile"] == "+4915100000012"
    assert new["createdAt"] > api.status(first)["statuses"][-1]["at"]


def test_a_number_with_an_order_in_play_claims_no_other(http: httpx.Client) -> None:
    api = Api(http)
    api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": "+41791230060"})
    api.advance(2 * 3600)
    other = api.start_ok("AUTHADA", "eid", {})  # another customer's, no number yet
    api.advance(2 * 3600)
    body = {"jurisdiction": "EIDAS", "msisdn": "+41791230060", "assuranceLevel": 4}
    assert api.verify(body).status_code == 200
    assert api.status(other)["mobile"] is None


def test_a_number_waiting_for_its_terms_claims_no_other_customers_order(
    http: httpx.Client,
) -> None:
    # The tracking bench: many customers verifying at once, one number took the orders of two
    # (its own waited for the T&C), and the other customer's verify never found evidence.
    api = Api(http)
    mine = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-NOTERMS"})
    theirs = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    api.advance(2 * 3600)
    body = {"jurisdiction": "EIDAS", "msisdn": "+4915100000021", "assuranceLevel": 4}
    assert "terms and conditions" in api.verify(body).json()["message"]
    assert api.status(mine)["mobile"] == "+4915100000021"
    api.force(theirs, "TERMINATED")  # the other customer's ends later
    assert "terms and conditions" in api.verify(body).json()["message"]
    assert api.status(theirs)["mobile"] is None
    other = {**body, "msisdn": "+4915100000022"}
    assert api.verify(other).status_code == 200
    assert api.status(theirs)["mobile"] == "+4915100000022"
