"""The guide's own words in answers our simulator does not write (another SRS, ``other_srs``):
methods grouped by ISP, unknown wrappers, final words as statuses, a verify that says no, the
personalized URL's spellings, and the time formats an SRS written from the guide may use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.srs import (
    EvidenceNotFound,
    IdentityData,
    Jurisdiction,
    MalformedResponse,
    Status,
)
from kiosk.srs.times import SWISS_GUESS

from .conftest import Other
from .other_srs import METHODS, Reading


def _without(entry: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k not in names}


GROUPED = [{"issuer": m["issuer"], "methods": [_without(m, "issuer")]} for m in METHODS]


# -- method list shapes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        GROUPED,
        {"providers": GROUPED},
        {"identificationMethods": METHODS},
        {"identificationMethods": GROUPED, "count": 3},
        {"_embedded": {"providerResourceList": METHODS}, "_links": {"self": {"href": "/x"}}},
        {"_embedded": {"providers": GROUPED}, "page": {"size": 20, "totalElements": 3}},
        {"data": {"identificationMethods": METHODS}},
    ],
)
async def test_grouped_and_unknown_wrappers_list_every_method(other: Other, answer: object) -> None:
    _, srs = other(Reading(providers=answer))
    listed = await srs.list_methods()
    assert [(m.issuer, m.method) for m in listed] == [
        ("IDENTITY.TM", "video"),
        ("AUTHADA", "eid"),
        ("POST", "counter"),
    ]
    assert listed[0].jurisdictions == (Jurisdiction.EIDAS, Jurisdiction.ZERTES)


async def test_a_group_lends_its_methods_what_they_lack(other: Other) -> None:
    answer = [
        {
            "name": "KLARNA",  # the ISP's name: its methods' issuer, not their names
            "type": "ISP",
            "jurisdictions": ["EIDAS"],
            "loa": 4,
            "methods": [
                {"method": "bankident", "methodType": "Bankident"},
                {"method": "bankident2", "methodType": "Bankident", "loa": 3, "name": "Other"},
            ],
        },
        {"issuer": "IDENTITY.TM", "methods": [{"methodType": "Video"}]},
    ]
    _, srs = other(Reading(providers=answer))
    first, second, video = await srs.list_methods()
    assert (first.issuer, first.name, first.loa, first.jurisdictions) == (
        "KLARNA",
        "KLARNA bankident",
        4,
        (Jurisdiction.EIDAS,),
    )
    assert (second.loa, second.name) == (3, "Other")
    assert (video.issuer, video.method) == ("IDENTITY.TM", "video")


async def test_a_single_isps_group(other: Other) -> None:
    _, srs = other(Reading(providers={"issuer": "KLARNA", "methods": [{"method": "bankident"}]}))
    assert [(m.issuer, m.method) for m in await srs.list_methods()] == [("KLARNA", "bankident")]


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"", 204), (b"", 200), (b"  ", 200), (b'{"identificationMethods": []}', 200)],
)
async def test_no_method_said_without_a_list(other: Other, body: bytes, status: int) -> None:
    _, srs = other(Reading(providers=body, providers_status=status))
    assert await srs.list_methods() == []


@pytest.mark.parametrize(
    "answer",
    [
        {"message": "maintenance until 22:00", "errors": []},
        {"a": METHODS, "b": METHODS},  # two lists: which one is meant cannot be told
        {"violations": [{"type": "about:blank", "title": "Bad filter"}]},  # no method in it
    ],
)
async def test_an_object_without_one_list_of_methods_is_malformed(
    other: Other, answer: object
) -> None:
    _, srs = other(Reading(providers=answer))
    with pytest.raises(MalformedResponse, match="not a list of methods"):
        await srs.list_methods()


# -- final words as statuses -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ({"status": "failed"}, "failed"),  # appendix 1, as it writes it
        ({"status": "FAILED", "reason": "Data mismatch"}, "Data mismatch"),
        ({"status": "REJECTED"}, "REJECTED"),
        ({"status": "TIMEOUT"}, "TIMEOUT"),
        ({"status": "Timed out"}, "Timed out"),
        ({"status": "TIMEDOUT"}, "TIMEDOUT"),
        ({"status": "EXPIRED"}, "EXPIRED"),
        ({"status": {"code": "EXPIRED"}}, "EXPIRED"),
    ],
)
async def test_final_words_are_a_negative_end(
    other: Other, answer: dict[str, object], reason: str
) -> None:
    _, srs = other(Reading(status_answer=answer))
    status = await srs.status("R")
    assert status.status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED and status.is_final
    assert status.reason == reason


async def test_a_known_status_gets_no_reason_made_up(other: Other) -> None:
    _, srs = other(Reading(status_answer={"status": "Negative Identification"}))
    assert (await srs.status("R")).reason is None  # the tracker decides (Klarna's timeout)


# -- verify: an explicit "no" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"evidenceId": "E-1", "verified": False},
        {"evidenceId": "E-1", "valid": "false"},
        {"evidenceId": "E-1", "result": "NOK"},
        {"evidenceId": "E-1", "result": "FAILED", "reason": "T&C not accepted"},
        {"evidenceId": "E-1", "status": "REJECTED"},
        {"evidenceId": "E-1", "termsAccepted": False},
        {"evidence": {"id": "E-1", "valid": False}},
        {"evidenceId": "E-1", "verificationResult": "not_verified"},
    ],
)
async def test_a_verify_that_says_no_is_no_evidence(other: Other, body: dict[str, Any]) -> None:
    _, srs = other(Reading(verify_answer=(200, body)))
    with pytest.raises(EvidenceNotFound, match="E-1 but says it does not enable signing") as no:
        await srs.verify("+41791234567", "EIDAS", 4)
    if "reason" in body:
        assert no.value.message.endswith(": T&C not accepted.")


@pytest.mark.parametrize(
    "body",
    [
        {"evidenceId": "E-1", "verified": True},
        {"evidenceId": "E-1", "result": "OK", "status": "TERMINATED"},
        {"evidenceId": "E-1", "status": "VALID", "valid": "yes"},
        {"evidenceId": "E-1", "result": "something new"},  # no "no" in so many words
    ],
)
async def test_a_verify_that_says_yes_or_nothing_is_an_evidence(
    other: Other, body: dict[str, Any]
) -> None:
    _, srs = other(Reading(verify_answer=(200, body)))
    assert (await srs.verify("+41791234567", "EIDAS", 4)).evidence_id == "E-1"


# -- the personalized URL ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["personalizedUrl", "personalizedURL", "personalized_url", "personalisedUrl", "redirectUrl"],
)
async def test_the_target_url_under_the_guides_other_names(other: Other, name: str) -> None:
    _, srs = other(Reading(start_answer={"refId": "R", name: "https://isp.example/x"}))
    started = await srs.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert started.target_url == "https://isp.example/x"


async def test_target_url_wins_over_a_redirect_url(other: Other) -> None:
    answer = {"refId": "R", "redirectUrl": "https://sp.example/back", "targetUrl": "https://isp/x"}
    _, srs = other(Reading(start_answer=answer))
    started = await srs.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert started.target_url == "https://isp/x"


# -- times -------------------------------------------------------------------------------------

SUMMER_10_UTC = datetime(2020, 5, 13, 8, 0, tzinfo=UTC)  # 10:00 in Zurich (CEST)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("13.05.2020 10:00", SUMMER_10_UTC),  # the guide's own style: Swiss local time
        ("13.05.2020 10:00:00", SUMMER_10_UTC),
        ("2020-05-13T10:00:00", SUMMER_10_UTC),  # no zone: Swiss local time
        ("13.01.2020 10:00", datetime(2020, 1, 13, 9, 0, tzinfo=UTC)),  # CET in winter
        ("Wed, 13 May 2020 08:00:00 GMT", SUMMER_10_UTC),
        ("2020-05-13T10:00:00+02:00[Europe/Zurich]", SUMMER_10_UTC),
        ("2020-05-13T10:00:00[Europe/Zurich]", SUMMER_10_UTC),
        (str(int(SUMMER_10_UTC.timestamp() * 1000)), SUMMER_10_UTC),  # epoch ms as text
        ([2020, 5, 13, 10, 0, 0], SUMMER_10_UTC),  # Jackson's array, local time
        ("13.05.2020", datetime(2020, 5, 13, tzinfo=UTC)),  # a date is a whole day, no zone
        ("13/05/2020", datetime(2020, 5, 13, tzinfo=UTC)),
        ("2020-05-13T08:00:00Z", SUMMER_10_UTC),
    ],
)
async def test_time_formats(other: Other, written: object, meant: datetime) -> None:
    answer = {"status": "Initialized", "statuses": [{"status": "Created", "at": written}]}
    _, srs = other(
        Reading(
            status_answer=answer, verify_answer=(200, {"evidenceId": "E", "createdAt": written})
        )
    )
    [(_, at)] = (await srs.status("R")).history
    assert at == meant
    assert (await srs.verify("+41791234567", "EIDAS", 4)).created_at == meant


@pytest.mark.parametrize(
    ("wall", "fold", "offset_h"),
    [
        ((2020, 3, 29, 1, 59), 0, 1),  # the last minute of winter time
        ((2020, 3, 29, 3, 0), 0, 2),  # summer time
        ((2020, 10, 25, 2, 30), 0, 2),  # the repeated hour, first pass
        ((2020, 10, 25, 2, 30), 1, 1),  # and second
        ((2020, 10, 25, 3, 0), 0, 1),
        ((2021, 3, 28, 12, 0), 0, 2),
    ],
)
def test_swiss_time_without_a_tz_database(wall: tuple[int, ...], fold: int, offset_h: int) -> None:
    local = datetime(*wall, fold=fold, tzinfo=SWISS_GUESS)
    assert local.utcoffset() == timedelta(hours=offset_h)
    back = local.astimezone(UTC).astimezone(SWISS_GUESS)  # and back from UTC
    assert (back.replace(tzinfo=None), back.fold) == (local.replace(tzinfo=None), fold)
    assert local.astimezone(UTC) == local.replace(tzinfo=ZoneInfo("Europe/Zurich")).astimezone(UTC)
