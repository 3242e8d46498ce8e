"""How a WebRTC observation from the web engine becomes a result with facets (the engine
itself is tested in tests/gui/test_checks_qt.py)."""

from __future__ import annotations

from kiosk.checks.core import Candidate, HostPort, Status, WebRtcObservation
from kiosk.checks.core.probes.webrtc import judge_webrtc

STUN = HostPort("stun.example.test", 3478)
VGA = (640, 480)
HOST = Candidate("host", "udp", "0b1c.local")
SRFLX = Candidate("srflx", "udp", "203.0.113.7")


def test_media_and_a_public_address_pass() -> None:
    seen = WebRtcObservation(
        peer_connection=True, candidates=(HOST, SRFLX), video=(1280, 720), audio=True
    )
    outcome = judge_webrtc(seen, STUN, VGA)
    assert outcome.status is Status.PASS
    assert outcome.value == "1280x720"
    assert outcome.facets == {"engine": Status.PASS, "media": Status.PASS, "udp": Status.PASS}
    assert "public address 203.0.113.7" in outcome.detail


def test_no_public_address_warns_about_udp() -> None:
    seen = WebRtcObservation(
        peer_connection=True,
        candidates=(HOST,),
        video=(1280, 720),
        audio=True,
        ice_errors=("701 STUN binding request timed out",),
    )
    outcome = judge_webrtc(seen, STUN, VGA)
    assert outcome.status is Status.WARN
    assert outcome.facets["udp"] is Status.WARN
    assert "UDP" in str(outcome.advice)
    assert "701" in outcome.detail


def test_without_a_stun_server_udp_is_not_judged() -> None:
    seen = WebRtcObservation(peer_connection=True, candidates=(HOST,), video=(640, 480), audio=True)
    outcome = judge_webrtc(seen, None, VGA)
    assert outcome.status is Status.PASS
    assert outcome.facets["udp"] is Status.SKIPPED


def test_media_failure_fails_but_keeps_the_engine() -> None:
    seen = WebRtcObservation(
        peer_connection=True,
        candidates=(HOST, SRFLX),
        media_error="NotFoundError: Requested device not found",
    )
    outcome = judge_webrtc(seen, STUN, VGA)
    assert outcome.status is Status.FAIL
    assert outcome.facets == {"engine": Status.PASS, "media": Status.FAIL, "udp": Status.PASS}
    assert "NotFoundError" in str(outcome.advice)


def test_small_video_fails() -> None:
    seen = WebRtcObservation(
        peer_connection=True, candidates=(SRFLX,), video=(320, 240), audio=True
    )
    outcome = judge_webrtc(seen, STUN, VGA)
    assert outcome.facets["media"] is Status.FAIL
    assert "320x240" in str(outcome.advice)


def test_a_broken_engine_fails_everything() -> None:
    outcome = judge_webrtc(WebRtcObservation(engine_error="the check page did not load"), STUN, VGA)
    assert outcome.status is Status.FAIL
    assert set(outcome.facets.values()) == {Status.FAIL}
    assert "did not load" in str(outcome.advice)
