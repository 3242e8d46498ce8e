"""The timing rules, as pure functions (no network, no clock)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kiosk.srs import MethodType, Status, find_method_spec
from kiosk.tracking import DEFAULT_POLICY
from kiosk.tracking.policy import Timing
from kiosk.tracking.privacy import customer_key, scrub

EXACT = replace(DEFAULT_POLICY, jitter=0.0, min_delay_s=0.0)


def timing(scale: float = 1.0) -> Timing:
    return Timing(EXACT, scale, random.Random(7))


def test_fast_in_the_flow_slower_when_idle() -> None:
    t = timing()
    assert (
        t.poll_delay(MethodType.EID, Status.INITIALIZED, in_status_s=30, polls_in_status=6) == 5.0
    )
    assert (
        t.poll_delay(MethodType.VIDEO, Status.CREATED, in_status_s=11 * 60, polls_in_status=100)
        == 30.0
    )


def test_video_back_office_backs_off_to_two_minutes() -> None:
    t = timing()
    delays = [
        t.poll_delay(MethodType.VIDEO, Status.DATA_READY, in_status_s=0, polls_in_status=n)
        for n in range(6)
    ]
    assert delays[0] == 30.0 and delays[1] == 45.0
    assert delays == sorted(delays) and delays[-1] == 120.0
    # Klarna's automatic checks take a minute: no back-office slowdown there.
    assert (
        t.poll_delay(MethodType.BANKIDENT, Status.DATA_READY, in_status_s=0, polls_in_status=3)
        == 5.0
    )


def test_everything_scales_except_retry_after() -> None:
    t = timing(scale=0.01)
    assert t.poll_delay(
        MethodType.EID, Status.CREATED, in_status_s=0, polls_in_status=0
    ) == pytest.approx(0.05)
    assert t.error_delay(1, None) == pytest.approx(0.05)
    assert t.error_delay(1, 2.0) == 2.0  # the server's instruction stands
    assert t.error_delay(1, 10_000.0) == DEFAULT_POLICY.max_retry_after_s


def test_error_backoff_doubles_up_to_a_cap() -> None:
    t = timing()
    assert [t.error_delay(n, None) for n in (1, 2, 3)] == [5.0, 10.0, 20.0]
    assert t.error_delay(30, None) == 300.0


def test_jitter_spreads_but_never_undercuts_retry_after() -> None:
    t = Timing(DEFAULT_POLICY, 1.0, random.Random(1))
    polls = {
        t.poll_delay(MethodType.EID, Status.CREATED, in_status_s=0, polls_in_status=0)
        for _ in range(50)
    }
    assert len(polls) > 40 and min(polls) >= 4.5 and max(polls) <= 5.5
    assert min(t.error_delay(1, 3.0) for _ in range(50)) >= 3.0
    tiny = Timing(DEFAULT_POLICY, 1e-6, random.Random(1))
    assert (
        tiny.poll_delay(MethodType.EID, Status.CREATED, in_status_s=0, polls_in_status=0)
        == DEFAULT_POLICY.min_delay_s
    )


def test_verify_schedule_per_method() -> None:
    t = timing()
    authada = find_method_spec("AUTHADA", "eid")
    klarna = find_method_spec("KLARNA", "bankident")
    video = find_method_spec("IDENTITY.TM", "video")
    # AUTHADA: 60 s after the start, but not before TERMINATED was seen.
    assert t.first_verify_at(authada, created_at=0, terminated_seen_at=40) == 60
    assert t.first_verify_at(authada, created_at=0, terminated_seen_at=300) == 300
    # Klarna: 30 s after TERMINATED; video: right after TERMINATED.
    assert t.first_verify_at(klarna, created_at=0, terminated_seen_at=200) == 230
    assert t.first_verify_at(video, created_at=0, terminated_seen_at=900) == 900
    assert t.first_verify_at(None, created_at=0, terminated_seen_at=10) == 40
    assert t.verify_deadline(100) == 100 + 24 * 3600
    # retries: every 30 s through Klarna's 2-minute window, then doubling to 15 minutes
    assert [t.verify_delay(n) for n in range(1, 7)] == [30, 30, 30, 60, 120, 240]
    assert t.verify_delay(40) == 900


def test_session_only_for_methods_with_one_and_a_grace_after_it() -> None:
    # The session's length only: it counts from the start of the identification process,
    # which the tracker learns later (the first use of the target URL).
    t = timing(scale=0.5)
    assert t.session_s(find_method_spec("KLARNA", "bankident")) == 1800
    assert t.session_s(find_method_spec("test", "bankident")) == 1800
    assert t.session_s(find_method_spec("AUTHADA", "eid")) is None
    assert t.session_grace() == 450  # the provider's word is awaited 15 minutes


def test_unknown_status_and_awaited_link_are_polled_like_the_customer_side() -> None:
    t = timing()
    assert (
        t.poll_delay(MethodType.VIDEO, Status.IN_PROGRESS, in_status_s=0, polls_in_status=9) == 5
    )  # never the backoff of a malformed answer
    assert (
        t.poll_delay(None, Status.CREATED, in_status_s=0, polls_in_status=0, awaiting_url=True) == 1
    )  # the customer waits for the link


def test_customer_key_and_scrub() -> None:
    secret = bytes(32)
    key = customer_key("+41 79 123 45 67", secret)
    assert key == customer_key("0041791234567", secret) != customer_key("+41791234568", secret)
    assert key != customer_key("+41791234567", bytes([1]) * 32)  # per installation
    assert "41791234567" not in key and len(key) == 32
    text = "No evidence for +41791234567 (or 41791234567) since 2026-11-28; order ITM-12345678"
    assert scrub(text) == (
        "No evidence for +41 79 *** ** 67 (or +41 79 *** ** 67) since <date>; order ITM-12345678"
    )
    assert scrub("x" * 500, limit=10) == "x" * 9 + "…"
    assert scrub(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 079 123 45 67 back", "Call ********67 back"),
        ("number 0041 79 123 45 67 unknown", "number ***********67 unknown"),
        ("German 0151/12345678", "German **********78"),
        ("mail anna.muster+kiosk@example.co.uk failed", "mail <e-mail> failed"),
        ("born 12.04.1985 or 1985-04-12 or 4/12/85", "born <date> or <date> or <date>"),
        ("at 2026-12-04T20:00:00Z", "at <date>"),
        ("HTTP 404, ref 123e4567, 12 s, LOA 4", "HTTP 404, ref 123e4567, 12 s, LOA 4"),
        ("\x1b[2J\x1b]0;owned\x07Bad\rrequest\x00", "Bad request "),
    ],
)
def test_scrub_removes_what_identifies_a_person(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_real_sessions_keep_the_methods_length_at_any_scale() -> None:
    """Training watched at the window: the provider's clock runs fast, the trainee on the
    bank's page keeps the guide's 60 minutes."""
    fast = Timing(EXACT, 1 / 60, random.Random(7), real_sessions=True)
    assert fast.session_s(find_method_spec("KLARNA", "bankident")) == 3600
    assert fast.session_grace() == EXACT.session_grace_s / 60  # the rest stays fast
    assert Timing(EXACT, 1 / 60).session_s(find_method_spec("KLARNA", "bankident")) == 60
