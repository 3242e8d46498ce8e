"""The client under readings of the guide our simulator does not play: another SRS (other_srs)."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote, quote_plus, unquote_plus

import pytest

from kiosk.srs import (
    AuthenticationFailed,
    EvidenceNotFound,
    IdentityData,
    InvalidInput,
    Jurisdiction,
    MalformedResponse,
    MethodFilter,
    MethodType,
    ServiceUnavailable,
    SrsClient,
    Status,
)
from kiosk.srs.auth import Placement

from .other_srs import CLIENT_ID, CLIENT_SECRET, METHODS, OtherSrs, Reading, sent_json

# -- token placement ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("takes", "tries"),
    [(("basic",), 1), (("form",), 2), (("query",), 3)],
)
async def test_token_placement_is_found_and_remembered(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
    takes: tuple[str, ...],
    tries: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    server, srs = other(Reading(token_placements=takes))
    await srs.list_methods()
    assert len(server.requests("/oauth/token")) == tries
    tokens = srs._tokens
    tokens.invalidate(await tokens.token())
    await srs.list_methods()  # the next fetch goes straight to the placement that worked
    assert len(server.requests("/oauth/token")) == tries + 1
    assert (
        tokens.placement
        is {"basic": Placement.BASIC, "form": Placement.FORM, "query": Placement.QUERY}[takes[0]]
    )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert f"takes the credentials as {tokens.placement.value}" in text
    # Not even in httpx's own "HTTP Request: POST <url>" line (the query placement's URL).
    assert "HTTP Request" in text
    for secret in (CLIENT_SECRET, quote_plus(CLIENT_SECRET), quote(CLIENT_SECRET)):
        assert secret not in text


async def test_basic_credentials_are_form_encoded_first(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    server, srs = other(Reading(token_placements=("basic",)))
    await srs.list_methods()
    [(query, headers, body)] = server.requests("/oauth/token")
    pair = base64.b64decode(headers["authorization"][6:]).decode()
    assert pair == "other%3Aclient:top+secret%2B1"  # RFC 6749 §2.3.1: encoded, then Base64
    assert unquote_plus(pair.split(":")[0]) == CLIENT_ID
    assert body == b"grant_type=client_credentials&scope=miss"
    assert query == {}


async def test_credentials_refused_in_every_placement(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    server, srs = other(Reading())
    srs._tokens._credentials = type(srs._tokens._credentials)(CLIENT_ID, "wrong")
    with pytest.raises(AuthenticationFailed) as caught:
        await srs.list_methods()
    assert caught.value.code == "invalid_client"
    assert "client ID or secret" in caught.value.message
    assert len(server.requests("/oauth/token")) == 3


async def test_a_login_service_that_is_down_is_not_a_refusal(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    server, srs = other(Reading(token_status=503))
    with pytest.raises(ServiceUnavailable):
        await srs.list_methods()
    # Retried as the policy says, in the first placement only: a 503 blames nobody.
    assert len(server.requests("/oauth/token")) == 3


# -- method list -------------------------------------------------------------------------------


@pytest.mark.parametrize("wrapper", ["providers", "methods", "items", "data"])
async def test_a_wrapped_method_list(
    other: Callable[..., tuple[OtherSrs, SrsClient]], wrapper: str
) -> None:
    _, srs = other(Reading(providers={wrapper: METHODS, "total": 3}))
    assert [m.method for m in await srs.list_methods()] == ["video", "eid", "counter"]


@pytest.mark.parametrize(
    ("answer", "methods"),
    [
        ({"providers": None}, []),
        ({"issuer": "KLARNA", "method": "bankident"}, ["bankident"]),
        (None, ["video", "eid", "counter"]),
    ],
)
async def test_odd_method_list_shapes(
    other: Callable[..., tuple[OtherSrs, SrsClient]], answer: object, methods: list[str]
) -> None:
    _, srs = other(Reading(providers=answer))
    assert [m.method for m in await srs.list_methods()] == methods


async def test_a_filtered_list_that_matches_nothing_as_404(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    """A REST reading of an empty search: 404. The kiosk asks for all and narrows here."""
    server, srs = other(Reading(nothing_found_is_404=True, flags="equality"))
    methods = await srs.list_methods(MethodFilter(offline=True, webflow=True))
    assert methods == []  # honestly none: no error for staff
    listed = await srs.list_methods(MethodFilter(offline=False))
    assert {m.issuer for m in listed} == {"IDENTITY.TM", "AUTHADA"}
    assert len(server.requests("/api/providers")) == 3  # only the empty one asked again


async def test_a_latin_1_method_list(other: Callable[..., tuple[OtherSrs, SrsClient]]) -> None:
    body = json.dumps(
        [{**METHODS[0], "name": "Videoidentifikation für Zürich"}], ensure_ascii=False
    )
    for content_type in ("application/json; charset=iso-8859-1", "application/json"):
        _, srs = other(Reading(providers=body.encode("latin-1"), providers_type=content_type))
        [method] = await srs.list_methods()
        assert method.name == "Videoidentifikation für Zürich"


async def test_a_method_list_that_is_no_list_is_malformed(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    _, srs = other(Reading(providers={"message": "maintenance until 22:00"}))
    with pytest.raises(MalformedResponse, match="not a list of methods"):
        await srs.list_methods()


async def test_a_minimal_method_list(other: Callable[..., tuple[OtherSrs, SrsClient]]) -> None:
    listed = [
        {"issuer": "test", "methodType": "Video"},  # no method: the type, lower-cased
        {
            "issuer": "KLARNA",
            "method": "bankident",
            "loa": None,
            "offline": None,
            "jurisdictions": None,
            "extra": {"x": 1},
        },
        {
            "issuer": "NEW",
            "methodType": "Selfie",
            "jurisdictions": "EU, CH, MARS",
            "loa": "3",
            "webflow": "true",
        },
        {"methodType": "Video"},  # no issuer: cannot be started, skipped
        "junk",
    ]
    _, srs = other(Reading(providers=listed))
    test, klarna, new = await srs.list_methods()
    assert (test.issuer, test.method, test.known_type) == ("test", "video", MethodType.VIDEO)
    assert (klarna.known_type, klarna.loa, klarna.offline, klarna.jurisdictions) == (
        MethodType.BANKIDENT,
        None,
        None,
        (),
    )
    assert klarna.name == "KLARNA bankident"
    assert (new.method, new.method_type, new.known_type) == ("selfie", "Selfie", None)
    assert new.jurisdictions == (Jurisdiction.EIDAS, Jurisdiction.ZERTES)
    assert (new.loa, new.webflow, new.realtime) == (3, True, None)


@pytest.mark.parametrize("flags", ["equality", "include", "ignore"])
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (MethodFilter(offline=True), {"counter"}),
        (MethodFilter(offline=False), {"video", "eid"}),
        (MethodFilter(webflow=True), {"video"}),
        (MethodFilter(realtime=False), {"counter"}),
        (MethodFilter(loa=4), {"video", "eid"}),
        (MethodFilter(method_type="counter"), {"counter"}),
        (MethodFilter(issuer=("authada",)), {"eid"}),
    ],
)
async def test_yes_no_filters_under_every_reading(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
    flags: str,
    filters: MethodFilter,
    expected: set[str],
) -> None:
    """Include/exclude, equality, or a server that ignores the filter: staff see one set."""
    server, srs = other(Reading(flags=flags))
    assert {m.method for m in await srs.list_methods(filters)} == expected
    [(query, _, _)] = server.requests("/api/providers")
    assert query  # the filter was sent all the same


@pytest.mark.parametrize("refusal", ["region", "region-value"])
async def test_jurisdiction_spelled_as_regions_when_the_server_asks(
    other: Callable[..., tuple[OtherSrs, SrsClient]], refusal: str
) -> None:
    server, srs = other(Reading(jurisdiction_spelling=refusal))
    filters = MethodFilter(jurisdiction=(Jurisdiction.ZERTES,))
    assert {m.method for m in await srs.list_methods(filters)} == {"video", "counter"}
    assert {m.method for m in await srs.list_methods(filters)} == {"video", "counter"}
    sent = [q["jurisdiction"] for q, _, _ in server.requests("/api/providers")]
    assert sent == [["ZERTES"], ["CH"], ["CH"]]  # refused once, then remembered


# -- start -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        {"refId": "R-9"},
        {"refID": "R-9", "targetUrl": None, "status": None},
        {"referenceId": "R-9", "unknown": [1, 2]},
        {"ref_id": "R-9", "issuer": None},
    ],
)
async def test_a_start_answer_with_only_the_ref_id(
    other: Callable[..., tuple[OtherSrs, SrsClient]], answer: dict[str, object]
) -> None:
    _, srs = other(Reading(start_answer=answer))
    started = await srs.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert (started.ref_id, started.issuer, started.method) == ("R-9", "IDENTITY.TM", "video")
    assert started.status is Status.CREATED
    assert started.target_url is None


@pytest.mark.parametrize("name", ["targetUrl", "targetURL", "target_url", "url"])
async def test_target_url_spellings(
    other: Callable[..., tuple[OtherSrs, SrsClient]], name: str
) -> None:
    answer = {
        "refId": "R",
        name: "https://isp.example/x",
        "status": "Initialized",
        "tokens": {"mobileToken": "m", "sessionToken": "s"},
    }
    _, srs = other(Reading(start_answer=answer))
    started = await srs.start("AUTHADA", "eid", IdentityData())
    assert started.target_url == "https://isp.example/x"
    assert (started.status, started.status_text) == (Status.INITIALIZED, "Initialized")
    assert (started.mobile_token, started.session_token) == ("m", "s")


async def test_a_start_answer_without_ref_id_is_malformed(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    _, srs = other(Reading(start_answer={"status": "CREATED", "targetUrl": "https://x"}))
    with pytest.raises(MalformedResponse, match="'refId' is missing"):
        await srs.start("IDENTITY.TM", "video", IdentityData())


async def test_authada_gets_no_initial_data_but_the_external_id(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    server, srs = other()
    await srs.start("AUTHADA", "eid", IdentityData(mobile="+41791234567", external_id="B-7"))
    [(_, _, body)] = server.requests("/api/providers/AUTHADA/eid")
    assert sent_json(body) == {"externalId": "B-7"}


async def test_start_again_without_an_optional_field_the_server_refused(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    refusal = {"error": "invalid_fields", "fields": [{"field": "validity", "problem": "unknown"}]}
    server, srs = other(Reading(start_refusals=[(422, refusal)]))
    data = IdentityData(last_name="Muster", validity=datetime(2030, 1, 1, tzinfo=UTC).date())
    started = await srs.start("IDENTITY.TM", "video", data)
    assert started.left_out == ("validity",)
    sent = server.requests("/api/providers/IDENTITY.TM/video")
    first, second = (sent_json(body) for _, _, body in sent)
    assert first == {"lastName": "Muster", "validity": "2030-01-01"}
    assert second == {"lastName": "Muster"}


@pytest.mark.parametrize(
    ("refusal", "data"),
    [
        # The External ID is what the branch bills by: never dropped silently.
        ({"message": "externalId is too long"}, IdentityData(external_id="B-1")),
        # Klarna's names are mandatory.
        (
            {"fields": [{"field": "firstName", "problem": "does not match"}]},
            IdentityData(
                first_name="Max", last_name="Muster", dob=datetime(1990, 1, 1, tzinfo=UTC).date()
            ),
        ),
    ],
)
async def test_no_second_start_without_a_field_that_matters(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
    refusal: dict[str, object],
    data: IdentityData,
) -> None:
    server, srs = other(Reading(start_refusals=[(422, refusal)]))
    issuer, method = ("KLARNA", "bankident") if data.first_name else ("IDENTITY.TM", "video")
    with pytest.raises(InvalidInput):
        await srs.start(issuer, method, data)
    assert len(server.requests(f"/api/providers/{issuer}/{method}")) == 1


# -- status and cancel -------------------------------------------------------------------------


async def test_a_status_answer_with_only_a_status(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    answer = {
        "state": "Identification done",
        "msisdn": "+41791234567",
        "history": [
            {"status": "Created", "timestamp": 1796000000000},
            {"status": "Initialized", "date": "2026-12-01T10:00:00"},
            {"status": None, "at": "2026-12-01T10:00:00Z"},
            {"status": "Data ready", "at": "not a time"},
        ],
        "reason": None,
    }
    _, srs = other(Reading(status_answer=answer))
    status = await srs.status("R-5")
    assert (status.ref_id, status.status, status.status_text) == (
        "R-5",
        Status.IDENTIFICATION_DONE,
        "Identification done",
    )
    assert (status.issuer, status.method, status.mobile) == (None, None, "+41791234567")
    assert [s for s, _ in status.history] == [Status.CREATED, Status.INITIALIZED]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Negative Identification", Status.IDENTIFICATION_NEGATIVELY_CONDUCTED),
        ("IDENTIFICATION_NEGATIVELY_CONDUCTED", Status.IDENTIFICATION_NEGATIVELY_CONDUCTED),
        ("Canceled", Status.CANCELLED),
        ("Awaiting back office", Status.IN_PROGRESS),
    ],
)
async def test_status_spellings_and_unknown_statuses(
    other: Callable[..., tuple[OtherSrs, SrsClient]], text: str, status: Status
) -> None:
    _, srs = other(Reading(status_answer={"identificationStatus": text}))
    found = await srs.status("R")
    assert (found.status, found.status_text) == (status, text)


async def test_provider_text_loses_its_control_characters(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    answer = {"status": "ERROR", "reason": "\x1b]0;owned\x07FRAUD\x1b[2J\r\nSUSPICION\x00"}
    _, srs = other(
        Reading(
            status_answer=answer,
            start_refusals=[(422, {"message": "bad \x1b[31mred\x1b[0m input\x9b1m", "fields": []})],
        )
    )
    assert (await srs.status("R")).reason == "FRAUD SUSPICION"
    with pytest.raises(InvalidInput) as caught:
        await srs.start("IDENTITY.TM", "video", IdentityData())
    assert caught.value.message == "bad red input"


@pytest.mark.parametrize(
    "answer",
    [(204, None), (200, None), (202, {}), (200, {"message": "cancelled"})],
)
async def test_any_2xx_cancel_is_a_cancel(
    other: Callable[..., tuple[OtherSrs, SrsClient]], answer: tuple[int, object]
) -> None:
    _, srs = other(Reading(cancel_answer=answer))
    cancelled = await srs.cancel("R-3")
    assert (cancelled.ref_id, cancelled.status) == ("R-3", Status.CANCELLED)


# -- verify ------------------------------------------------------------------------------------


async def test_verify_sends_swisscoms_sample_body(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
) -> None:
    server, srs = other()
    name = "cn=Max Muster, givenname=Max, surname=Muster"
    await srs.verify("+41 79 123 45 67", "ZERTES", 3, name)
    [(_, headers, body)] = server.requests("/api/evidences/verify")
    assert sent_json(body) == {
        "jurisdiction": "ZERTES",
        "msisdn": "+41791234567",
        "assuranceLevel": "3",
        "distinguishedName": name,
    }
    assert "authorization" not in headers


@pytest.mark.parametrize("body", [{}, {"evidenceId": None, "status": "PENDING"}, b""])
async def test_verify_200_without_evidence_is_not_yet(
    other: Callable[..., tuple[OtherSrs, SrsClient]], body: object
) -> None:
    _, srs = other(Reading(verify_answer=(200, body)))
    with pytest.raises(EvidenceNotFound):
        await srs.verify("+41791234567", "EIDAS", 4)


async def test_verify_ignores_odd_echoes(other: Callable[..., tuple[OtherSrs, SrsClient]]) -> None:
    body = {
        "evidenceId": "E-7",
        "jurisdiction": "EU",
        "assuranceLevel": [4],
        "msisdn": 41791234567,
        "validUntil": "2028-12-01",
        "unknown": {"a": 1},
    }
    _, srs = other(Reading(verify_answer=(200, body)))
    evidence = await srs.verify("+41791234567", "EIDAS", 4)
    assert evidence.evidence_id == "E-7"
    assert evidence.jurisdiction is Jurisdiction.EIDAS
    assert evidence.assurance_level == 4
    assert evidence.valid_until == datetime(2028, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize("refusal", ["region", "region-value"])
async def test_verify_spells_the_jurisdiction_as_the_ra_service_asks(
    other: Callable[..., tuple[OtherSrs, SrsClient]], refusal: str
) -> None:
    server, srs = other(Reading(jurisdiction_spelling=refusal))
    await srs.verify("+41791234567", "EIDAS", 4)
    await srs.verify("+41791234567", "ZERTES", 4)
    sent = [sent_json(b)["jurisdiction"] for _, _, b in server.requests("/api/evidences/verify")]
    assert sent == ["EIDAS", "EU", "CH"]


@pytest.mark.parametrize(
    ("refusal", "left_out"),
    [
        # A field list says exactly what was wrong; its message may mention other fields.
        (
            {
                "message": "check the name used by the mobile app",
                "fields": [{"field": "firstName", "problem": "not accepted"}],
            },
            ("first_name",),
        ),
        # Without a field list, the message names the field.
        ({"error": "invalid_request", "message": "unknown property 'email'"}, ("email",)),
        # RFC 7807's invalid-params, with a JSON pointer.
        (
            {
                "type": "about:blank",
                "title": "Bad Request",
                "invalid-params": [{"name": "/email", "reason": "not accepted"}],
            },
            ("email",),
        ),
        # FastAPI / pydantic: {"detail": [{"loc": ["body", "email"], "msg": ...}]}.
        ({"detail": [{"loc": ["body", "email"], "msg": "Extra inputs"}]}, ("email",)),
        # A map of field to messages (Rails, Laravel, ASP.NET), the field in any case.
        ({"errors": {"Email": ["is not allowed"]}}, ("email",)),
        # Nested: {"error": {"code", "message", "details"}}.
        (
            {
                "error": {
                    "code": 400,
                    "message": "Validation failed",
                    "details": [{"field": "identity.email", "description": "unknown"}],
                }
            },
            ("email",),
        ),
    ],
)
async def test_which_optional_fields_a_refusal_names(
    other: Callable[..., tuple[OtherSrs, SrsClient]],
    refusal: dict[str, object],
    left_out: tuple[str, ...],
) -> None:
    server, srs = other(Reading(start_refusals=[(400, refusal)]))
    data = IdentityData(
        first_name="Max", last_name="Muster", mobile="+41791234567", email="max@example.ch"
    )
    started = await srs.start("IDENTITY.TM", "video", data)
    assert started.left_out == left_out
    second = sent_json(server.requests("/api/providers/IDENTITY.TM/video")[1][2])
    assert "mobile" in second and "lastName" in second
