"""The backend: settings → SRS endpoints (real or training, with its simulator) → client.

Opened through the composition root (kiosk.composition) by every entry point, so all run
against the same thing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import (
    SECRET_ENV,
    TRAINING_CLIENT_ID,
    TRAINING_CLIENT_SECRET,
    ConfigError,
    Settings,
    client_secret,
)
from kiosk.srs import ClientCredentials, SrsClient, SrsEndpoints

if TYPE_CHECKING:  # imported when training mode starts it: not before the window's first paint
    from kiosk.simulator.server import EmbeddedSimulator

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backend:
    """Where to talk to, and with which credentials; `simulator` is set in training mode."""

    endpoints: SrsEndpoints
    credentials: ClientCredentials
    time_scale: float
    timeout_s: float
    simulator: EmbeddedSimulator | None = None
    retention_days: int = 30  # final orders leave the journal after this

    @property
    def training(self) -> bool:
        return self.simulator is not None

    @property
    def watched(self) -> bool:
        """Training at a pace people watch (the window): see ``Pace``."""
        return self.simulator is not None and self.simulator.state.orders.pace.watched

    def client(self) -> SrsClient:
        return SrsClient(self.endpoints, self.credentials, timeout_s=self.timeout_s)


@contextmanager
def open_backend(settings: Settings, *, watched: bool = False) -> Iterator[Backend]:
    """Yield the configured backend; in training mode start the simulator on loopback first,
    its simulated customer at the pace of `[training]` if people watch it (the window)."""
    if not settings.training_mode:
        srs = settings.srs
        assert srs.api_url and srs.token_url and srs.ras_url and srs.client_id  # config checked
        secret = client_secret(srs.client_id)
        if not secret:
            raise ConfigError(
                f"no client secret for client '{srs.client_id}': store it in the OS keyring "
                f"(srs-kiosk settings, or the keyring tool) or set {SECRET_ENV}"
            )
        yield Backend(
            SrsEndpoints(
                str(srs.api_url).rstrip("/"), str(srs.token_url), str(srs.ras_url).rstrip("/")
            ),
            ClientCredentials(srs.client_id, secret),
            time_scale=settings.effective_time_scale,
            timeout_s=srs.timeout_s,
            retention_days=settings.tracking.retention_days,
        )
        return

    from kiosk.simulator.orders import UNPACED, Pace
    from kiosk.simulator.server import EmbeddedSimulator

    training = settings.training
    simulator = EmbeddedSimulator(
        port=training.port,
        speed=training.speed,
        phone_host=training.phone_host,
        dialects=training.dialect.split(",") if training.dialect else (),
        pace=Pace(training.handoff_s, training.step_s) if watched else UNPACED,
    )
    try:
        simulator.start()
    except OSError as exc:
        raise ConfigError(
            f"the training simulator cannot start: {exc.strerror or exc}",
            key="training.phone_host" if training.phone_host else "training.port",
        ) from None
    try:
        url = simulator.base_url
        log.info(
            "training mode: simulator on %s at speed %g%s%s",
            url,
            training.speed,
            f" (phones: {training.phone_host})" if training.phone_host else "",
            f" (dialects: {training.dialect})" if training.dialect else "",
        )
        yield Backend(
            SrsEndpoints(url, f"{url}/oauth/token", url),
            ClientCredentials(TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET),
            time_scale=settings.effective_time_scale,
            timeout_s=settings.srs.timeout_s,
            simulator=simulator,
            retention_days=settings.tracking.retention_days,
        )
    finally:
        simulator.stop()
