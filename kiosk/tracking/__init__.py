"""Following identifications to their end: the SQLite journal and the async tracker (no Qt).

- ``Journal``: the order journal (identifiers and states; the mobile number and target URL
  encrypted while an order runs), with migrations and start intents.
- ``Tracker``: follows every non-final order concurrently, verifies, cancels, and tells
  subscribers about each change (``OrderChanged``); per-order leases in the journal keep two
  processes on one journal from following the same order.
"""

from __future__ import annotations

from .journal import (
    JOURNAL_FILE,
    TRAINING_JOURNAL_FILE,
    Journal,
    Lease,
    LeasedElsewhere,
    LeaseHolder,
    NewOrder,
    journal_path,
)
from .keys import KeyringKey, KeySource, StaticKey
from .model import (
    PROBLEM_AFTER_FAILURES,
    SERVICE_FORGOT,
    ActionKind,
    HistoryEntry,
    NextAction,
    OrderChanged,
    Outcome,
    StartIntent,
    TrackedOrder,
)
from .policy import DEFAULT_POLICY, TrackingPolicy
from .runtime import TrackerOptions, open_journal
from .schema import CURRENT_VERSION, JournalError
from .steps import SESSION_TIMED_OUT
from .tracker import (
    TRACKER_CLIENT_RETRY,
    Callback,
    Tracker,
    UnknownOrder,
    created_nothing,
    interrupted,
)

__all__ = [
    "CURRENT_VERSION",
    "DEFAULT_POLICY",
    "JOURNAL_FILE",
    "PROBLEM_AFTER_FAILURES",
    "SERVICE_FORGOT",
    "SESSION_TIMED_OUT",
    "TRACKER_CLIENT_RETRY",
    "TRAINING_JOURNAL_FILE",
    "ActionKind",
    "Callback",
    "HistoryEntry",
    "Journal",
    "JournalError",
    "KeySource",
    "KeyringKey",
    "Lease",
    "LeaseHolder",
    "LeasedElsewhere",
    "NewOrder",
    "NextAction",
    "OrderChanged",
    "Outcome",
    "StartIntent",
    "StaticKey",
    "TrackedOrder",
    "Tracker",
    "TrackerOptions",
    "TrackingPolicy",
    "UnknownOrder",
    "created_nothing",
    "interrupted",
    "journal_path",
    "open_journal",
]
