"""Putting a tracker together the same way everywhere (command line, kiosk window): the
composition root (kiosk.composition) builds every journal and tracker with these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .journal import Journal, journal_path
from .keys import KeySource


def open_journal(data_dir: Path, *, training: bool, keys: KeySource | None = None) -> Journal:
    """The journal for real orders, or the separate one for training (raises JournalError);
    its key from ``keys`` (default: the OS keyring, or a file in the user's config folder)."""
    return Journal(journal_path(data_dir, training=training), keys=keys)


@dataclass(frozen=True)
class TrackerOptions:
    """How a tracker follows orders, as the settings and the backend say."""

    time_scale: float
    retention_days: int
    # A 404 for an order ends it instead of counting as a connection problem: the training
    # simulator forgets its orders when it stops.
    unknown_order_is_final: bool
    # Each step's time as the kiosk saw it, not the provider's: the training simulator's clock
    # runs fast (an hour a minute), so its times would lie ahead of the real ones.
    seen_times: bool = False
    # A method's session in real time at any time scale: people watch the training window,
    # and a trainee on the bank's page keeps the guide's 60 minutes.
    real_sessions: bool = False
