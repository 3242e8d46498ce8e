"""Every SrsClient call against the live simulator: the happy paths and the headers they send."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from kiosk.srs import (
    METHODS,
    Conflict,
    EvidenceNotFound,
    IdentityData,
    Jurisdiction,
    MethodFilter,
    MethodType,
    SrsClient,
    SrsEndpoints,
    Status,
)

from .conftest import CREDENTIALS, Recorder, Sim

PROVIDER_TYPE = "application/vnd.sc.miss.provider.v1+json"
KLARNA_CUSTOMER = IdentityData(
    first_name="Peter",
    last_name="Amrhyn",
    dob=date(1979, 1, 30),
    mobile="+41 77 538 31 40",
    email="peter.amrhyn@example.ch",
    language="en",
    country="CH",
    external_id="123456789AA",
)


async def test_listed_methods_agree_with_the_catalogue(client: SrsClient) -> None:
    listed = await client.list_methods()
    facts = {
        (m.issuer, m.method): (
            m.method_type,
            m.name,
            m.jurisdictions,
            m.loa,
            m.offline,
            m.webflow,
            m.realtime,
            m.evidence_validity_years,
        )
        for m in listed
    }
    expected = {
        (s.issuer, s.method): (
            s.method_type,
            s.name,
            s.jurisdictions,
            s.loa,
            s.offline,
            s.webflow,
            s.realtime,
            s.evidence_validity_years,
        )
        for s in METHODS
    }
    assert facts == expected  # and the mock issuer "test" is not listed


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (MethodFilter(loa=3), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),  # LOA 4 serves LOA 3
        (MethodFilter(loa=4), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),
        (MethodFilter(jurisdiction=(Jurisdiction.ZERTES,)), {"IDENTITY.TM"}),
        (MethodFilter(jurisdiction=("zertes", "EIDAS")), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),
        (MethodFilter(issuer=("klarna", "AUTHADA")), {"AUTHADA", "KLARNA"}),
        (MethodFilter(webflow=False), {"AUTHADA"}),
        (MethodFilter(webflow=True), {"IDENTITY.TM", "KLARNA"}),
        (MethodFilter(offline=True), set()),
        (MethodFilter(offline=False, realtime=True), {"IDENTITY.TM", "AUTHADA", "KLARNA"}),
        (MethodFilter(method_type="VIDEO"), {"IDENTITY.TM"}),
        (MethodFilter(method_type=MethodType.EID), {"AUTHADA"}),
        (MethodFilter(method_type="bankident", jurisdiction=("ZERTES",)), set()),
        (MethodFilter(issuer=("IDENTITY.TM",), jurisdiction=("EIDAS",), loa=4), {"IDENTITY.TM"}),
    ],
)
async def test_filters(client: SrsClient, filters: MethodFilter, expected: set[str]) -> None:
    assert {m.issuer for m in await client.list_methods(filters)} == expected


async def test_filters_go_out_as_repeated_query_parameters(
    client: SrsClient, recorder: Recorder
) -> None:
    await client.list_methods(
        MethodFilter(issuer=("KLARNA", "AUTHADA"), jurisdiction=("eidas",), webflow=False, loa=3)
    )
    [request] = recorder.matching("GET", "/api/providers")
    assert request.url.params.multi_items() == [
        ("issuer", "KLARNA"),
        ("issuer", "AUTHADA"),
        ("jurisdiction", "EIDAS"),
        ("loa", "3"),
        ("webflow", "false"),
    ]


async def test_start_klarna_then_follow_it(client: SrsClient, sim: Sim, recorder: Recorder) -> None:
    started = await client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.ref_id
    assert started.target_url.startswith("http")
    assert started.status in (Status.CREATED, Status.INITIALIZED)

    [request] = recorder.matching("POST", "/api/providers/")
    assert request.url.path == "/api/providers/KLARNA/bankident"
    assert request.headers["Accept"] == PROVIDER_TYPE
    assert request.headers["Content-Type"] == PROVIDER_TYPE
    assert request.headers["Authorization"].startswith("Bearer ")

    status = await client.status(started.ref_id)
    assert status.ref_id == started.ref_id
    assert status.issuer.upper() == "KLARNA"
    assert status.mobile == "+41775383140"  # sent normalised
    assert status.history[0][0] is Status.CREATED

    await sim.force(started.ref_id, "TERMINATED")
    status = await client.status(started.ref_id)
    assert status.status is Status.TERMINATED
    assert status.is_final
    assert status.reached_at(Status.TERMINATED) is not None


async def test_start_video_gives_an_order_id(client: SrsClient) -> None:
    started = await client.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert started.order_id
    assert started.mobile_token is None


async def test_start_eid_gives_tokens(client: SrsClient) -> None:
    started = await client.start("authada", "EID", IdentityData(mobile="+41791234567"))
    assert started.mobile_token
    assert started.session_token


async def test_mock_issuer_needs_no_mandatory_data(client: SrsClient) -> None:
    started = await client.start("test", "bankident", IdentityData())
    assert started.ref_id


async def test_cancel_is_repeatable_but_not_after_the_end(client: SrsClient, sim: Sim) -> None:
    pending = await client.start("IDENTITY.TM", "video", IdentityData())
    cancelled = await client.cancel(pending.ref_id)
    assert cancelled.status is Status.CANCELLED
    assert (await client.cancel(pending.ref_id)).status is Status.CANCELLED  # safe to repeat

    done = await client.start("IDENTITY.TM", "video", IdentityData())
    await sim.force(done.ref_id, "TERMINATED")
    with pytest.raises(Conflict) as caught:
        await client.cancel(done.ref_id)
    assert caught.value.status_code == 409
    assert caught.value.message


async def test_verify_finds_the_evidence(client: SrsClient, sim: Sim, recorder: Recorder) -> None:
    started = await client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    await sim.force(started.ref_id, "TERMINATED")

    evidence = await client.verify("+41775383140", "eidas", 4, "cn=Peter Amrhyn, c=CH")
    assert evidence.evidence_id
    assert evidence.jurisdiction is Jurisdiction.EIDAS
    assert evidence.assurance_level == 4
    assert evidence.msisdn == "+41775383140"
    assert evidence.valid_until is not None
    assert evidence.valid_until.tzinfo is not None

    [request] = recorder.matching("POST", "/api/evidences/verify")
    assert "Authorization" not in request.headers  # the SRS token stays with the SRS
    assert request.headers["Accept"] == "application/vnd.sc.ras.evidence.v1+json"
    assert request.headers["Content-Type"] == "application/json"


async def test_verify_without_evidence(client: SrsClient, sim: Sim) -> None:
    with pytest.raises(EvidenceNotFound) as caught:
        await client.verify("+41790000001", Jurisdiction.EIDAS, 3)
    assert caught.value.status_code == 404
    assert caught.value.message  # the server's reason, for staff
    assert "+41790000001" not in caught.value.message  # echoed numbers come back masked

    # Klarna serves eIDAS only: a ZertES evidence is not there.
    started = await client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    await sim.force(started.ref_id, "TERMINATED")
    with pytest.raises(EvidenceNotFound):
        await client.verify("+41775383140", Jurisdiction.ZERTES, 4)


async def test_owned_http_client_is_closed(endpoints: SrsEndpoints) -> None:
    srs = SrsClient(endpoints, CREDENTIALS)
    async with srs:
        assert await srs.list_methods()
    with pytest.raises(RuntimeError, match="closed"):
        await srs.list_methods()


async def test_injected_http_client_is_left_open(
    client: SrsClient, http: httpx.AsyncClient
) -> None:
    await client.list_methods()
    await client.aclose()
    assert not http.is_closed
