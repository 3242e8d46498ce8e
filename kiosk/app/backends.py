"""The backend the kiosk talks to and the order tracking on it, replaceable at run time when
the settings change. A replaced backend stays open until shutdown: its orders go on being
followed there."""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager, ExitStack
from typing import Protocol

from kiosk.config import Settings
from kiosk.services import Backend
from kiosk.srs import SrsClient
from kiosk.tracking import TrackedOrder

from .clean_up import aclose_steps, close_steps
from .order_tracking import OrderTracking

log = logging.getLogger(__name__)


class TrackingServices(Protocol):
    """What the holder builds through (the composition root, kiosk.composition)."""

    def open_backend(self, settings: Settings) -> AbstractContextManager[Backend]: ...

    def order_tracking(self, backend: Backend) -> OrderTracking: ...

    def client(self, backend: Backend) -> SrsClient: ...


class BackendHolder:
    def __init__(self, backend: Backend, services: TrackingServices) -> None:
        self._services = services
        self._backend = backend
        self._client = services.client(backend)
        self._tracking = services.order_tracking(backend)
        self._stacks: list[ExitStack] = []
        self._retired: list[tuple[SrsClient, OrderTracking]] = []

    @property
    def backend(self) -> Backend:
        return self._backend

    @property
    def client(self) -> SrsClient:
        return self._client

    @property
    def tracking(self) -> OrderTracking:
        return self._tracking

    def trackings(self) -> list[OrderTracking]:
        return [self._tracking, *(t for _, t in self._retired)]

    def order(self, ref_id: str | None) -> TrackedOrder | None:
        for tracking in self.trackings():
            if (order := tracking.order(ref_id)) is not None:
                return order
        return None

    async def start(self) -> None:
        await self._tracking.start()

    async def replace(self, settings: Settings) -> None:
        """Open the backend ``settings`` describe (raises ConfigError, e.g. no secret)."""
        stack = ExitStack()
        try:
            backend = stack.enter_context(self._services.open_backend(settings))
            tracking = self._services.order_tracking(backend)
            await tracking.start()
        except BaseException:
            stack.close()
            raise
        self._stacks.append(stack)
        self._retired.append((self._client, self._tracking))
        self._backend, self._tracking = backend, tracking
        self._client = self._services.client(backend)
        log.info("backend replaced (training mode: %s)", backend.training)

    async def aclose(self) -> None:
        for client, tracking in [(self._client, self._tracking), *self._retired]:
            await aclose_steps(tracking.aclose, client.aclose)
        close_steps(*(stack.close for stack in reversed(self._stacks)))
        self._stacks.clear()
