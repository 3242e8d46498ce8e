"""POST /api/providers/{issuer}/{method}: answers per method, and every validation rule."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.unit.simulator.conftest import KLARNA_PERSON, PROVIDER_JSON, Api


def _problems(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid_fields"
    assert body["message"]
    return {problem["field"]: problem["problem"] for problem in body["fields"]}


def test_start_video(shared_api: Api, sim_base: str) -> None:
    response = shared_api.start("IDENTITY.TM", "video", {"lastName": "Muster"})
    assert response.status_code == 200
    assert response.headers["content-type"] == PROVIDER_JSON
    body = response.json()
    assert set(body) == {"refId", "issuer", "method", "status", "targetUrl", "orderId"}
    uuid.UUID(body["refId"])
    assert (body["issuer"], body["method"], body["status"]) == ("IDENTITY.TM", "video", "CREATED")
    assert re.fullmatch(r"ITM-\d{8}", body["orderId"])
    assert body["targetUrl"].startswith(f"{sim_base}/isp/video/")


def test_start_eid_gives_tokens(shared_api: Api, sim_base: str) -> None:
    body = shared_api.start("AUTHADA", "eid", {"externalId": "K-1"}).json()
    assert set(body) == {
        "refId",
        "issuer",
        "method",
        "status",
        "targetUrl",
        "mobileToken",
        "sessionToken",
    }
    assert body["mobileToken"] and body["sessionToken"]
    assert body["mobileToken"] != body["sessionToken"]
    assert body["targetUrl"].startswith(f"{sim_base}/isp/eid/")


def test_start_klarna(shared_api: Api, sim_base: str) -> None:
    response = shared_api.start("KLARNA", "bankident", {**KLARNA_PERSON, "language": "de"})
    body = response.json()
    assert set(body) == {"refId", "issuer", "method", "status", "targetUrl"}
    assert body["targetUrl"].startswith(f"{sim_base}/isp/bankident/")


@pytest.mark.parametrize("method", ["video", "eid", "bankident"])
def test_start_with_the_mock_issuer_needs_nothing(shared_api: Api, method: str) -> None:
    response = shared_api.start("test", method, {})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["issuer"], body["method"]) == ("test", method)
    assert f"/isp/{method}/" in body["targetUrl"]


def test_mock_issuer_keeps_the_methods_field_list(shared_api: Api) -> None:
    problems = _problems(shared_api.start("test", "eid", {"firstName": "Anna"}))
    assert "firstName" in problems


def test_path_segments_ignore_case(shared_api: Api) -> None:
    body = shared_api.start("Identity.Tm", "VIDEO", {}).json()
    assert (body["issuer"], body["method"]) == ("IDENTITY.TM", "video")
    assert shared_api.start("TEST", "BankIdent", {}).json()["issuer"] == "test"


def test_each_start_gets_its_own_ids(shared_api: Api) -> None:
    first = shared_api.start("test", "video").json()
    second = shared_api.start("test", "video").json()
    assert first["refId"] != second["refId"]
    assert first["targetUrl"] != second["targetUrl"]


def test_empty_object_is_valid_where_nothing_is_mandatory(shared_api: Api) -> None:
    assert shared_api.start("IDENTITY.TM", "video", {}).status_code == 200
    assert shared_api.start("AUTHADA", "eid", {}).status_code == 200


def test_klarna_mandatory_fields(shared_api: Api) -> None:
    problems = _problems(shared_api.start("KLARNA", "bankident", {}))
    assert set(problems) == {"firstName", "lastName", "dob"}
    assert all("mandatory" in problem for problem in problems.values())
    null_name = {**KLARNA_PERSON, "firstName": None}
    assert set(_problems(shared_api.start("KLARNA", "bankident", null_name))) == {"firstName"}


def test_null_counts_as_not_given(shared_api: Api) -> None:
    assert shared_api.start("IDENTITY.TM", "video", {"email": None}).status_code == 200


@pytest.mark.parametrize(
    ("issuer", "method", "field", "hint"),
    [
        ("IDENTITY.TM", "video", "postalAddress", "postal address"),
        ("IDENTITY.TM", "video", "street", "postal address"),
        ("IDENTITY.TM", "video", "artistName", "artist name"),
        ("IDENTITY.TM", "video", "title", "title"),
        ("IDENTITY.TM", "video", "documentNumber", "serial number"),
        ("IDENTITY.TM", "video", "issuingCountry", "issuing country"),
        ("IDENTITY.TM", "video", "issuingCity", "issuing city"),
        ("AUTHADA", "eid", "firstName", "no initial data"),
        ("AUTHADA", "eid", "lastName", "no initial data"),
        ("AUTHADA", "eid", "dob", "no initial data"),
        ("AUTHADA", "eid", "placeOfBirth", "no initial data"),
        ("AUTHADA", "eid", "nationality", "no initial data"),
        ("AUTHADA", "eid", "mobile", "no initial data"),
        ("AUTHADA", "eid", "email", "no initial data"),
        ("AUTHADA", "eid", "language", "no initial data"),
        ("IDENTITY.TM", "video", "favouriteColour", "not accepted"),
        ("KLARNA", "bankident", "postalAddress", "not accepted"),
    ],
)
def test_fields_a_method_does_not_accept(
    shared_api: Api, issuer: str, method: str, field: str, hint: str
) -> None:
    body: dict[str, Any] = {field: "1980-01-01" if field == "dob" else "Something"}
    if issuer == "KLARNA":
        body.update(KLARNA_PERSON)
    problems = _problems(shared_api.start(issuer, method, body))
    assert list(problems) == [field]
    assert "not accepted by this method" in problems[field]
    assert hint in problems[field]


def _years_ago(years: int, days: int = 0) -> str:
    today = datetime.now(UTC).date()
    return (today.replace(year=today.year - years) - timedelta(days=days)).isoformat()


TOMORROW = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
TODAY = datetime.now(UTC).date().isoformat()

BAD_VALUES = [
    ("firstName", "P3ter"),
    ("firstName", ""),
    ("firstName", "A" * 101),
    ("firstName", "..."),
    ("firstName", 42),
    ("lastName", "Muster!"),
    ("lastName", "Mu_ster"),
    ("dob", "1980-02-30"),
    ("dob", "30.01.1980"),
    ("dob", "1980-1-1"),
    ("dob", "19800101"),
    ("dob", TOMORROW),
    ("dob", TODAY),
    ("dob", _years_ago(130, days=1)),
    ("dob", 19800101),
    ("mobile", "0791234567"),
    ("mobile", "+0791234567"),
    ("mobile", "+41 79 123 45 67"),
    ("mobile", "+123456"),
    ("mobile", "+1234567890123456"),
    ("mobile", "41791234567"),
    ("email", "anna"),
    ("email", "anna@example"),
    ("email", "anna@@example.com"),
    ("email", "@example.com"),
    ("email", "an na@example.com"),
    ("email", "a" * 250 + "@ex.ch"),
    ("country", "ch"),
    ("country", "XX"),
    ("country", "CHE"),
    ("nationality", "de"),
    ("nationality", "ZZ"),
    ("language", "EN"),
    ("language", "xx"),
    ("language", "eng"),
    ("placeOfBirth", ""),
    ("placeOfBirth", "   "),
    ("placeOfBirth", "B" * 101),
    ("externalId", ""),
    ("externalId", "line\nbreak"),
    ("externalId", "X" * 101),
    ("externalId", 12345),
]


@pytest.mark.parametrize(("field", "value"), BAD_VALUES)
def test_each_field_rule(shared_api: Api, field: str, value: object) -> None:
    problems = _problems(shared_api.start("IDENTITY.TM", "video", {field: value}))
    assert list(problems) == [field]


GOOD_VALUES = [
    ("firstName", "Zoë Anne-Marie"),
    ("lastName", "O'Neil-Smith Jr."),
    ("firstName", "A" * 100),
    ("dob", "1979-01-30"),
    ("dob", _years_ago(130)),
    ("mobile", "+41775383140"),
    ("mobile", "+1234567"),
    ("mobile", "+123456789012345"),
    ("email", "Peter.Amrhyn@swisscom.com"),
    ("country", "CH"),
    ("nationality", "DE"),
    ("language", "en"),
    ("placeOfBirth", "Zürich"),
    ("externalId", "123456789AA"),
    ("externalId", "X" * 100),
]


@pytest.mark.parametrize(("field", "value"), GOOD_VALUES)
def test_valid_values_pass(shared_api: Api, field: str, value: str) -> None:
    response = shared_api.start("IDENTITY.TM", "video", {field: value})
    assert response.status_code == 200, response.text


def test_all_problems_are_reported_at_once(shared_api: Api) -> None:
    body = {"firstName": "1", "dob": "soon", "mobile": "079", "postalAddress": "x"}
    problems = _problems(shared_api.start("IDENTITY.TM", "video", body))
    assert set(problems) == {"firstName", "dob", "mobile", "postalAddress"}
    response = shared_api.start("IDENTITY.TM", "video", body)
    assert "4 field problems" in response.json()["message"]


def test_application_json_is_accepted(shared_api: Api) -> None:
    response = shared_api.http.post(
        "/api/providers/test/video",
        headers={**shared_api.auth, "Content-Type": "application/json; charset=utf-8"},
        content=b"{}",
    )
    assert response.status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_other_content_types_are_415(shared_api: Api, content_type: str | None) -> None:
    headers = dict(shared_api.auth)
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = shared_api.http.post("/api/providers/test/video", headers=headers, content=b"{}")
    assert response.status_code == 415
    body = response.json()
    assert body["error"] == "unsupported_media_type"
    assert "application/vnd.sc.miss.provider.v1+json" in body["message"]


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"[]", b'"text"', b"42", b"null", b"", b"\xff\xfe", b'{"a": NaN}'],
)
def test_bodies_that_are_not_json_objects_are_400(shared_api: Api, raw: bytes) -> None:
    response = shared_api.http.post(
        "/api/providers/test/video",
        headers={**shared_api.auth, "Content-Type": PROVIDER_JSON},
        content=raw,
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    assert response.json()["message"]


def test_body_over_64_kib_is_413(shared_api: Api) -> None:
    big = b'{"externalId": "' + b"x" * (65 * 1024) + b'"}'
    response = shared_api.http.post(
        "/api/providers/test/video",
        headers={**shared_api.auth, "Content-Type": PROVIDER_JSON},
        content=big,
    )
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"


def test_chunked_body_over_64_kib_is_413_too(shared_api: Api) -> None:
    # No Content-Length: the size is only known by counting what arrives.
    def chunks() -> Any:
        yield b'{"externalId": "'
        for _ in range(20):
            yield b"x" * 4096
        yield b'"}'

    response = shared_api.http.post(
        "/api/providers/test/video",
        headers={**shared_api.auth, "Content-Type": PROVIDER_JSON},
        content=chunks(),
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("issuer", "method", "hint"),
    [
        ("NOBODY", "video", "Unknown issuer"),
        ("KLARNA", "video", "bankident"),
        ("AUTHADA", "bankident", "eid"),
        ("test", "fax", "video"),
    ],
)
def test_unknown_issuer_or_method_is_404(
    shared_api: Api, issuer: str, method: str, hint: str
) -> None:
    response = shared_api.start(issuer, method, {})
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert hint in response.json()["message"]
