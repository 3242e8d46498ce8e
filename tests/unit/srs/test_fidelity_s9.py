"""The client against readings of the guide left open after the s8 fidelity review
(review-shots/s8/FIDELITY.md, "Not fixed"), now read: a token answer in camelCase, a level of
assurance written as text ("LOA4"), jurisdictions as objects, the target URL only as a HAL link.
Each runs the real client against an SRS of that reading (:mod:`.other_srs`); nothing of ours is
mocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.srs import Jurisdiction, MalformedResponse, SrsClient

from .other_srs import METHODS, OtherSrs, Reading
from .test_client_calls import KLARNA_CUSTOMER

Other = Callable[..., tuple[OtherSrs, SrsClient]]


@pytest.mark.parametrize(
    "answer",
    [
        {"accessToken": "T2", "tokenType": "Bearer", "expiresIn": 600},
        {"accessToken": "T2"},
        {"access_token": "T2", "expiresIn": "600"},
    ],
)
async def test_a_token_answer_in_camel_case_is_used(other: Other, answer: dict[str, Any]) -> None:
    server, srs = other(Reading(token_answer=answer))
    await srs.list_methods()
    ((_, headers, _),) = server.requests("/api/providers")
    assert headers["authorization"] == "Bearer T2"


async def test_a_token_answer_without_a_token_names_the_field(other: Other) -> None:
    _, srs = other(Reading(token_answer={"token_type": "bearer", "expires_in": 600}))
    with pytest.raises(MalformedResponse) as refused:
        await srs.list_methods()
    assert "access_token" in str(refused.value)


def _listing(**changes: Any) -> list[dict[str, Any]]:
    return [{**method, **changes} for method in METHODS]


@pytest.mark.parametrize(("written", "read"), [("LOA4", 4), ("LoA 3", 3), ("loa-4", 4), ("4", 4)])
async def test_a_level_of_assurance_written_as_text_is_read(
    other: Other, written: str, read: int
) -> None:
    _, srs = other(Reading(providers=_listing(loa=written)))
    assert {m.loa for m in await srs.list_methods()} == {read}


async def test_a_level_of_assurance_in_words_is_unknown_not_an_error(other: Other) -> None:
    _, srs = other(Reading(providers=_listing(loa="QES")))
    methods = await srs.list_methods()
    assert len(methods) == len(METHODS) and {m.loa for m in methods} == {None}


@pytest.mark.parametrize("key", ["code", "value", "name", "id"])
async def test_jurisdictions_as_objects_are_read(other: Other, key: str) -> None:
    listing = [
        {**m, "jurisdictions": [{key: j, "label": "x"} for j in m["jurisdictions"]]}
        for m in METHODS
    ]
    _, srs = other(Reading(providers=listing))
    methods = {m.issuer: m for m in await srs.list_methods()}
    assert methods["IDENTITY.TM"].jurisdictions == (Jurisdiction.EIDAS, Jurisdiction.ZERTES)
    assert methods["POST"].jurisdictions == (Jurisdiction.ZERTES,)


URL = "https://klarna.example/identify?session=abc"


@pytest.mark.parametrize(
    "links",
    [
        {"self": {"href": "/api/identifications/R-1"}, "target": {"href": URL}},
        {"targetUrl": {"href": URL}},
        {"target": URL},
    ],
)
async def test_a_target_url_only_as_a_hal_link_is_read(other: Other, links: dict[str, Any]) -> None:
    _, srs = other(
        Reading(
            start_answer={"refId": "R-1", "status": "INITIALIZED", "_links": links},
            status_answer={"refId": "R-1", "status": "INITIALIZED", "_links": links},
        )
    )
    started = await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.target_url == URL
    assert (await srs.status("R-1")).target_url == URL


async def test_a_target_url_field_wins_over_a_link(other: Other) -> None:
    _, srs = other(
        Reading(start_answer={"refId": "R-1", "targetUrl": URL, "_links": {"target": "x"}})
    )
    assert (await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)).target_url == URL
