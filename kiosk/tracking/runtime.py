"""Putting a tracker together the same way everywhere (command line, kiosk window)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from kiosk.srs import ClientCredentials, SrsClient, SrsEndpoints

from .journal import Journal, journal_path
from .keys import KeySource
from .tracker import TRACKER_CLIENT_RETRY, Tracker


def open_journal(data_dir: Path, *, training: bool, keys: KeySource | None = None) -> Journal:
    """The journal for real orders, or the separate one for training (raises JournalError);
    its key from ``keys`` (default: the OS keyring, or a file in the user's config folder)."""
    return Journal(journal_path(data_dir, training=training), keys=keys)


@asynccontextmanager
async def running_tracker(
    endpoints: SrsEndpoints, credentials: ClientCredentials, journal: Journal, *,
    time_scale: float, timeout_s: float, training: bool, retention_days: int = 30,
) -> AsyncIterator[Tracker]:
    """A tracker with its own non-retrying client (the tracker retries on its own schedule);
    not started yet. Closing it stops following; the journal keeps every schedule."""
    async with (
        SrsClient(endpoints, credentials, timeout_s=timeout_s, retry=TRACKER_CLIENT_RETRY)
        as client,
        # The training simulator forgets its orders when it stops: unknown ones end, not linger.
        Tracker(client, journal, time_scale=time_scale, unknown_order_is_final=training,
                retention_days=retention_days) as tracker,
    ):
        yield tracker
