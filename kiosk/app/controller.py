"""The session controller of before the split, kept as a thin facade while callers move: a
:class:`~kiosk.app.flow.CustomerFlow` that also answers for the terminal's services
(:class:`~kiosk.app.terminal.Terminal`). New code takes the flow or the one service it uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SignalInstance

from kiosk.config import Settings

from .backends import BackendHolder
from .clean_up import close_steps
from .elsewhere_watch import ElsewhereWatch
from .flow import CustomerFlow, JournalFailed, StartRefused
from .idle import IdleTimer
from .language import LanguageSwitcher
from .readiness import TerminalReadiness
from .staff_orders import StaffOrders
from .staff_pin import PinGuard
from .stages import IdleRule
from .terminal import Terminal, method_key

__all__ = ["JournalFailed", "SessionController", "StartRefused", "method_key"]


class SessionController(CustomerFlow):
    """The customer's flow with the terminal's services at hand (``terminal``)."""

    # -- the terminal's services -------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.terminal.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        """In use at once, not kept (tests; staff use ``Terminal.apply_settings``)."""
        self.terminal.settings = settings

    @property
    def holder(self) -> BackendHolder:
        return self.terminal.holder

    @property
    def pins(self) -> PinGuard:
        return self.terminal.pins

    @property
    def orders(self) -> StaffOrders:
        return self.terminal.orders

    @property
    def elsewhere(self) -> ElsewhereWatch:
        return self.terminal.elsewhere

    @property
    def readiness(self) -> TerminalReadiness:
        return self.terminal.readiness

    @property
    def enabled_presets(self) -> tuple[str, ...]:
        return self.terminal.enabled_presets

    @property
    def config_path(self) -> Path:
        return self.terminal.config_path

    @property
    def training(self) -> bool:
        return self.terminal.training

    @property
    def settingsChanged(self) -> SignalInstance:  # noqa: N802 (the signal it was)
        return self.terminal.settingsChanged

    async def start_tracking(self) -> None:
        await self.terminal.start_tracking()

    async def apply_settings(
        self,
        settings: Settings,
        *,
        secret: str = "",
        new_pin: str = "",
        enabled_presets: tuple[str, ...] | None = None,
    ) -> None:
        await self.terminal.apply_settings(
            settings, secret=secret, new_pin=new_pin, enabled_presets=enabled_presets
        )

    async def aclose(self) -> None:
        close_steps(self.shutdown)  # a failure here must not keep the services open
        await self.terminal.aclose()

    # -- the idle rules ----------------------------------------------------------------------

    @property
    def idle(self) -> IdleTimer:
        return self.idle_rules.timer

    @property
    def idle_rule(self) -> IdleRule:
        return self.idle_rules.rule

    @property
    def ask_answer_s(self) -> float:
        return self.idle_rules.ask_answer_s

    @ask_answer_s.setter
    def ask_answer_s(self, seconds: float) -> None:
        self.idle_rules.ask_answer_s = seconds

    def ask_more_time(self) -> None:
        self.idle_rules.ask_more_time()


def build_session(
    holder: BackendHolder,
    settings: Settings,
    *,
    data_folder: Path,
    config_path: Path,
    language: LanguageSwitcher | None = None,
) -> SessionController:
    """The terminal's services and the customer's flow on them (``.terminal``); ``language``:
    the switcher the window already shows in (None: the terminal's own)."""
    terminal = Terminal(
        holder, settings, data_folder=data_folder, config_path=config_path, language=language
    )
    flow = SessionController(terminal)
    # Deleted with the flow: its translators (LanguageSwitcher) and timers go with it.
    terminal.setParent(flow)
    return flow
