"""``srs-kiosk screenshots``: drive the real UI in training mode through every screen and save
one PNG per screen (for the README, translators and reviews)."""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from kiosk.app.language import PSEUDO
from kiosk.app.qt_loop import install_loop
from kiosk.app.session import Session
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.config import Settings, SrsSettings
from kiosk.services import Backend
from kiosk.srs import Status

log = logging.getLogger(__name__)

SCREENS = (
    "attract",
    "methods",
    "data",
    "consent",
    "handoff-authada",
    "handoff-video",
    "handoff-bankident",
    "status",
    "result",
    "dashboard",
    "support",
    "diagnosis",
    "idle-prompt",
    "terms-sms",
    "handoff-authada-help",
    "error-start",
)
_TIMEOUT_S = 30.0
_CHECK_TIMEOUT_S = 120.0  # the whole readiness check (its probes time out on their own)


def run_screenshots(
    settings: Settings,
    out: Path,
    lang: str,
    size: tuple[int, int],
    *,
    large_text: bool = False,
    only: tuple[str, ...] = SCREENS,
) -> int:
    """Write ``SCREENS`` (or those of them in ``only``, stopping once they are written) as PNGs
    into ``out`` in language ``lang`` at ``size`` (width, height); always in training mode, in
    the branch's branding; with the staff setting "larger text" if ``large_text`` (or if the
    branch's settings have it). Returns the exit code (0: all written)."""
    # Chromium's fake camera for the video page (no camera on a build machine); must be set
    # before Qt starts. Never the fake *permission UI*: the kiosk grants by origin itself.
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--use-fake-device-for-media-stream" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
            f"{flags} --use-fake-device-for-media-stream".strip()
        )
    from kiosk.ui.launch import make_app
    from kiosk.ui.main_window import MainWindow

    # No pre-flight: a build machine has no camera (the video page uses Chromium's fake one).
    training = settings.model_copy(
        update={
            "srs": SrsSettings(),
            "checks": settings.checks.model_copy(update={"preflight": False}),
            "kiosk": settings.kiosk.model_copy(
                update={"large_text": large_text or settings.kiosk.large_text}
            ),
        }
    )
    app = make_app(large_text=training.kiosk.large_text, branding=training.branding)
    out.mkdir(parents=True, exist_ok=True)
    loop = install_loop(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        root = Composition(training, data_folder=folder, config_path=folder / "config.toml")
        with root.backend() as backend, loop:
            session = root.session(backend)
            window = MainWindow.for_session(session, kiosk_mode=False)
            window.resize(*size)
            shooter = _Shooter(window, session, backend, out, lang, only)
            code: int = loop.run_until_complete(shooter.run())
            return code


class _AllWrittenError(Exception):
    """The screens asked for are written: the rest of the tour is skipped."""


class _Shooter:
    def __init__(
        self,
        window: object,
        session: Session,
        backend: Backend,
        out: Path,
        lang: str,
        only: tuple[str, ...] = SCREENS,
    ) -> None:
        from kiosk.ui.main_window import MainWindow

        assert isinstance(window, MainWindow) and backend.simulator is not None
        self.w = window
        self.session = session
        self.ctl = session.flow
        self.sim = backend.simulator.base_url
        self.out = out
        self.lang = lang
        # The pseudo-locale (xx) dresses the English customer flow in stretched, accented texts.
        self.customer_lang = "en" if lang == PSEUDO else lang
        session.terminal.language.pseudo = lang == PSEUDO
        session.terminal.language.switch_staff(
            self.customer_lang
        )  # staff screens: the same language
        self.written: list[str] = []
        self.only = only

    async def until(
        self, predicate: Callable[[], bool], what: str, timeout_s: float = _TIMEOUT_S
    ) -> None:
        deadline = time.monotonic() + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"screenshots: gave up waiting for {what}")
            await asyncio.sleep(0.05)

    async def shoot(self, name: str, settle_s: float = 0.4) -> None:
        if name not in self.only:
            return
        await asyncio.sleep(settle_s)  # layouts, the web page's paint
        path = self.out / f"{name}.png"
        if not self.w.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(name)
        log.info("wrote %s", path)
        if set(self.only) <= set(self.written):
            raise _AllWrittenError

    async def sim_call(self, method: str, path: str, **body: object) -> None:
        async with httpx.AsyncClient() as http:
            answer = await http.request(method, f"{self.sim}{path}", json=body or None)
            answer.raise_for_status()

    async def new_session(self, issuer: str, values: dict[str, str]) -> None:
        w = self.w
        w.attract.languages[self.customer_lang].click()
        w.attract.start.click()
        await self.until(lambda: bool(w.methods.cards), "the method list")
        card = next(c for c in w.methods.cards if c.method.issuer == issuer)
        card.choose.click()
        for name, text in values.items():
            if name in w.data.fields:
                w.data.fields[name].edit.setText(text)

    async def consent_and_start(self) -> None:
        self.w.data.next.click()
        await self.until(lambda: self.ctl.stage is Stage.CONSENT, "the consent screen")
        self.w.consent.accept.click()
        await self.until(lambda: self.ctl.stage is Stage.HANDOFF, "the hand-off")

    def page_token(self) -> str:
        started = self.ctl.started
        assert started is not None and started.target_url is not None
        return started.target_url.rstrip("/").rsplit("/", 1)[1]

    async def run(self) -> int:
        """One run of the loop for everything (QtWebEngine must not see the loop exit while
        a page is alive), the clean-up included."""
        from kiosk.ui.launch import shut_down

        await self.session.terminal.start_tracking()
        self.w.show()
        try:
            return await self.shoot_all()
        except _AllWrittenError:
            return 0
        finally:
            await shut_down(self.w, self.session)

    async def shoot_all(self) -> int:
        w, ctl = self.w, self.ctl
        # Statuses move only when the (simulated) customer acts or the clock is advanced.
        await self.sim_call("POST", "/_sim/clock", speed=1)
        w.attract.languages[self.customer_lang].click()
        await self.shoot("attract")

        # Klarna BankIdent: methods, data, consent, the web view, the verified result.
        await self.new_session(
            "KLARNA",
            {
                "first_name": "Erika",
                "last_name": "Mustermann",
                "dob": "12.08.1964",
                "mobile": "+49 151 2345 6789",
                "email": "erika.mustermann@example.de",
            },
        )
        w.data.back.click()
        await self.until(lambda: bool(w.methods.cards), "the method list")
        await self.shoot("methods")
        next(c for c in w.methods.cards if c.method.issuer == "KLARNA").choose.click()
        await self.shoot("data")
        w.data.next.click()
        await self.until(lambda: ctl.stage is Stage.CONSENT, "the consent screen")
        await self.shoot("consent")
        w.consent.accept.click()
        await self.until(lambda: ctl.stage is Stage.HANDOFF, "the hand-off")
        # BankIdent continues on the customer's phone by default: its code, nothing loaded.
        await self.until(lambda: w.handoff_web.phone_first_qr.data is not None, "the code")
        await self.shoot("handoff-bankident")
        await self.sim_call("POST", f"/isp/bankident/{self.page_token()}/complete")
        await self.sim_call("POST", "/_sim/clock", advance_s=600)
        await self.until(lambda: ctl.stage is Stage.RESULT, "the result")
        await self.shoot("result")
        w.result.finish.click()

        # Identity.tm video: the call page with the (fake) camera, then the live status.
        await self.new_session(
            "IDENTITY.TM",
            {"first_name": "Lukas", "last_name": "Meier", "mobile": "+41 79 123 45 67"},
        )
        await self.consent_and_start()
        await self.until(lambda: w.handoff_web.web.media_granted, "the camera")
        await self.shoot("handoff-video", settle_s=2.0)
        await self.sim_call("POST", f"/isp/video/{self.page_token()}/complete")
        await self.sim_call("POST", "/_sim/clock", advance_s=300)
        await self.until(
            lambda: ctl.order is not None and ctl.order.status is Status.DATA_READY,
            "the back-office check",
        )
        if ctl.stage is Stage.HANDOFF:
            ctl.show_progress()
        await self.shoot("status")
        w.status.leave_button.click()

        # The readiness check, in the background as at start-up (after the video session:
        # a build machine has no camera, so the check greys the video method out).
        w.start_readiness()

        # AUTHADA eID: the one code for the phone; then the app-store codes behind "Don't
        # have the app yet?".
        await self.new_session("AUTHADA", {"mobile": "+49 170 1234567"})
        await self.consent_and_start()
        await self.shoot("handoff-authada")
        w.handoff_qr.get_app.click()
        await self.shoot("handoff-authada-help")
        w.handoff_qr.cancel.click()
        w.handoff_qr.confirm_cancel.yes.click()  # the customer is asked first
        await self.until(lambda: ctl.stage is Stage.RESULT, "the cancellation")
        w.result.finish.click()
        await self.shoot_last_step()
        await self.shoot_failed_start()
        await self.shoot_staff_screens()
        missing = [name for name in self.only if name not in self.written]
        return 0 if not missing else 1

    async def shoot_last_step(self) -> None:
        """ "Need more time?" over a hand-off, then the last step: the SMS with the terms (the
        simulated customer never accepts them: SIM-NOTERMS, so the screen stays)."""
        w, ctl = self.w, self.ctl
        await self.new_session(
            "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-NOTERMS"}
        )
        await self.consent_and_start()
        ctl.idle_rules.ask_more_time()  # as after [kiosk] handoff_timeout_s without a touch
        await self.until(w.more_time.isVisible, "the 'Need more time?' prompt")
        await self.shoot("idle-prompt")
        w.more_time.go_on.click()
        await self.sim_call("POST", f"/isp/eid/{self.page_token()}/complete")
        await self.sim_call("POST", "/_sim/clock", advance_s=120)
        await self.until(
            lambda: ctl.stage is Stage.TRACKING and w.status.last_step.isVisible(),
            "the last step (the SMS with the terms)",
        )
        await self.shoot("terms-sms")
        w.status.leave_button.click()

    async def shoot_failed_start(self) -> None:
        """A start the SRS refuses (busy): the customer's one sentence and action, the
        technical detail in the staff strip."""
        w = self.w
        await self.new_session(
            "KLARNA",
            {
                "first_name": "Erika",
                "last_name": "Mustermann",
                "dob": "12.08.1964",
                "mobile": "079 123 45 67",
            },
        )
        w.data.next.click()
        await self.until(lambda: self.ctl.stage is Stage.CONSENT, "the consent screen")
        fault = {
            "path": "/api/providers",
            "kind": "error",
            "status": 503,
            "method": "POST",
            "count": 20,
            "retry_after": 1,
        }
        async with httpx.AsyncClient() as http:
            (await http.post(f"{self.sim}/_sim/faults", json=fault)).raise_for_status()
        try:
            w.consent.accept.click()
            await self.until(lambda: w.consent.error.isVisible(), "the failed start", 60.0)
        finally:
            await self.sim_call("DELETE", "/_sim/faults")
        await self.shoot("error-start")
        self.ctl.wipe()

    async def shoot_staff_screens(self) -> None:
        """The order dashboard (masked numbers), a support card, the diagnosis."""
        from kiosk.ui.staff.orders_model import Column

        w = self.w
        w.open_staff_screen(w.dashboard)
        model = w.dashboard.model
        await self.until(lambda: len(model.orders) >= 3, "the order dashboard")
        await self.until(
            lambda: all(model.cell_text(o, Column.MOBILE) != "…" for o in model.orders),
            "the masked numbers",
        )
        w.dashboard.table.selectRow(0)
        await self.shoot("dashboard")
        verified = next(o for o in model.orders if o.evidence_id)
        w.dashboard.select(verified.ref_id)
        w.dashboard.support.click()
        await self.until(lambda: w.support.msisdn is not None, "the support card")
        await self.shoot("support")
        w.support.back.click()
        w.dashboard.back.click()
        w.open_staff_screen(w.diagnosis)
        monitor = self.session.terminal.readiness.monitor
        await self.until(
            lambda: monitor.report is not None, "the readiness check", _CHECK_TIMEOUT_S
        )
        await self.shoot("diagnosis", settle_s=1.0)
        w.diagnosis.back.click()
