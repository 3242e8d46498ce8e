"""GET /api/providers: the method list and every filter's semantics."""

from __future__ import annotations

import pytest

from tests.unit.simulator.conftest import PROVIDER_JSON, Api

ALL = {"IDENTITY.TM", "AUTHADA", "KLARNA"}


def _issuers(api: Api, params: list[tuple[str, str]] | dict[str, str]) -> set[str]:
    response = api.get("/api/providers", params=params)
    assert response.status_code == 200, response.text
    return {method["issuer"] for method in response.json()}


def test_unfiltered_list_has_the_three_methods_and_never_test(shared_api: Api) -> None:
    response = shared_api.get("/api/providers")
    assert response.status_code == 200
    assert response.headers["content-type"] == PROVIDER_JSON
    methods = response.json()
    assert {m["issuer"] for m in methods} == ALL
    assert all(m["issuer"].lower() != "test" for m in methods)


def test_listing_shape_matches_the_contract(shared_api: Api) -> None:
    methods = {m["issuer"]: m for m in shared_api.get("/api/providers").json()}
    assert methods["IDENTITY.TM"] == {
        "issuer": "IDENTITY.TM",
        "method": "video",
        "methodType": "Video",
        "name": "VIDEO IDENTITY.TM",
        "jurisdictions": ["EIDAS", "ZERTES"],
        "loa": 4,
        "offline": False,
        "webflow": True,
        "realtime": True,
        "evidenceValidityYears": 5,
    }
    eid = methods["AUTHADA"]
    assert (eid["method"], eid["methodType"], eid["jurisdictions"]) == ("eid", "eID", ["EIDAS"])
    assert (eid["webflow"], eid["realtime"], eid["evidenceValidityYears"]) == (False, True, 2)
    klarna = methods["KLARNA"]
    assert (klarna["method"], klarna["methodType"]) == ("bankident", "Bankident")
    assert (klarna["webflow"], klarna["offline"], klarna["evidenceValidityYears"]) == (
        True,
        False,
        2,
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"issuer": "klarna"}, {"KLARNA"}),
        ({"issuer": "Identity.Tm"}, {"IDENTITY.TM"}),
        ([("issuer", "KLARNA"), ("issuer", "authada")], {"KLARNA", "AUTHADA"}),
        ({"issuer": "test"}, set()),
        ({"issuer": "NOBODY"}, set()),
        ({"jurisdiction": "zertes"}, {"IDENTITY.TM"}),
        ({"jurisdiction": "EIDAS"}, ALL),
        ([("jurisdiction", "ZERTES"), ("jurisdiction", "eidas")], ALL),
        ({"loa": "1"}, ALL),
        ({"loa": "3"}, ALL),  # LOA 4 methods serve a LOA 3 process
        ({"loa": "4"}, ALL),
        ({"webflow": "false"}, {"AUTHADA"}),
        ({"webflow": "TRUE"}, {"IDENTITY.TM", "KLARNA"}),
        ({"offline": "true"}, set()),
        ({"offline": "False"}, ALL),
        ({"realtime": "true"}, ALL),
        ({"realtime": "false"}, set()),
        ({"method": "VIDEO"}, {"IDENTITY.TM"}),
        ({"method": "eid"}, {"AUTHADA"}),
        ({"method": "BankIdent"}, {"KLARNA"}),
        ({"method": "fax"}, set()),  # an unknown type matches nothing (the list grows)
        ([("method", "video"), ("method", "eID")], {"IDENTITY.TM", "AUTHADA"}),
    ],
)
def test_single_filters(
    shared_api: Api, params: list[tuple[str, str]] | dict[str, str], expected: set[str]
) -> None:
    assert _issuers(shared_api, params) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"jurisdiction": "EIDAS", "webflow": "true", "method": "bankident"}, {"KLARNA"}),
        ({"issuer": "AUTHADA", "jurisdiction": "ZERTES"}, set()),
        ({"jurisdiction": "EIDAS", "loa": "3", "method": "video"}, {"IDENTITY.TM"}),
        ({"webflow": "true", "realtime": "true", "offline": "false"}, {"IDENTITY.TM", "KLARNA"}),
        (
            [("issuer", "KLARNA"), ("issuer", "AUTHADA"), ("webflow", "false")],
            {"AUTHADA"},
        ),
    ],
)
def test_filters_combine_as_and_values_within_one_as_or(
    shared_api: Api, params: list[tuple[str, str]] | dict[str, str], expected: set[str]
) -> None:
    assert _issuers(shared_api, params) == expected


def test_empty_values_are_ignored(shared_api: Api) -> None:
    params = [
        ("issuer", ""),
        ("jurisdiction", ""),
        ("loa", ""),
        ("webflow", ""),
        ("method", ""),
        ("issuer", "KLARNA"),
    ]
    assert _issuers(shared_api, params) == {"KLARNA"}
    assert _issuers(shared_api, {"issuer": "", "loa": ""}) == ALL


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"loa": "5"}, "loa"),
        ({"loa": "0"}, "loa"),
        ({"loa": "three"}, "loa"),
        ({"loa": "3.5"}, "loa"),
        ({"jurisdiction": "CH"}, "jurisdiction"),
        ({"jurisdiction": "EIDAS,ZERTES"}, "jurisdiction"),
        ({"offline": "yes"}, "offline"),
        ({"webflow": "1"}, "webflow"),
        ({"realtime": "maybe"}, "realtime"),
    ],
)
def test_invalid_filter_values_are_400_naming_the_parameter(
    shared_api: Api, params: dict[str, str], field: str
) -> None:
    response = shared_api.get("/api/providers", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_request"
    assert field in body["message"]
    assert [problem["field"] for problem in body["fields"]] == [field]


def test_several_invalid_values_are_all_named(shared_api: Api) -> None:
    response = shared_api.get(
        "/api/providers", params={"loa": "9", "webflow": "nah", "jurisdiction": "US"}
    )
    assert response.status_code == 400
    assert {p["field"] for p in response.json()["fields"]} == {"loa", "webflow", "jurisdiction"}


def test_filter_headers_are_not_filters(shared_api: Api) -> None:
    # The Postman sample also sends loa/method as headers; only the query string filters.
    response = shared_api.http.get(
        "/api/providers", headers={**shared_api.auth, "method": "eid", "loa": "3"}
    )
    assert {m["issuer"] for m in response.json()} == ALL
