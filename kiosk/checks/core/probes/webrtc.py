"""``webrtc``: what the embedded web engine can do for a video call.

The engine itself is Qt (``kiosk.checks.qt.webrtc_page``); it returns an observation, and this
module judges it. Facets: ``engine`` (a page runs and can create a peer connection: what every
web-view method needs), ``media`` (camera and microphone through getUserMedia, at least the size
the methods need), ``udp`` (a server-reflexive ICE candidate from the STUN server: UDP gets out;
the guide only recommends it, so it warns).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from ..addresses import HostPort
from ..model import Outcome, Status, worst
from ..texts import QT_TRANSLATE_NOOP, text

NO_ENGINE = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The built-in web browser could not run the check (%1). Web-based identification methods "
    "will not work: reinstall the application or send this report to support.",
)
NO_MEDIA = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The built-in web browser could not use the camera and microphone (%1). Close other "
    "programs that use the camera, check the connections, and run the check again.",
)
SMALL_VIDEO = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The built-in web browser gets only %1 pixels from the camera; video identification needs "
    "at least %2. Connect a better camera.",
)
NO_UDP = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The browser's connection test found no public address through the STUN server %1: UDP "
    "seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing "
    "UDP (port 3478, better 1025–65535).",
)


@dataclass(frozen=True)
class Candidate:
    kind: str  # "host", "srflx", "relay", "prflx"
    protocol: str  # "udp", "tcp"
    address: str


@dataclass(frozen=True)
class WebRtcObservation:
    engine_error: str | None = None  # the page did not load or its script did not run
    peer_connection: bool = False
    candidates: tuple[Candidate, ...] = ()
    ice_errors: tuple[str, ...] = ()  # "icecandidateerror" events (e.g. STUN unreachable)
    video: tuple[int, int] | None = None  # the camera track's size from getUserMedia
    audio: bool = False
    media_error: str | None = None


class WebEngine(Protocol):
    async def observe(self, stun: HostPort | None, budget_s: float) -> WebRtcObservation:
        """Gather ICE candidates (with ``stun``, if any), then ask for the camera (ideally
        1280x720, as video calls do) and the microphone; within ``budget_s``."""
        ...


def judge_webrtc(
    seen: WebRtcObservation, stun: HostPort | None, minimum: tuple[int, int]
) -> Outcome:
    threshold = f"{minimum[0]}x{minimum[1]}"
    shown = f"{seen.video[0]}x{seen.video[1]}" if seen.video else None
    if seen.engine_error is not None or not seen.peer_connection:
        reason = seen.engine_error or "no RTCPeerConnection"
        return Outcome(
            Status.FAIL,
            shown,
            "px",
            threshold,
            text(NO_ENGINE, reason),
            f"engine: {reason}",
            {"engine": Status.FAIL, "media": Status.FAIL, "udp": Status.FAIL},
        )
    kinds = Counter(c.kind for c in seen.candidates)
    public = sorted({c.address for c in seen.candidates if c.kind == "srflx"})
    parts = [f"ICE candidates: {', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'}"]
    if public:
        parts.append(f"public address {', '.join(public)}")
    parts.extend(f"ICE error {e}" for e in seen.ice_errors)
    advice = None
    if stun is None:
        udp = Status.SKIPPED
    elif public:
        udp = Status.PASS
    else:
        udp = Status.WARN
        advice = text(NO_UDP, stun)
    if seen.media_error is not None or seen.video is None or not seen.audio:
        media = Status.FAIL
        reason = seen.media_error or (
            "no camera track" if seen.video is None else "no microphone track"
        )
        parts.append(f"getUserMedia: {reason}")
        advice = text(NO_MEDIA, reason)
    elif seen.video[0] < minimum[0] or seen.video[1] < minimum[1]:
        media = Status.FAIL
        parts.append(f"getUserMedia: {shown} and audio")
        advice = text(SMALL_VIDEO, shown, threshold)
    else:
        media = Status.PASS
        parts.append(f"getUserMedia: {shown} and audio")
    facets = {"engine": Status.PASS, "media": media, "udp": udp}
    return Outcome(
        worst(list(facets.values())), shown, "px", threshold, advice, "; ".join(parts), facets
    )


async def probe_webrtc(
    engine: WebEngine, stun: HostPort | None, minimum: tuple[int, int], budget_s: float
) -> Outcome:
    return judge_webrtc(await engine.observe(stun, budget_s), stun, minimum)
