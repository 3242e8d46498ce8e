"""The kiosk's main window: one screen per lifecycle stage, the training banner, the staff
button, the idle countdown; close requests (Alt+F4 too) need the staff PIN.

Built in two steps, so that the attract screen is painted first: the constructor makes the
frame (banner, staff button) and the attract screen from the settings' first look; once the
session's services are there, :meth:`MainWindow.attach` builds every other screen (the web
engine, the SRS client and the journal are imported only then)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.language import LanguageSwitcher, for_staff, staff_texts

from .clipboard import clear_clipboard
from .fullscreen import ScreenCover
from .screens.attract import AttractScreen, Branding
from .screens.page import Page
from .widgets.common import button, label, set_button, set_label
from .window_cap import WindowCap, WindowScroll

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kiosk.app.flow import CustomerFlow
    from kiosk.app.session import Session
    from kiosk.app.stages import Stage
    from kiosk.app.terminal import Terminal

    from .screens.consent import ConsentScreen
    from .screens.data_form import DataScreen
    from .screens.handoff_qr import HandoffQrScreen
    from .screens.handoff_web import HandoffWebScreen
    from .screens.methods import MethodsScreen
    from .screens.result import ResultScreen
    from .screens.settings import SettingsScreen
    from .screens.status import StatusScreen
    from .staff.dashboard_screen import DashboardScreen
    from .staff.diagnosis_screen import DiagnosisScreen
    from .staff.staff_screen import StaffScreen
    from .staff.support_screen import SupportScreen
    from .staff_idle import StaffIdle
    from .widgets.more_time import MoreTimePrompt
    from .widgets.order_notice import OrderNotice
    from .widgets.pin_pad import PinPad
    from .widgets.recovery_notice import RecoveryNotice
    from .widgets.staff_detail import StaffDetail
    from .widgets.staff_menu import StaffMenu
    from .widgets.step_indicator import StepIndicator


# Windowed mode's size where the screen has room for it (the kiosk's reference size).
WINDOWED_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    quitRequested = Signal()  # noqa: N815 - staff confirmed quitting with the PIN

    def __init__(
        self,
        branding: Branding,
        language: str,
        switcher: LanguageSwitcher,
        *,
        training: bool,
        kiosk_mode: bool = True,
    ) -> None:
        """The frame and the attract screen: ``branding``, the branch's ``language`` and
        ``training`` from the settings (or their first look), the language ``switcher`` the
        terminal will use too."""
        super().__init__()
        self._attached = False  # self.ctl and the other screens exist (attach)
        self.kiosk_mode = kiosk_mode
        self._training = training
        self._may_close = False
        self._after_pin: str | None = None
        self._when_attached: list[Callable[[], None]] = []
        self.cover = ScreenCover(self)
        self.cap = WindowCap(self)
        body = QWidget(self)
        self._body = body
        outer = QVBoxLayout(body)
        self._outer = outer
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QHBoxLayout()
        self._top = top
        top.setContentsMargins(0, 0, 12, 0)
        top.setSpacing(12)
        self.banner = label()
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.banner, 1)
        top.addStretch()
        self.staff = button()
        self.staff.setObjectName("staffButton")
        self.staff.clicked.connect(lambda: self.ask_pin("menu"))
        top.addWidget(self.staff)
        outer.addLayout(top)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.attract = AttractScreen(branding, language, switcher)
        self.stack.addWidget(self.attract)
        self.staff_screens: list[Page] = []
        self.screens: list[Page] = [self.attract]
        self.current: Page = self.attract
        self.retranslate()
        self.attract.enter()

    @classmethod
    def for_session(cls, session: Session, *, kiosk_mode: bool = True) -> MainWindow:
        """The whole window at once (tests, screenshots)."""
        terminal = session.terminal
        window = cls(
            terminal.settings.branding,
            terminal.settings.kiosk.language,
            terminal.language,
            training=terminal.training,
            kiosk_mode=kiosk_mode,
        )
        window.attach(session)
        return window

    @property
    def attached(self) -> bool:
        return self._attached

    @property
    def training(self) -> bool:
        """Training mode: the settings' first look says so until the services are there."""
        return self.terminal.training if self._attached else self._training

    def attach(self, session: Session) -> None:
        """Every other screen, on the session's services; then what was asked meanwhile (a
        Start on the attract screen, the staff button) is carried out."""
        from kiosk.app.exports import export_folder

        from .screens.consent import ConsentScreen
        from .screens.data_form import DataScreen
        from .screens.handoff_qr import HandoffQrScreen
        from .screens.handoff_web import HandoffWebScreen
        from .screens.methods import MethodsScreen
        from .screens.result import ResultScreen
        from .screens.settings import SettingsScreen
        from .screens.status import StatusScreen
        from .staff.dashboard_screen import DashboardScreen
        from .staff.diagnosis_screen import DiagnosisScreen
        from .staff.support_screen import SupportScreen
        from .staff_idle import StaffIdle
        from .widgets.more_time import MoreTimePrompt
        from .widgets.order_notice import OrderNotice
        from .widgets.pin_pad import PinPad
        from .widgets.recovery_notice import RecoveryNotice
        from .widgets.staff_detail import StaffDetail
        from .widgets.staff_menu import StaffMenu
        from .widgets.step_indicator import StepIndicator

        if self.cap.active:  # shown windowed for the first paint
            self._scroll_content()
        # The customer's flow, and the terminal's services the staff screens take.
        flow, terminal = session.flow, session.terminal
        self.ctl: CustomerFlow = flow
        self.terminal: Terminal = terminal
        body, outer = self._body, self._outer
        self.notice: OrderNotice = OrderNotice()
        self.notice.button.clicked.connect(lambda: self.ask_pin("dashboard"))
        self._top.insertWidget(2, self.notice.button)  # between the banner and Staff
        self.recovery_notice: RecoveryNotice = RecoveryNotice(body)
        outer.insertWidget(1, self.recovery_notice)
        # The technical side of a failure, for staff only (customer screens say one sentence).
        self.staff_detail: StaffDetail = StaffDetail()
        outer.insertWidget(2, self.staff_detail.label)
        flow.staffDetail.connect(self.staff_detail.show_text)
        # Where the customer is, and about how long is left.
        self.steps: StepIndicator = StepIndicator()
        outer.insertWidget(3, self.steps)

        self.methods: MethodsScreen = MethodsScreen(flow, terminal)
        self.data: DataScreen = DataScreen(flow)
        self.consent: ConsentScreen = ConsentScreen(flow)
        self.consent.refusedFields.connect(self.data.show_refused)
        self.handoff_qr: HandoffQrScreen = HandoffQrScreen(flow)
        self.handoff_web: HandoffWebScreen = HandoffWebScreen(flow)
        self.handoff_web.staffChoiceRequested.connect(lambda: self.ask_pin("kiosk_page"))
        self.status: StatusScreen = StatusScreen(flow)
        self.result: ResultScreen = ResultScreen(flow)
        self.settings: SettingsScreen = SettingsScreen(terminal)
        self.settings.closed.connect(self._close_staff_screen)
        self.diagnosis: DiagnosisScreen = DiagnosisScreen(
            terminal.readiness.monitor,
            lambda: export_folder(terminal.settings.support.export_folder),
        )
        self.diagnosis.closed.connect(self._close_staff_screen)
        self.dashboard: DashboardScreen = DashboardScreen(terminal.orders, terminal.elsewhere, flow)
        self.dashboard.closed.connect(self._close_staff_screen)
        self.dashboard.supportRequested.connect(self.open_support)
        self.dashboard.handoffReopened.connect(self._close_staff_screen)
        self.support: SupportScreen = SupportScreen(
            terminal.orders, lambda: terminal.settings.support
        )
        self.support.closed.connect(self.dashboard.coming_back)  # (connected first: runs first)
        self.support.closed.connect(lambda: self.open_staff_screen(self.dashboard))
        staff_screens: list[SettingsScreen | StaffScreen] = [
            self.settings,
            self.diagnosis,
            self.dashboard,
            self.support,
        ]
        self.staff_screens = list(staff_screens)
        self.screens = [
            self.attract,
            self.methods,
            self.data,
            self.consent,
            self.handoff_qr,
            self.handoff_web,
            self.status,
            self.result,
            *self.staff_screens,
        ]
        for screen in self.screens[1:]:
            self.stack.addWidget(screen)

        # A strip above the screen, not over it: it never covers a button.
        self.countdown = label()
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.hide()
        outer.insertWidget(1, self.countdown)
        self.more_time: MoreTimePrompt = MoreTimePrompt(body)
        self.more_time.continued.connect(flow.idle_rules.more_time)
        self.more_time.ended.connect(flow.wipe)
        flow.idle_rules.moreTimeAsked.connect(self._ask_more_time)
        self.pin_pad: PinPad = PinPad(terminal.pins, body)
        self.pin_pad.accepted.connect(self._pin_accepted)
        # Behind the PIN pad nothing reachable, also for a screen reader (of the web view's
        # screen only what is beside the page: hidden, the page would pause a call).
        self.pin_pad.conceal(
            lambda: (
                self.handoff_web.beside_page() if self.current is self.handoff_web else [self.stack]
            )
        )
        self.staff_menu: StaffMenu = StaffMenu(body)
        self.staff_menu.settingsRequested.connect(self.open_settings)
        self.staff_menu.diagnosisRequested.connect(lambda: self.open_staff_screen(self.diagnosis))
        self.staff_menu.dashboardRequested.connect(lambda: self.open_staff_screen(self.dashboard))
        self.staff_menu.kioskModeToggled.connect(self.toggle_kiosk_mode)
        self.staff_menu.quitRequested.connect(self.quit_kiosk)
        # What staff opened closes after [kiosk] staff_idle_s without input.
        self.staff_idle: StaffIdle = StaffIdle(self, terminal.settings.kiosk.staff_idle_s)
        self.staff_idle.expired.connect(self._staff_idle_over)
        self.staff_idle.countdown.connect(self._staff_countdown)
        terminal.settingsChanged.connect(
            lambda: self.staff_idle.set_timeout(terminal.settings.kiosk.staff_idle_s)
        )

        flow.stageChanged.connect(self._stage_changed)
        flow.orderChanged.connect(self._show_step)
        flow.wiped.connect(self._wiped)
        flow.idle_rules.timer.countdown.connect(self._countdown)
        terminal.settingsChanged.connect(self.retranslate)
        terminal.readiness.monitor.finished.connect(self._apply_verdicts)
        flow.backgroundFinished.connect(self._order_ended)
        handle = self.windowHandle()
        if handle is not None:  # shown before the services were there
            flow.idle_rules.timer.watch(handle)
            self.staff_idle.watch(handle)
        self._attached = True
        self.retranslate()
        self.attract.attach(flow, terminal)
        for pending in self._when_attached:
            pending()
        self._when_attached.clear()

    # -- screens -----------------------------------------------------------------------------

    def screen_for(self, stage: Stage) -> Page:
        from kiosk.app.stages import Stage
        from kiosk.srs import HandOff

        if stage is Stage.HANDOFF:
            web = self.ctl.hand_off is HandOff.WEB_VIEW
            return self.handoff_web if web else self.handoff_qr
        return {
            Stage.IDLE: self.attract,
            Stage.SETUP: self.methods,
            Stage.DATA: self.data,
            Stage.CONSENT: self.consent,
            Stage.STARTING: self.consent,
            Stage.TRACKING: self.status,
            Stage.RESULT: self.result,
        }[stage]

    def show_screen(self, screen: Page) -> None:
        if screen is not self.current:
            self.current.leave()
            self.current = screen
            self.stack.setCurrentWidget(screen)
        screen.enter()
        self._show_step()
        self._word_banner()
        self._allow_notice()

    def _allow_notice(self) -> None:
        if self._attached:  # (the notice comes with the rest, after the first paint)
            self.notice.allow(self.current is self.attract or self.current in self.staff_screens)

    def _show_step(self) -> None:
        """The step indicator over the screens of the customer's way (not the start screen,
        the result, which says it all, or staff screens)."""
        if not self._attached:
            return  # the attract screen, before the rest exists: no step shown there
        from kiosk.app.journey_steps import step_position

        on_the_way = self.current in (
            self.methods,
            self.data,
            self.consent,
            self.handoff_qr,
            self.handoff_web,
            self.status,
        )
        customer = self.ctl.customer
        self.steps.show_position(
            step_position(
                self.ctl.stage, customer.spec if customer is not None else None, self.ctl.order
            )
            if on_the_way
            else None,
            staff=self.current.staff_facing,
        )

    def _stage_changed(self, _stage: str) -> None:
        if self.current in self.staff_screens:
            return  # the stage's screen is shown when staff close the settings
        self.show_screen(self.screen_for(self.ctl.stage))

    def _wiped(self) -> None:
        for screen in self.screens:
            screen.leave()
            screen.wipe()
        # What this customer copied (the bank's page allows it) is not the next one's to paste.
        clear_clipboard()
        self.pin_pad.hide()
        self.staff_menu.hide()
        self.countdown.hide()
        self.more_time.hide()
        self.staff_detail.clear()
        if self.current not in self.staff_screens:
            self.current = self.attract
            self.stack.setCurrentWidget(self.attract)
            self.attract.enter()
        self._show_step()
        self._allow_notice()

    # -- idle --------------------------------------------------------------------------------

    def _countdown(self, seconds: int) -> None:
        if self.ctl.idle_rules.asking:  # the prompt counts down itself
            self.countdown.hide()
            self.more_time.show_seconds(seconds)
            return
        if seconds < 0:
            self.countdown.hide()
            return
        from .texts import plural

        with self._screen_texts():
            set_label(
                self.countdown,
                plural(
                    self.tr(
                        "No activity: this session ends in %n second(s). "
                        "Touch the screen to continue.",
                        "",
                        seconds,
                    ),
                    seconds,
                ),
            )

    def _ask_more_time(self, shown: bool) -> None:
        if shown:
            self.countdown.hide()
            self.more_time.show_seconds(-1)
            self.more_time.open()
        else:
            self.more_time.hide()

    # -- staff -------------------------------------------------------------------------------

    @for_staff
    def ask_pin(self, then: str) -> None:
        if not self._attached:  # a tap during start-up: asked once the PIN pad exists
            self._when_attached.append(lambda: self.ask_pin(then))
            return
        purposes = {
            "menu": self.tr("open the staff menu"),
            "quit": self.tr("quit the kiosk"),
            "dashboard": self.tr("open the order dashboard"),
            "kiosk_page": self.tr("open the page on this kiosk"),
        }
        self._after_pin = then
        self.staff_menu.hide()
        self.pin_pad.ask(purposes[then])

    def _pin_accepted(self) -> None:
        then, self._after_pin = self._after_pin, None
        self.recovery_notice.clear()  # staff are here: they have seen it
        if then == "menu":
            self.staff_menu.open_menu(self.kiosk_mode)
            self.staff_idle.start()
        elif then == "quit":
            self.quit_kiosk()
        elif then == "dashboard":
            self.open_staff_screen(self.dashboard)
        elif then == "kiosk_page":  # BankIdent on the kiosk instead of the customer's phone
            self.handoff_web.open_on_kiosk()

    def open_settings(self) -> None:
        self.open_staff_screen(self.settings)

    def open_staff_screen(self, screen: Page) -> None:
        """A staff screen over the customer's (no idle wipe meanwhile, but the staff idle
        time: it closes after [kiosk] staff_idle_s without input)."""
        self.ctl.hold_idle("settings", True)
        self.staff_idle.start()
        if screen is self.dashboard:
            self.notice.clear()
        self.show_screen(screen)

    def open_support(self, ref_id: str) -> None:
        order = next((o for o in self.dashboard.model.orders if o.ref_id == ref_id), None)
        if order is not None:
            self.support.show_order(order)
            self.open_staff_screen(self.support)

    def _order_ended(self, ref_id: str) -> None:
        """An order that is not the current customer's ended: a note in the staff strip."""
        order = self.terminal.orders.current(ref_id)
        if order is not None and self.current is not self.dashboard:
            self.notice.add(order)

    def recovered(self, log_path: str) -> None:
        """After an unexpected error (kiosk.app.recovery wiped the session): the start screen
        also from a staff screen, and a note for staff."""
        if self.current in self.staff_screens:
            self._close_staff_screen()
        self.recovery_notice.show_for(log_path)

    def _close_staff_screen(self) -> None:
        """Back to the customer's screen (the start screen without a session), whose idle
        wipe runs again."""
        if not self.staff_menu.isVisible():
            self.staff_idle.stop()
        self.ctl.hold_idle("settings", False)
        self.show_screen(self.screen_for(self.ctl.stage))

    def _staff_present(self) -> bool:
        """Something staff opened with the PIN is open."""
        return self.current in self.staff_screens or self.staff_menu.isVisible()

    def _staff_countdown(self, seconds: int) -> None:
        if seconds < 0 or not self._staff_present():
            self.countdown.hide()
            return
        from .texts import plural

        with staff_texts():
            text = plural(
                self.tr(
                    "No activity: this staff screen closes in %n second(s). Touch the screen "
                    "to stay.",
                    "",
                    seconds,
                ),
                seconds,
            )
        set_label(self.countdown, text)

    def _staff_idle_over(self) -> None:
        """No input for [kiosk] staff_idle_s: what staff opened closes (a passer-by finds
        none of it); unsaved settings are dropped, said in the log (nobody is there to ask)."""
        self.countdown.hide()
        self.staff_menu.hide()
        screen = self.current
        if screen not in self.staff_screens:
            return
        if screen is self.settings and self.settings.saving:
            self.staff_idle.start()  # a save in flight finishes first
            return
        if screen is self.settings and self.settings.drop_edits():
            log.info("staff idle time over: the settings closed, their unsaved changes dropped")
        else:
            log.info("staff idle time over: the %s closed", type(screen).__name__)
        self._close_staff_screen()

    # -- readiness ---------------------------------------------------------------------------

    def start_readiness(self) -> None:
        """The start-up readiness check, in the background (call once the window shows)."""
        self.terminal.readiness.start_background()

    def _apply_verdicts(self, _report: object = None) -> None:
        """Grey out in the method list what this terminal cannot run, with the reason (the
        terminal keeps the verdicts; the list words them in the staff's language)."""
        if not self._attached:
            return
        from kiosk.app.stages import Stage

        if self.terminal.readiness.monitor.report is None:
            return
        if self.current is self.methods and self.ctl.stage is Stage.SETUP:
            self.methods.apply_verdicts()

    def show_kiosk(self) -> None:
        """Kiosk mode: the whole of the screen, with or without a window manager."""
        self.kiosk_mode = True
        self.cap.stop()
        self.cover.cover()

    def show_windowed(self) -> None:
        """Windowed mode: a framed window, ``WINDOWED_SIZE`` or as much as its screen has
        room for, never more (kiosk.ui.window_cap); its content scrolls where it needs more."""
        self.kiosk_mode = False
        if self.cover.active:
            self.cover.release()
        if self._attached:  # else once attached: the first paint has no scroll area
            self._scroll_content()
        self.cap.show(WINDOWED_SIZE)

    def _scroll_content(self) -> None:
        """The window's content in a WindowScroll, once (kiosk mode's content fits the
        screen: it stays there, harmless)."""
        if not isinstance(self.centralWidget(), WindowScroll):
            self.takeCentralWidget()  # not deleted (setCentralWidget would): it moves
            scroll = WindowScroll(self._body)
            self.setCentralWidget(scroll)
            # Children a shown window is given stay hidden until shown (the body was hidden
            # as it moved).
            self._body.show()
            scroll.show()
            self.cap.fit()  # the window's minimum is the scroll area's now

    def toggle_kiosk_mode(self) -> None:
        if self.kiosk_mode:
            self.show_windowed()
        else:
            self.show_kiosk()

    def quit_kiosk(self) -> None:
        """Wipe and close; the launcher then closes the services and ends the loop."""
        self._may_close = True
        self.close()
        if self.receivers(SIGNAL("quitRequested()")) > 0:
            self.quitRequested.emit()
        else:
            QApplication.quit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and self._attached:
            self.ctl.idle_rules.timer.watch(handle)
            self.staff_idle.watch(handle)

    def allow_close(self) -> None:
        """Let the next close request through without the PIN (tests, screenshots)."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            for screen in self.screens:
                screen.leave()
                screen.wipe()
            event.accept()
            return
        event.ignore()
        self.ask_pin("quit")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+F4 usually arrives as a close request (closeEvent); catch it where it does not.
        if event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            event.accept()
            self.ask_pin("quit")
            return
        super().keyPressEvent(event)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SRS Branch Kiosk"))
        self._word_banner()
        with staff_texts():
            set_button(self.staff, self.tr("Staff"), self.tr("Staff menu (PIN)"))
        if not self._attached:
            return
        self._apply_verdicts()  # the reasons in the new language
        self.notice.retranslate()
        self.recovery_notice.retranslate()

    def _word_banner(self) -> None:
        """The training banner in the language of the screen under it: the staff language over
        staff-facing screens (the method choice too), the customer's elsewhere."""
        with self._screen_texts():
            set_label(
                self.banner,
                self.tr("Training mode: a built-in simulator plays the SRS; no real identification")
                if self.training
                else "",
            )

    def _screen_texts(self) -> contextlib.AbstractContextManager[None]:
        """Texts looked up meanwhile in the language of the screen shown: the staff's over a
        staff-facing screen (the method choice too), else the customer's."""
        return staff_texts() if self.current.staff_facing else contextlib.nullcontext()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
