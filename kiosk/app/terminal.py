"""The terminal's services, apart from any customer's session: the backend and its order
tracking, the staff's order actions, the staff PIN, the readiness checks and their verdicts, the
languages, the settings (kept and applied at once).

Staff screens take the one service they use; the customer's path (:mod:`kiosk.app.flow`) takes
the whole terminal.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.checks.core import MethodVerdict, Report
from kiosk.config import Settings, store_client_secret
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.srs import Method, SrsClient, find_method_spec

from . import presets
from .backends import BackendHolder
from .clean_up import aclose_steps, close_steps
from .elsewhere_watch import ElsewhereWatch
from .language import LanguageSwitcher
from .readiness import TerminalReadiness, app_check_factory
from .settings_store import changed_keys, save_settings
from .staff_orders import StaffOrders
from .staff_pin import PinGuard, PinStore

log = logging.getLogger(__name__)

# Why a method cannot be chosen (context "Unavailable": the method card translates it).
SWITCHED_OFF = QT_TRANSLATE_NOOP("Unavailable", "Switched off in this branch's settings.")


def method_key(method: Method) -> str:
    """As in ``[kiosk] enabled_methods``: ``ISSUER/method``."""
    return f"{method.issuer}/{method.method}"


class Terminal(QObject):
    settingsChanged = Signal()  # noqa: N815 (Qt signal names)
    # Relayed from the current backend's tracking (kept across a backend replaced by settings).
    orderChanged = Signal(str)  # noqa: N815 - ref id
    orderFinished = Signal(str)  # noqa: N815 - ref id

    def __init__(
        self,
        holder: BackendHolder,
        settings: Settings,
        *,
        data_folder: Path,
        config_path: Path,
        language: LanguageSwitcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.holder = holder
        self.settings = settings
        self.config_path = config_path
        self.data_folder = data_folder
        self.pins = PinGuard(PinStore(data_folder))
        self.orders = StaffOrders(holder)
        self.elsewhere = ElsewhereWatch(self.orders, self)
        # The window's (it showed the attract screen before this existed), else its own.
        self.language = language or LanguageSwitcher(self)
        self.language.switch_staff(settings.kiosk.staff_language_or_default)
        self.enabled_presets = presets.load_enabled(data_folder)
        # The last readiness check's verdicts of the methods that cannot run here, by method
        # key (ISSUER/method): data; the screens word them.
        self.verdicts: dict[str, MethodVerdict] = {}
        self.readiness = TerminalReadiness(
            app_check_factory(lambda: self.settings, lambda: self.holder.backend), self
        )
        self.readiness.monitor.finished.connect(self._take_verdicts)
        self._follow_tracking()

    def _follow_tracking(self) -> None:
        self.holder.tracking.changed.connect(self.orderChanged)
        self.holder.tracking.finished.connect(self.orderFinished)

    @property
    def client(self) -> SrsClient:
        return self.holder.client

    @property
    def training(self) -> bool:
        return self.holder.backend.training

    @property
    def secret_in_use(self) -> bool:
        """A client secret is kept (keyring or environment): the SRS backend runs with it."""
        return bool(self.holder.backend.credentials.client_secret) and not self.training

    def _take_verdicts(self, report: object) -> None:
        if isinstance(report, Report):
            self.verdicts = {v.key: v for v in report.verdicts if not v.ready}

    def switched_off(self, method: Method) -> bool:
        """The branch's settings do not offer ``method`` (a web-flow method the catalogue does
        not know is offered when ``[kiosk] unknown_methods`` allows it)."""
        kiosk = self.settings.kiosk
        newer = (
            kiosk.unknown_methods
            and bool(method.webflow)
            and find_method_spec(method.issuer, method.method) is None
        )
        return not newer and method_key(method).casefold() not in {
            k.casefold() for k in kiosk.enabled_methods
        }

    def blocked_here(self, method: Method) -> MethodVerdict | None:
        """The readiness verdict when this terminal cannot run ``method`` now, else None."""
        return self.verdicts.get(method_key(method))

    async def start_tracking(self) -> None:
        """Resume the journal's unfinished orders; call once the loop runs."""
        await self.holder.start()
        self.elsewhere.start()

    async def apply_settings(
        self,
        settings: Settings,
        *,
        secret: str = "",
        new_pin: str = "",
        enabled_presets: tuple[str, ...] | None = None,
    ) -> None:
        """Keep and use new settings at once. Raises ConfigError/OSError/KeyringError with
        nothing changed where it can (the secret and the backend come first)."""
        if secret and settings.srs.client_id:
            store_client_secret(settings.srs.client_id, secret)
        if settings.srs != self.settings.srs or secret:
            await self.holder.replace(settings)
            self._follow_tracking()
        save_settings(settings, self.config_path, before=self.settings)
        # Audit lines: what staff changed, by name (never a value: some are secrets).
        changed = changed_keys(self.settings, settings)
        log.info("settings saved to %s: %s", self.config_path, ", ".join(changed) or "no change")
        if secret:
            log.info(
                "the SRS client secret of client %s replaced in the keyring", settings.srs.client_id
            )
        if enabled_presets is not None:
            presets.save_enabled(self.data_folder, enabled_presets)
            if enabled_presets != self.enabled_presets:
                log.info("enabled presets: %s", ", ".join(enabled_presets) or "none")
            self.enabled_presets = enabled_presets
        if new_pin:
            await self.pins.set_pin(new_pin)  # scrypt, in a worker thread
            log.info("staff PIN changed on the settings screen")
        self.settings = settings
        self.language.switch_staff(settings.kiosk.staff_language_or_default)
        self.settingsChanged.emit()

    async def aclose(self) -> None:
        """Close every service; a step that fails is logged and the others still run (the
        journal and the simulator must close even when a watch could not stop)."""
        close_steps(self.elsewhere.shutdown, self.readiness.shutdown)
        await aclose_steps(self.holder.aclose)
