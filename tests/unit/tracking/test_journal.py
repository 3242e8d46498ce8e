"""The journal on real SQLite files: migrations, guards, retention, and what it never stores."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.srs import Jurisdiction, SrsClient, Status
from kiosk.tracking import (
    CURRENT_VERSION,
    ActionKind,
    HistoryEntry,
    Journal,
    JournalError,
    NewOrder,
    NextAction,
    Outcome,
    Tracker,
    journal_path,
)
from kiosk.tracking.schema import V1

from .helpers import KEYS, POLICY, Events, TrackerFactory, follow, start

DAY = 86400.0


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def new_order(ref_id: str, at: float, *, key: str | None = None) -> NewOrder:
    return NewOrder(
        ref_id=ref_id,
        issuer="AUTHADA",
        method="eid",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=Status.CREATED,
        next_action=NextAction(ActionKind.POLL, _at(at + 5)),
        customer_key=key,
    )


def test_migrates_a_version_1_file(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with sqlite3.connect(path) as conn:  # the file as the first release wrote it
        conn.executescript(V1)
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            "INSERT INTO schema_version VALUES (1);"
            "INSERT INTO meta VALUES ('customer_salt', '00112233445566778899aabbccddeeff');"
            "INSERT INTO orders (ref_id, order_id, issuer, method, jurisdiction, loa, status, "
            "next_kind, next_due, created_at, updated_at) VALUES ('r1', 'ITM-1', 'IDENTITY.TM', "
            "'video', 'ZERTES', 4, 'INITIALIZED', 'poll', 1000.0, 900.0, 950.0);"
            "INSERT INTO status_history VALUES ('r1', 'CREATED', 900.0, NULL);"
            "INSERT INTO status_history VALUES ('r1', 'INITIALIZED', 910.0, NULL);"
        )
    conn.close()

    with Journal(path, keys=KEYS) as journal:
        assert journal.migrated_from == 1
        order = journal.get("r1")
        assert order is not None
        assert order.order_id == "ITM-1" and order.jurisdiction is Jurisdiction.ZERTES
        assert [e.status for e in order.history] == [Status.CREATED, Status.INITIALIZED]
        assert order.failures == 0 and order.last_error is None  # v2 columns
        assert order.evidence_valid_until is None  # v3 column
        assert order.customer_language is None  # v6 column: started before it was kept
        assert order.next_action == NextAction(ActionKind.POLL, _at(1000.0))
        # the v2 columns work
        failed = journal.record_failure("r1", "down", NextAction(ActionKind.POLL, _at(2000)), 1500)
        assert failed.failures == 1 and failed.last_error == "down"
        # the customer key's key is the installation's, from the key store: stable on reopening
        keyed = journal.customer_key("+41791234567")
    with Journal(path, keys=KEYS) as reopened:
        assert reopened.migrated_from == CURRENT_VERSION
        assert reopened.customer_key("+41791234567") == keyed
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (CURRENT_VERSION,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_the_customers_language_is_kept_across_a_restart(tmp_path: Path) -> None:
    """Staff showing an order's code again after the kiosk restarted bring its customer's
    screens back in the language the customer chose."""
    path = tmp_path / "journal.sqlite"
    with Journal(path, keys=KEYS) as journal:
        added = journal.add(replace(new_order("r1", 1000.0), customer_language="fr"), 1000.0)
        assert added.customer_language == "fr"
        journal.add(new_order("r2", 1000.0), 1000.0)  # started elsewhere (the command line)
    with Journal(path, keys=KEYS) as reopened:
        first, second = reopened.get("r1"), reopened.get("r2")
        assert first is not None and first.customer_language == "fr"
        assert second is not None and second.customer_language is None


def test_refuses_a_newer_or_foreign_file(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            f"INSERT INTO schema_version VALUES ({CURRENT_VERSION + 1});"
        )
    conn.close()
    with pytest.raises(JournalError, match="newer kiosk version"):
        Journal(newer, keys=KEYS)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(JournalError, match="not a usable journal"):
        Journal(garbage, keys=KEYS)


def test_training_has_its_own_file(tmp_path: Path) -> None:
    assert journal_path(tmp_path, training=True) != journal_path(tmp_path, training=False)
    assert journal_path(tmp_path, training=True).name == "journal-training.sqlite"


def test_a_final_status_is_never_revived(journal: Journal) -> None:
    now = time.time()
    journal.add(new_order("r1", now), now)
    journal.record_status(
        "r1",
        Status.CANCELLED,
        reason=None,
        order_id=None,
        history=[HistoryEntry(Status.CANCELLED, _at(now))],
        next_action=None,
        at=now + 1,
    )
    late = journal.record_status(  # a poll answer sent before the cancel, arriving after it
        "r1",
        Status.INITIALIZED,
        reason=None,
        order_id=None,
        history=[HistoryEntry(Status.INITIALIZED, _at(now))],
        next_action=NextAction(ActionKind.POLL, _at(now + 10)),
        at=now + 2,
    )
    assert late.status is Status.CANCELLED and late.next_action is None
    assert [e.status for e in late.history] == [Status.CREATED, Status.CANCELLED]


def test_a_requested_cancel_wins_over_a_poll_in_flight(journal: Journal) -> None:
    now = time.time()
    journal.add(new_order("r1", now), now)
    journal.request_cancel("r1", now + 1)
    after_poll = journal.record_status(
        "r1",
        Status.INITIALIZED,
        reason=None,
        order_id=None,
        history=[HistoryEntry(Status.INITIALIZED, _at(now + 1))],
        next_action=NextAction(ActionKind.POLL, _at(now + 60)),
        at=now + 2,
    )
    assert after_poll.cancel_pending
    assert after_poll.next_action == NextAction(ActionKind.CANCEL, _at(now + 2))
    # a final status clears the flag: there is nothing left to cancel
    ended = journal.record_status(
        "r1", Status.ERROR, reason="x", order_id=None, history=[], next_action=None, at=now + 3
    )
    assert not ended.cancel_pending and ended.outcome is Outcome.FAILED


def test_each_change_is_one_transaction(journal: Journal, journal_file: Path) -> None:
    now = time.time()
    journal.add(new_order("r1", now), now)
    journal.record_failure("r1", "down", NextAction(ActionKind.POLL, _at(now + 9)), now + 1)
    # Another connection (another process) sees every committed change at once.
    other = sqlite3.connect(journal_file)
    try:
        row = other.execute("SELECT failures, last_error FROM orders").fetchone()
        assert row == (1, "down")
    finally:
        other.close()


def test_retention_purges_only_old_finished_orders(journal: Journal) -> None:
    now = time.time()
    old = now - 31 * DAY
    for ref in ("old-done", "old-active", "new-done"):
        journal.add(new_order(ref, old if ref.startswith("old") else now), old)
    journal.finish("old-done", Status.EXPIRED, "x", old)
    journal.finish("new-done", Status.EXPIRED, "x", now)

    assert journal.purge(now - 30 * DAY) == 1
    assert {o.ref_id for o in journal.orders()} == {"old-active", "new-done"}
    assert journal.get("old-done") is None


async def test_tracker_start_purges_with_the_retention_setting(
    make_tracker: TrackerFactory, journal: Journal, journal_file: Path
) -> None:
    now = time.time()
    journal.add(new_order("old-done", now - 8 * DAY), now - 8 * DAY)
    journal.finish("old-done", Status.CANCELLED, "x", now - 8 * DAY)
    tracker = make_tracker(retention_days=7)
    await tracker.start()
    assert journal.get("old-done") is None
    with sqlite3.connect(journal_file) as conn:  # the history went with it
        assert conn.execute("SELECT count(*) FROM status_history").fetchone() == (0,)
    conn.close()


async def test_file_holds_no_personal_data(
    make_tracker: TrackerFactory, client: SrsClient, journal_file: Path
) -> None:
    tracker: Tracker = make_tracker(policy=replace(POLICY, verify_deadline_s=300))
    events = Events(tracker)
    await tracker.start()
    person = {
        "first_name": "Annegret",
        "last_name": "Quastenberg",
        "dob": date(1961, 7, 23),
        "place_of_birth": "Wolfenbüttel",
        "nationality": "DE",
    }
    refs = []
    for mobile, external in (("+41791140001", None), ("+41791140002", "SIM-NOTERMS")):
        started = await start(
            client,
            "KLARNA/bankident",
            mobile,
            external_id=external,
            email="annegret@example.org",
            **person,
        )
        await tracker.register(started, mobile=mobile)
        refs.append(started.ref_id)
    for ref in refs:
        await follow(tracker, ref)
    assert (
        await events.wait(lambda e: e.order.ref_id == refs[1] and e.order.is_done)
    ).order.outcome is Outcome.NO_EVIDENCE
    await tracker.aclose()

    stored = b"".join(p.read_bytes() for p in journal_file.parent.glob("journal.sqlite*"))
    for secret in (
        "Annegret",
        "Quastenberg",
        "1961-07-23",
        "23.07.1961",
        "Wolfenbüttel",
        "annegret@example.org",
        "+41791140001",
        "41791140001",
        "+41791140002",
        "41791140002",
        "79 114 00 02",
    ):
        assert secret.encode() not in stored, secret
        assert secret.encode("utf-16-le") not in stored, secret
    assert refs[0].encode() in stored  # identifiers are what it holds
