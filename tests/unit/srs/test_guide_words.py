"""The client against the simulator's dialects that play the guide's own words: methods grouped by
ISP or wrapped as Spring does, "the personalized URL", the final words "failed" and "the Timeout",
a verify that says "no", and times written as the guide writes dates. Real HTTP, nothing mocked."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from datetime import datetime
from typing import Any

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import (
    EvidenceNotFound,
    IdentityData,
    Jurisdiction,
    MethodFilter,
    SrsClient,
    Status,
)

from .conftest import CREDENTIALS, FAST_RETRY, Sim, endpoints_for

MOBILE = "+41791234567"
ALL = {("IDENTITY.TM", "video"), ("AUTHADA", "eid"), ("KLARNA", "bankident")}

Made = tuple[SrsClient, Sim]


@pytest.fixture
async def on() -> AsyncIterator[Callable[..., Any]]:
    """``await on("a", "b")``: a client and the control API of a fresh simulator playing those
    dialects (clock frozen: tests move it)."""
    stack = AsyncExitStack()
    sims: list[EmbeddedSimulator] = []

    async def make(*dialects: str) -> Made:
        sim = EmbeddedSimulator(speed=60.0, dialects=dialects)
        sim.start()
        sims.append(sim)
        control = await stack.enter_async_context(
            httpx.AsyncClient(base_url=sim.base_url, timeout=10)
        )
        (await control.post("/_sim/clock", json={"speed": 0})).raise_for_status()
        srs = await stack.enter_async_context(
            SrsClient(endpoints_for(sim.base_url), CREDENTIALS, retry=FAST_RETRY)
        )
        return srs, Sim(control)

    yield make
    await stack.aclose()
    for sim in sims:
        sim.stop()


async def _advance(sim: Sim, seconds: float) -> None:
    (await sim.http.post("/_sim/clock", json={"advance_s": seconds})).raise_for_status()


@pytest.mark.parametrize(
    "dialects",
    [
        ("methods-by-issuer",),
        ("methods-embedded",),
        ("methods-by-issuer", "methods-wrapped"),
        ("methods-by-issuer", "methods-embedded", "issuer-mixed-case"),
    ],
)
async def test_a_method_list_grouped_or_wrapped_lists_every_method(
    on: Callable[..., Any], dialects: tuple[str, ...]
) -> None:
    srs, _ = await on(*dialects)
    listed = await srs.list_methods()
    assert {(m.issuer.upper(), m.method) for m in listed} == ALL
    klarna = next(m for m in listed if m.method == "bankident")
    assert (klarna.loa, klarna.jurisdictions) == (4, (Jurisdiction.EIDAS,))
    zertes = await srs.list_methods(MethodFilter(jurisdiction=(Jurisdiction.ZERTES,)))
    assert [m.issuer.upper() for m in zertes] == ["IDENTITY.TM"]


@pytest.mark.parametrize(
    "dialects", [("methods-empty-204",), ("methods-empty-204", "methods-by-issuer")]
)
async def test_an_empty_method_list_answered_204_is_no_method(
    on: Callable[..., Any], dialects: tuple[str, ...]
) -> None:
    srs, _ = await on(*dialects)
    nothing = MethodFilter(issuer=("NOBODY",))
    assert await srs.list_methods(nothing) == []
    assert len(await srs.list_methods()) == 3


async def test_the_personalized_url_is_the_target_url(on: Callable[..., Any]) -> None:
    srs, _ = await on("target-url-personalized")
    started = await srs.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert started.target_url and "/isp/video/" in started.target_url
    status = await srs.status(started.ref_id)
    assert status.target_url == started.target_url


async def test_the_personalized_url_arriving_late(on: Callable[..., Any]) -> None:
    srs, sim = await on("target-url-personalized", "late-target-url")
    started = await srs.start("AUTHADA", "eid", IdentityData())
    assert started.target_url is None
    await _advance(sim, 30)
    assert (await srs.status(started.ref_id)).target_url


@pytest.mark.parametrize(
    ("scenario", "word", "reason"),
    [
        # Appendix 1: "the SP will only get back a 'failed'"; the ISP's reason is kept.
        ("SIM-NEGATIVE", "FAILED", "The bank account holder does not match the data given"),
        # Appendix 3: "If the Timeout is reached": the word is the only reason there is.
        ("SIM-EXPIRE", "TIMEOUT", "TIMEOUT"),
    ],
)
async def test_the_guides_final_words_end_the_order(
    on: Callable[..., Any], scenario: str, word: str, reason: str
) -> None:
    srs, sim = await on("status-final-words")
    person = IdentityData(
        first_name="Anna",
        last_name="Muster",
        dob=datetime(1985, 4, 12).date(),
        external_id=scenario,
    )
    started = await srs.start("KLARNA", "bankident", person)
    await _advance(sim, 3 * 3600)
    status = await srs.status(started.ref_id)
    assert (status.status_text, status.status) == (word, Status.IDENTIFICATION_NEGATIVELY_CONDUCTED)
    assert status.is_final and status.reason == reason
    assert status.history[-1][0] is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED


async def test_a_verify_that_says_no_is_no_evidence(on: Callable[..., Any]) -> None:
    srs, sim = await on("verify-verdict")
    started = await srs.start(
        "IDENTITY.TM", "video", IdentityData(mobile=MOBILE, external_id="SIM-NOTERMS")
    )
    await _advance(sim, 3 * 3600)
    assert (await srs.status(started.ref_id)).status is Status.TERMINATED
    said = await sim.http.post(
        "/api/evidences/verify",
        json={"jurisdiction": "EIDAS", "msisdn": MOBILE, "assuranceLevel": "4"},
    )
    assert said.status_code == 200 and said.json()["verified"] is False  # the dialect's "no"
    with pytest.raises(EvidenceNotFound, match="does not enable signing"):
        await srs.verify(MOBILE, "EIDAS", 4)
    # Another customer whose T&C are accepted gets a "yes": that one is an evidence.
    other = "+41797654321"
    await srs.start("IDENTITY.TM", "video", IdentityData(mobile=other))
    await _advance(sim, 3 * 3600)
    assert (await srs.verify(other, "EIDAS", 4)).evidence_id


async def test_times_as_the_guide_writes_dates(on: Callable[..., Any]) -> None:
    srs, sim = await on("times-swiss")
    started = await srs.start("IDENTITY.TM", "video", IdentityData(mobile=MOBILE))
    await _advance(sim, 3 * 3600)
    status = await srs.status(started.ref_id)
    (canonical,) = [o for o in await sim.orders() if o["refId"] == started.ref_id]
    expected = [
        datetime.fromisoformat(e["at"].replace("Z", "+00:00")) for e in canonical["statuses"]
    ]
    assert [at for _, at in status.history] == expected  # Swiss local time read as such
    raw = await sim.http.post(
        "/api/evidences/verify",
        json={"jurisdiction": "EIDAS", "msisdn": MOBILE, "assuranceLevel": "4"},
    )
    assert "." in raw.json()["createdAt"] and "Z" not in raw.json()["createdAt"]
    evidence = await srs.verify(MOBILE, "EIDAS", 4)
    assert evidence.created_at == expected[-1]
    assert evidence.valid_until is not None and evidence.valid_until > evidence.created_at
