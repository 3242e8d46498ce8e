"""The composition root: from the settings to the services, in one place.

Every entry point gets its services here: the kiosk window (kiosk.ui.launch), the command line
(kiosk.cli), ``screenshots`` and ``--self-test``. So the same settings give the same services
everywhere: the same SRS endpoints and credentials (or the same training simulator), the same
journal, and a tracker with the same options (its time scale, its retention, and whether an
order the SRS no longer knows ends: in training the simulator forgets its orders when it stops).

Light to import: what a service needs is imported when it is built (the window paints its
attract screen before any of it exists).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app.language import LanguageSwitcher
    from kiosk.app.order_tracking import OrderTracking
    from kiosk.app.session import Session
    from kiosk.config import Settings
    from kiosk.services import Backend
    from kiosk.srs import SrsClient
    from kiosk.tracking import Journal, Tracker, TrackerOptions

log = logging.getLogger(__name__)


class Composition:
    """The services for ``settings``; ``data_folder`` holds the journal and the staff PINs
    (default: the user's data folder), ``config_path`` is where the settings screen saves
    (default: the user's settings file); ``watched``: people watch the orders (the window), so
    the training simulator's customer takes the hand-off at the pace of ``[training]``."""

    def __init__(
        self,
        settings: Settings,
        *,
        data_folder: Path | None = None,
        config_path: Path | None = None,
        watched: bool = False,
    ) -> None:
        self.settings = settings
        self._data_folder = data_folder
        self._config_path = config_path
        self._watched = watched

    @property
    def data_folder(self) -> Path:
        if self._data_folder is None:
            from kiosk.config import data_dir

            self._data_folder = data_dir()
        return self._data_folder

    def for_settings(self, settings: Settings) -> Composition:
        """The same root for changed settings (the settings screen's save)."""
        return Composition(
            settings,
            data_folder=self._data_folder,
            config_path=self._config_path,
            watched=self._watched,
        )

    # -- the SRS -----------------------------------------------------------------------------

    @contextmanager
    def backend(self) -> Iterator[Backend]:
        """The configured SRS, or in training mode the simulator started on loopback."""
        from kiosk.services import open_backend

        with open_backend(self.settings, watched=self._watched) as backend:
            log.info("services: %s", describe(backend))
            if backend.simulator is not None and self._watched:
                pace = backend.simulator.state.orders.pace
                log.info(
                    "training pace: hand-off %g s, steps at least %g s (real seconds)",
                    pace.handoff_s,
                    pace.step_s,
                )
            yield backend

    def open_backend(self, settings: Settings) -> AbstractContextManager[Backend]:
        """The backend changed ``settings`` describe (the settings screen's save)."""
        return self.for_settings(settings).backend()

    @staticmethod
    def client(backend: Backend) -> SrsClient:
        """A client for one-off calls (it retries as the provider's guide allows)."""
        return backend.client()

    # -- orders ------------------------------------------------------------------------------

    def journal(self, *, training: bool) -> Journal:
        """The order journal (training has its own); raises JournalError when unusable."""
        from kiosk.tracking import open_journal

        return open_journal(self.data_folder, training=training)

    @staticmethod
    def tracker_options(backend: Backend) -> TrackerOptions:
        from kiosk.tracking import TrackerOptions

        return TrackerOptions(
            time_scale=backend.time_scale,
            retention_days=backend.retention_days,
            unknown_order_is_final=backend.training,
            seen_times=backend.training,
            real_sessions=backend.watched,
        )

    @staticmethod
    def tracker_client(backend: Backend) -> SrsClient:
        """The tracker's own client: it does not retry (the tracker retries on its own
        schedule)."""
        from kiosk.srs.client import SrsClient
        from kiosk.tracking import TRACKER_CLIENT_RETRY

        return SrsClient(
            backend.endpoints,
            backend.credentials,
            timeout_s=backend.timeout_s,
            retry=TRACKER_CLIENT_RETRY,
        )

    def tracker(self, backend: Backend, client: SrsClient, journal: Journal) -> Tracker:
        """A tracker on ``journal`` with its options from ``backend``; not started yet."""
        from kiosk.tracking import Tracker

        options = self.tracker_options(backend)
        log.info("tracker: %s", options)
        return Tracker(
            client,
            journal,
            time_scale=options.time_scale,
            retention_days=options.retention_days,
            unknown_order_is_final=options.unknown_order_is_final,
            seen_times=options.seen_times,
            real_sessions=options.real_sessions,
        )

    @asynccontextmanager
    async def running_tracker(self, backend: Backend, journal: Journal) -> AsyncIterator[Tracker]:
        """A tracker with its own client, closed on leaving (the journal keeps every
        schedule); not started yet."""
        async with (
            self.tracker_client(backend) as client,
            self.tracker(backend, client, journal) as tracker,
        ):
            yield tracker

    def order_tracking(self, backend: Backend) -> OrderTracking:
        """The window's tracking on ``backend``: its journal, client and tracker."""
        from kiosk.app.order_tracking import OrderTracking

        journal = self.journal(training=backend.training)
        client = self.tracker_client(backend)
        return OrderTracking(self.tracker(backend, client, journal), client, journal)

    # -- the window --------------------------------------------------------------------------

    def session(self, backend: Backend, *, language: LanguageSwitcher | None = None) -> Session:
        """The terminal's services on ``backend`` and the customer's flow on them (``await
        session.terminal.start_tracking()`` on the loop before use: it resumes the journal's
        orders); ``language``: the switcher the window already shows in (None: the
        terminal's own). Raises one of kiosk.app.order_tracking.JOURNAL_FAILURES when the
        journal cannot be opened."""
        from kiosk.app.backends import BackendHolder
        from kiosk.app.flow import CustomerFlow
        from kiosk.app.session import Session
        from kiosk.app.settings_store import user_config_path
        from kiosk.app.terminal import Terminal

        terminal = Terminal(
            BackendHolder(backend, self),
            self.settings,
            data_folder=self.data_folder,
            config_path=self._config_path or user_config_path(),
            language=language,
        )
        flow = CustomerFlow(terminal)
        # Deleted with the flow: its translators (LanguageSwitcher) and timers go with it.
        terminal.setParent(flow)
        return Session(flow, terminal)


def describe(backend: Backend) -> str:
    """What the services are, for the log (no secret; the same for every entry point)."""
    simulator = backend.simulator
    where = (
        f"training simulator (speed {simulator.state.clock.speed:g}, dialects: "
        f"{', '.join(simulator.state.dialect.names) or 'none'})"
        if simulator is not None
        else f"SRS at {backend.endpoints.api_url} (client {backend.credentials.client_id})"
    )
    return (
        f"{where}, time scale {backend.time_scale:g}, timeout {backend.timeout_s:g} s, "
        f"retention {backend.retention_days} days"
    )
