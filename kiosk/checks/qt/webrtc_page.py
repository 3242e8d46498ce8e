"""The ``webrtc`` probe's engine: a hidden QWebEnginePage with a fresh off-the-record profile.

Camera and microphone are granted to this page's own origin only, through Qt's permission
API, like the session web view does for a method's origin; nothing else is granted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEnginePermission, QWebEngineProfile

from kiosk.checks.core.addresses import HostPort
from kiosk.checks.core.probes.webrtc import Candidate, WebRtcObservation

from .webrtc_script import PAGE

log = logging.getLogger(__name__)

# http://localhost is a secure context (getUserMedia needs one); the HTML is set, not fetched.
ORIGIN = "http://localhost"
GATHER_S = 3.0  # longest wait for ICE gathering: STUN answers within a round trip
MEDIA_S = 10.0  # longest wait for getUserMedia (a real camera takes a moment to start)
_MEDIA = frozenset(
    {
        QWebEnginePermission.PermissionType.MediaAudioCapture,
        QWebEnginePermission.PermissionType.MediaVideoCapture,
        QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
    }
)


class _ProbePage(QWebEnginePage):
    """Hands the tagged console line to ``answer``; other console output is ignored."""

    def __init__(
        self, profile: QWebEngineProfile, token: str, answer: asyncio.Future[str], parent: QObject
    ) -> None:
        super().__init__(profile, parent)
        self._token, self._answer = token, answer
        self.permissionRequested.connect(self._on_permission)

    def javaScriptConsoleMessage(  # noqa: N802 - Qt override
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        if message.startswith(self._token) and not self._answer.done():
            self._answer.set_result(message[len(self._token) :])

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        asked = permission.origin().toString().rstrip("/").casefold()
        if permission.permissionType() in _MEDIA and asked == ORIGIN:
            permission.grant()
        else:
            log.info("denied %s for %s", permission.permissionType().name, asked)
            permission.deny()


class QtWebEngineProbe:
    """``WebEngine`` for the core probe; a fresh page and profile per run, both deleted (in
    that order) before ``observe`` returns."""

    def __init__(self) -> None:
        # Owns page and profile on the C++ side, so Python's garbage collector never deletes
        # them out of order; they are deleted explicitly after each run.
        self._owner = QObject()

    async def observe(self, stun: HostPort | None, budget_s: float) -> WebRtcObservation:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget_s
        token = f"readiness-{secrets.token_hex(8)}:"
        answer: asyncio.Future[str] = loop.create_future()
        loaded: asyncio.Future[bool] = loop.create_future()
        gone: asyncio.Future[None] = loop.create_future()
        profile = QWebEngineProfile(self._owner)  # no storage name: off the record
        page = _ProbePage(profile, token, answer, self._owner)
        page.destroyed.connect(profile.deleteLater)  # the page must go before its profile

        def on_gone() -> None:
            if not gone.done():
                gone.set_result(None)

        profile.destroyed.connect(on_gone)

        def on_loaded(ok: bool) -> None:
            if not loaded.done():
                loaded.set_result(ok)

        page.loadFinished.connect(on_loaded)
        try:
            page.setHtml(PAGE, QUrl(f"{ORIGIN}/"))
            if not await asyncio.wait_for(loaded, budget_s):
                return WebRtcObservation(engine_error="the check page did not load")
            remaining = deadline - loop.time()
            config = {
                "token": token,
                "stun": str(stun) if stun else "",
                # A STUN server that answers does so within a round trip; one that has
                # not after a few seconds is as good as blocked.
                "gatherMs": int(min(remaining * 0.45, GATHER_S) * 1000),
                "mediaMs": int(min(remaining * 0.45, MEDIA_S) * 1000),
            }
            page.runJavaScript(f"readinessCheck({json.dumps(config)})")
            raw = await asyncio.wait_for(answer, max(0.1, deadline - loop.time()))
        except TimeoutError:
            return WebRtcObservation(
                engine_error=f"no answer from the web engine within {budget_s:g} s"
            )
        finally:
            page.triggerAction(QWebEnginePage.WebAction.Stop)
            page.deleteLater()
            with contextlib.suppress(TimeoutError):  # normally a few milliseconds
                await asyncio.wait_for(asyncio.shield(gone), 2.0)
        return _observation(json.loads(raw))


def _observation(data: dict[str, object]) -> WebRtcObservation:
    candidates = data.get("candidates")
    video = data.get("video")
    errors = data.get("ice_errors")
    return WebRtcObservation(
        engine_error=_str_or_none(data.get("engine_error")),
        peer_connection=bool(data.get("peer_connection")),
        candidates=tuple(
            Candidate(str(c[0]), str(c[1]), str(c[2]))
            for c in (candidates if isinstance(candidates, list) else [])
            if isinstance(c, list) and len(c) == 3
        ),
        ice_errors=tuple(
            dict.fromkeys(  # one per local socket: the same error repeats
                str(e).strip() for e in (errors if isinstance(errors, list) else [])
            )
        ),
        video=(int(video[0]), int(video[1]))
        if isinstance(video, list) and len(video) == 2
        else None,
        audio=bool(data.get("audio")),
        media_error=_str_or_none(data.get("media_error")),
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
