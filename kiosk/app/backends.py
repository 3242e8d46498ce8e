"""The backend the kiosk talks to and the order tracking on it, replaceable at run time when
the settings change. A replaced backend stays open until shutdown: its orders go on being
followed there."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path

from kiosk.config import Settings
from kiosk.services import Backend, open_backend
from kiosk.srs import SrsClient
from kiosk.tracking import TrackedOrder

from .order_tracking import OrderTracking

log = logging.getLogger(__name__)


class BackendHolder:
    def __init__(self, backend: Backend, data_folder: Path) -> None:
        self._data_folder = data_folder
        self._backend = backend
        self._client = backend.client()
        self._tracking = OrderTracking(backend, data_folder)
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
            backend = stack.enter_context(open_backend(settings))
            tracking = OrderTracking(backend, self._data_folder)
            await tracking.start()
        except BaseException:
            stack.close()
            raise
        self._stacks.append(stack)
        self._retired.append((self._client, self._tracking))
        self._backend, self._client, self._tracking = backend, backend.client(), tracking
        log.info("backend replaced (training mode: %s)", backend.training)

    async def aclose(self) -> None:
        for client, tracking in [(self._client, self._tracking), *self._retired]:
            await tracking.aclose()
            await client.aclose()
        for stack in reversed(self._stacks):
            stack.close()
        self._stacks.clear()
