"""The client against simulator dialects that read the guide as an independent SRS might (s7
fidelity review): filters read otherwise, the verify's jurisdiction spelling and token, redirects,
the token scope, the start's media type. Real HTTP on loopback; requests recorded, not mocked."""

from __future__ import annotations

import json

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.srs import (
    AuthenticationFailed,
    EvidenceNotFound,
    Jurisdiction,
    MethodFilter,
    MethodType,
    SrsClient,
    SrsError,
)

from .conftest import CREDENTIALS, FAST_RETRY, CaseFor, endpoints_for
from .other_srs import OtherSrs, Reading
from .test_client_calls import KLARNA_CUSTOMER

KLARNA_MOBILE = "+41775383140"
NOBODY = "+41790000001"


# -- #1, #5, #6: filters read otherwise answer an empty list ---------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (MethodFilter(jurisdiction=("ZERTES",)), {"IDENTITY.TM"}),  # stored as CH
        (MethodFilter(jurisdiction=(Jurisdiction.EIDAS,)), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),
        (MethodFilter(loa=3), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),  # LOA 4 is "compatible"
        (MethodFilter(method_type=MethodType.VIDEO), {"IDENTITY.TM"}),  # stored as 'video'
    ],
)
async def test_an_empty_filtered_list_is_asked_again_unfiltered(
    case_for: CaseFor, filters: MethodFilter, expected: set[str]
) -> None:
    case = await case_for("filters-literal")
    methods = await case.client.list_methods(filters)
    assert {m.issuer for m in methods} == expected
    first, second = case.sent("GET", "/api/providers")
    assert first.url.params and not second.url.params


async def test_an_honestly_empty_filtered_list_stays_empty(case_for: CaseFor) -> None:
    case = await case_for("filters-literal")
    # No eID method serves ZertES: the unfiltered list, narrowed here, has none either.
    nothing = MethodFilter(jurisdiction=("ZERTES",), method_type=MethodType.EID)
    assert await case.client.list_methods(nothing) == []
    assert len(case.sent("GET", "/api/providers")) == 2


async def test_a_filtered_list_that_is_not_empty_costs_one_call(case_for: CaseFor) -> None:
    case = await case_for()
    methods = await case.client.list_methods(MethodFilter(jurisdiction=("ZERTES",)))
    assert {m.issuer for m in methods} == {"IDENTITY.TM"}
    assert len(case.sent("GET", "/api/providers")) == 1


# -- #1, #3: the verify's jurisdiction spelling ----------------------------------------------------


@pytest.mark.parametrize(
    ("dialect", "spelled"), [("verify-lowercase-404", "eidas"), ("verify-eu-ch-404", "EU")]
)
async def test_verify_finds_the_spelling_the_ra_stores_and_keeps_it(
    case_for: CaseFor, dialect: str, spelled: str
) -> None:
    case = await case_for(dialect)
    with pytest.raises(EvidenceNotFound):  # every spelling tried: none has an evidence yet
        await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    tried = [json.loads(r.content)["jurisdiction"] for r in case.sent("POST", "/api/evidences")]
    assert sorted(tried) == sorted(["EIDAS", "EU", "eidas"])

    await case.evidence_for_klarna()
    evidence = await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    assert evidence.evidence_id and evidence.jurisdiction is Jurisdiction.EIDAS
    assert json.loads(case.sent("POST", "/api/evidences")[-1].content)["jurisdiction"] == spelled

    # Learnt: "not yet" for another customer costs one call, in that spelling.
    case.recorder.requests.clear()
    with pytest.raises(EvidenceNotFound):
        await case.client.verify(NOBODY, Jurisdiction.EIDAS, 4)
    (only,) = case.sent("POST", "/api/evidences")
    assert json.loads(only.content)["jurisdiction"] == spelled


async def test_verify_keeps_the_first_spelling_once_it_gave_an_evidence(
    case_for: CaseFor,
) -> None:
    case = await case_for()
    await case.evidence_for_klarna()
    await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    assert len(case.sent("POST", "/api/evidences")) == 1
    case.recorder.requests.clear()
    with pytest.raises(EvidenceNotFound):
        await case.client.verify(NOBODY, Jurisdiction.ZERTES, 4)
    (only,) = case.sent("POST", "/api/evidences")
    assert json.loads(only.content)["jurisdiction"] == "ZERTES"


# -- #2: the verify behind the SRS token -----------------------------------------------------------


async def test_verify_sends_the_srs_token_once_the_ra_asks_for_it(case_for: CaseFor) -> None:
    case = await case_for("verify-needs-token")
    await case.evidence_for_klarna()
    evidence = await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    assert evidence.evidence_id
    without, with_token = case.sent("POST", "/api/evidences")
    assert "Authorization" not in without.headers
    assert with_token.headers["Authorization"].startswith("Bearer ")

    case.recorder.requests.clear()  # remembered: straight with the token
    await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    (only,) = case.sent("POST", "/api/evidences")
    assert only.headers["Authorization"].startswith("Bearer ")


async def test_a_real_verify_refusal_says_the_token_was_sent() -> None:
    server = OtherSrs(Reading(verify_answer=(403, {})))
    srs = server.client()
    try:
        with pytest.raises(AuthenticationFailed) as refused:
            await srs.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    finally:
        await server.aclose()
    message = refused.value.message
    assert "also with the SRS token" in message
    # Without a text, either cause (s8): the client may not use the RA service, or the RA is
    # not enabled for this signing service; nothing points staff at the client's secret.
    assert "may not use the RA service" in message
    assert "not enabled for this signing service" in message
    assert "client ID" not in message and "secret" not in message
    sent = server.requests("/api/evidences/verify")
    assert ["authorization" in headers for _, headers, _ in sent] == [False, True]


# -- #12: redirects --------------------------------------------------------------------------------


async def test_every_call_follows_a_moved_address(case_for: CaseFor) -> None:
    case = await case_for("trailing-slash-redirect")
    assert await case.client.list_methods(MethodFilter(jurisdiction=("ZERTES",)))
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert (await case.client.status(started.ref_id)).ref_id == started.ref_id
    await case.sim.force(started.ref_id, "TERMINATED")
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    second = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert (await case.client.cancel(second.ref_id)).status.value == "CANCELLED"

    paths = [(r.method, r.url.path) for r in case.recorder.requests]
    for method, path in [
        ("POST", "/oauth/token/"),
        ("GET", "/api/providers/"),
        ("POST", "/api/providers/KLARNA/bankident/"),
        ("POST", "/api/evidences/verify/"),
        ("DELETE", f"/api/identifications/{second.ref_id}/"),
    ]:
        assert (method, path) in paths  # the same method (and body) after the 301
    moved_start = [r for r in case.recorder.requests if r.url.path.endswith("bankident/")]
    assert all(json.loads(r.content)["externalId"] for r in moved_start)
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in moved_start)


def _moving_srs(seen: list[tuple[str, str, str | None]], to: str) -> Starlette:
    """An SRS whose start at srs.test answers 308 to ``to`` (the same path); one in-process app
    behind every host name."""

    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "T", "token_type": "bearer"})

    async def start(request: Request) -> Response:
        url = request.url
        seen.append((url.scheme, url.hostname or "", request.headers.get("authorization")))
        if (url.scheme, url.hostname) == ("http", "srs.test"):
            return Response(status_code=308, headers={"Location": f"{to}{url.path}"})
        return JSONResponse({"refId": "R-1"})

    return Starlette(
        routes=[
            Route("/oauth/token", token, methods=["POST"]),
            Route("/api/providers/{issuer}/{method}", start, methods=["POST"]),
        ]
    )


async def test_a_start_moved_to_https_goes_on_with_its_token() -> None:
    seen: list[tuple[str, str, str | None]] = []
    app = _moving_srs(seen, "https://srs.test")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        srs = SrsClient(endpoints_for("http://srs.test"), CREDENTIALS, http=http, retry=FAST_RETRY)
        started = await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.ref_id == "R-1"
    assert seen == [("http", "srs.test", "Bearer T"), ("https", "srs.test", "Bearer T")]


async def test_a_start_moved_to_another_host_is_not_sent_there() -> None:
    # Its body holds the customer's data: it does not follow a redirect to another host.
    seen: list[tuple[str, str, str | None]] = []
    app = _moving_srs(seen, "http://elsewhere.test")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        srs = SrsClient(endpoints_for("http://srs.test"), CREDENTIALS, http=http, retry=FAST_RETRY)
        with pytest.raises(SrsError) as moved:
            await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert seen == [("http", "srs.test", "Bearer T")]
    assert "moved (HTTP 308 to elsewhere.test)" in moved.value.message


# -- #16: the token scope --------------------------------------------------------------------------


async def test_the_token_is_asked_without_scope_once_the_scope_is_refused(
    case_for: CaseFor,
) -> None:
    case = await case_for("token-no-scope")
    assert await case.client.list_methods()
    with_scope, without = case.recorder.token_requests
    assert b"scope=miss" in with_scope.content and b"scope" not in without.content

    await case.sim.expire_tokens()  # the next token straight without the scope
    case.recorder.requests.clear()
    assert await case.client.list_methods()
    (renewed,) = case.recorder.token_requests
    assert b"scope" not in renewed.content


# -- #13: the start's media type -------------------------------------------------------------------


async def test_a_start_refused_for_its_media_type_goes_again_as_json(case_for: CaseFor) -> None:
    case = await case_for("start-json-only")
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.ref_id
    vendor, plain = case.sent("POST", "/api/providers/")
    assert vendor.headers["Content-Type"] == "application/vnd.sc.miss.provider.v1+json"
    assert plain.headers["Content-Type"] == "application/json"

    case.recorder.requests.clear()  # remembered: one start, as JSON
    await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    (only,) = case.sent("POST", "/api/providers/")
    assert only.headers["Content-Type"] == "application/json"


async def test_a_token_service_moved_to_another_host_says_so() -> None:
    asked: list[str] = []

    async def token(request: Request) -> Response:
        asked.append(request.url.hostname or "")
        return Response(status_code=308, headers={"Location": "http://idp.elsewhere.test/token"})

    app = Starlette(routes=[Route("/oauth/token", token, methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        srs = SrsClient(endpoints_for("http://srs.test"), CREDENTIALS, http=http, retry=FAST_RETRY)
        with pytest.raises(SrsError) as moved:
            await srs.list_methods()
    assert not isinstance(moved.value, AuthenticationFailed)  # not "check the client secret"
    assert "moved (HTTP 308 to idp.elsewhere.test)" in moved.value.message
    assert "token URL" in moved.value.message
    assert asked == ["srs.test"]  # the secret went nowhere else, and no other placement
