"""The order journal: SQLite (WAL) in the data directory, one small transaction per change.

It holds identifiers and states — ref id, order id, method, statuses, schedule, evidence id and
a keyed one-way customer key — never names or birth dates. While an order runs it also keeps the
customer's mobile number (for the verify call) and the target URL, both encrypted under a key
from the OS keyring (``keys``), and erases them when the order is done. Start intents record a
start call before it is made (``add_intent``), so an answer lost to a crash leaves a trace.

Methods are synchronous and thread-safe; the tracker runs them on one worker thread so the
event loop (the GUI thread under qasync) never waits for the disk. Each method that changes an
order returns its new snapshot.
"""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kiosk.srs import Jurisdiction, Status

from .keys import KeyringKey, KeySource
from .model import ActionKind, HistoryEntry, NextAction, StartIntent, TrackedOrder
from .privacy import Sealer
from .schema import JournalError, migrate

JOURNAL_FILE = "journal.sqlite"
TRAINING_JOURNAL_FILE = "journal-training.sqlite"  # practice orders never mix with real ones
_BUSY_TIMEOUT_MS = 5000  # another process (the window and a CLI `track`) may hold the lock


def journal_path(data_dir: Path, *, training: bool) -> Path:
    return data_dir / (TRAINING_JOURNAL_FILE if training else JOURNAL_FILE)


def _ts(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


def _dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _at(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


@dataclass(frozen=True)
class NewOrder:
    """What the journal records when an order is started."""

    ref_id: str
    issuer: str
    method: str
    jurisdiction: Jurisdiction
    loa: int
    status: Status
    next_action: NextAction
    order_id: str | None = None
    customer_key: str | None = None
    expires_at: datetime | None = None
    status_text: str = ""
    customer_language: str | None = None  # the customer's screens' language
    # Encrypted on the way into the journal; out of reprs.
    mobile: str | None = field(default=None, repr=False)
    target_url: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class LeaseHolder:
    """Who follows an order: ``owner`` is a random id per tracker instance (what the leases
    compare); ``pid`` and ``host`` only tell people which process that is."""

    owner: str
    pid: int
    host: str

    @classmethod
    def this_process(cls) -> LeaseHolder:
        return cls(secrets.token_hex(8), os.getpid(), socket.gethostname())


@dataclass(frozen=True)
class Lease:
    holder: LeaseHolder
    until: datetime  # UTC; the lease lapses then unless renewed


@dataclass(frozen=True)
class Held:
    """An order a claim leased (or renewed) to the claimant."""

    ref_id: str
    cancel_pending: bool  # flagged for cancelling (perhaps by another process)


@dataclass(frozen=True)
class LeasedElsewhere:
    """Active orders followed under another holder's live lease."""

    holder: LeaseHolder
    orders: int
    until: datetime  # the latest of those leases


def _refuse_empty(path: Path) -> None:
    """An empty file where a journal was (truncated, or replaced by a failed copy) is reported:
    SQLite would silently start a new, empty journal in it, and the orders would be forgotten.
    A journal's content may still wait in its write-ahead log, which SQLite then reads."""
    wal = path.with_name(path.name + "-wal")
    try:
        empty = path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)
    except FileNotFoundError:
        return  # no journal yet: a new one is made
    except OSError as exc:
        raise JournalError(f"{path} cannot be opened: {exc}") from exc
    if empty:
        raise JournalError(
            f"{path} is empty (0 bytes): the orders it held are lost. Restore it from a backup, "
            "or delete it to start a new, empty journal"
        )


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # WAL + NORMAL survives a killed process; only a power cut may lose the last changes,
    # which costs a repeated poll. Adding an order is made durable explicitly (below).
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Purged orders are overwritten, not just unlinked, so they are really gone.
    conn.execute("PRAGMA secure_delete = ON")


def _create(path: Path) -> None:
    """Make a new journal whole, under a name of its own, then put it in place only if no file
    is there: SQLite makes an empty file first and writes the schema after, so another process
    (the window and a CLI command starting together) or a power cut at that moment would leave
    a 0-byte file at the journal's path that reads as a journal whose orders were lost."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(f"{path.name}.new-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        conn = sqlite3.connect(fresh, isolation_level=None)
        try:
            _configure(conn)
            migrate(conn)
        finally:
            conn.close()  # the last connection checkpoints the log into the file
        if os.name == "posix":
            fresh.chmod(0o600)
        with suppress(FileExistsError):  # another process made it first: use theirs
            if os.name == "nt":
                os.rename(fresh, path)  # never replaces an existing file on Windows
            else:
                os.link(fresh, path)  # atomic and never replaces
    finally:
        for leftover in (fresh, *(fresh.with_name(fresh.name + end) for end in ("-wal", "-shm"))):
            with suppress(OSError):  # never made (a read-only folder), or already gone
                leftover.unlink()


def _storage_note(folder: Path) -> str:
    """Why the journal's folder may refuse it, in words staff can act on: SQLite says only
    "unable to open database file" for a journal on a read-only file system."""
    try:
        fs = os.statvfs(folder)
    except (OSError, AttributeError):  # gone, or not POSIX: nothing more to say
        return ""
    if fs.f_flag & os.ST_RDONLY:
        return f" (the file system of {folder} is read-only)"
    if fs.f_bavail == 0:
        return f" (no space left on the disk of {folder})"
    return ""


# A lease is free when nobody holds it, when it has lapsed, or when it is the claimant's own.
# Only orders with something left to do are leased.
_FREE = "lease_owner IS NULL OR lease_owner = :owner OR lease_until <= :now"


class Journal:
    """One journal file. Open with ``Journal(path)``; close with :meth:`close` (or ``with``)."""

    def __init__(self, path: Path, *, keys: KeySource | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        # The key is fetched on first use (a keyring may be slow), on the journal's thread.
        self._sealer = Sealer(keys if keys is not None else KeyringKey())
        _refuse_empty(path)
        try:
            if not path.exists():
                _create(path)
            # Autocommit mode: every transaction below is explicit and short.
            self._conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT_MS / 1000
            )
            _configure(self._conn)
            self.migrated_from = migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            note = _storage_note(path.parent)
            raise JournalError(f"{path} is not a usable journal: {exc}{note}") from exc
        except OSError as exc:  # its folder cannot be made (read-only, full)
            raise JournalError(f"{path} cannot be opened: {exc}") from exc
        if os.name == "posix":  # identifiers only, but still nobody else's business
            for file in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                if file.exists():
                    file.chmod(0o600)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------

    @contextmanager
    def _tx(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction (the write lock up front, so read-modify-write is safe across
        processes). ``durable`` waits for the disk: for changes a power cut must not undo."""
        with self._lock:
            conn = self._conn
            if durable:
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                # SQLite has already rolled back after some errors (a full disk, I/O): a
                # ROLLBACK then fails and would hide the error that says what happened.
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
            finally:
                if durable:
                    conn.execute("PRAGMA synchronous = NORMAL")

    def _row(self, conn: sqlite3.Connection, ref_id: str) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM orders WHERE ref_id = ?", (ref_id,)).fetchone()
        if row is None:
            raise KeyError(ref_id)
        return row  # type: ignore[no-any-return]

    def _snapshot(
        self,
        conn: sqlite3.Connection,
        row: sqlite3.Row,
        history: tuple[HistoryEntry, ...] | None = None,
    ) -> TrackedOrder:
        if history is None:
            history = tuple(
                HistoryEntry(Status(h["status"]), _at(h["at"]), h["reason"])
                for h in conn.execute(
                    "SELECT status, at, reason FROM status_history WHERE ref_id = ? ORDER BY rowid",
                    (row["ref_id"],),
                )
            )
        due = row["next_due"]
        return TrackedOrder(
            ref_id=row["ref_id"],
            order_id=row["order_id"],
            issuer=row["issuer"],
            method=row["method"],
            jurisdiction=Jurisdiction(row["jurisdiction"]),
            loa=row["loa"],
            status=Status(row["status"]),
            reason=row["reason"],
            history=history,
            next_action=(
                NextAction(ActionKind(row["next_kind"]), _at(due))
                if row["next_kind"] and due is not None
                else None
            ),
            created_at=_at(row["created_at"]),
            updated_at=_at(row["updated_at"]),
            target_url_uses=row["target_url_uses"],
            verify_attempts=row["verify_attempts"],
            verify_until=_dt(row["verify_until"]),
            expires_at=_dt(row["expires_at"]),
            evidence_id=row["evidence_id"],
            evidence_valid_until=_dt(row["evidence_valid_until"]),
            cancel_pending=bool(row["cancel_pending"]),
            customer_key=row["customer_key"],
            last_error=row["last_error"],
            failures=row["failures"],
            status_text=row["status_text"] or "",
            target_url=self._sealer.open(row["target_url_enc"]),
            identification_started_at=_dt(row["identification_started_at"]),
            customer_language=row["customer_language"],
        )

    def _update(
        self, conn: sqlite3.Connection, ref_id: str, at: float, **columns: Any
    ) -> TrackedOrder:
        names = ", ".join(f"{name} = ?" for name in columns)
        conn.execute(
            f"UPDATE orders SET {names}, updated_at = ? WHERE ref_id = ?",
            (*columns.values(), at, ref_id),
        )
        # Done: nothing will need the number or the link again; they go in the same transaction.
        conn.execute(
            "UPDATE orders SET mobile_enc = NULL, target_url_enc = NULL WHERE ref_id = ? AND "
            "next_kind IS NULL AND (mobile_enc IS NOT NULL OR target_url_enc IS NOT NULL)",
            (ref_id,),
        )
        return self._snapshot(conn, self._row(conn, ref_id))

    @staticmethod
    def _process_started(row: sqlite3.Row, at: float, session_s: float | None) -> dict[str, Any]:
        """The columns that mark the identification process as started at ``at`` (the first
        time only): a method's session (``session_s`` long) ends that long after."""
        if row["identification_started_at"] is not None:
            return {}
        columns: dict[str, Any] = {"identification_started_at": at}
        if session_s is not None:
            columns["expires_at"] = at + session_s
        return columns

    @staticmethod
    def _next(
        row: sqlite3.Row, status: Status, wanted: NextAction | None, at: float
    ) -> dict[str, Any]:
        """The next-action columns. A pending cancel wins over a poll or verify while the order
        can still be cancelled, so a cancel requested mid-call is never lost."""
        if wanted is not None and row["cancel_pending"] and not status.is_final:
            due = wanted.due.timestamp() if wanted.kind is ActionKind.CANCEL else at
            return {"next_kind": ActionKind.CANCEL.value, "next_due": due}
        if wanted is None:
            return {"next_kind": None, "next_due": None}
        return {"next_kind": wanted.kind.value, "next_due": wanted.due.timestamp()}

    @staticmethod
    def _add_history(
        conn: sqlite3.Connection, ref_id: str, entries: Sequence[HistoryEntry]
    ) -> None:
        # A status is recorded once, when first seen (the start answer and the provider's
        # history both name CREATED, with different clocks).
        conn.executemany(
            "INSERT OR IGNORE INTO status_history (ref_id, status, at, reason) VALUES (?,?,?,?)",
            [(ref_id, e.status.value, e.at.timestamp(), e.reason) for e in entries],
        )

    # -- reading ---------------------------------------------------------------------------------

    def prepare_keys(self) -> None:
        """Fetch the key from the keyring now, so the first order needing it does not wait."""
        self._sealer.ready()

    def customer_key(self, mobile: str) -> str:
        """The keyed one-way key of ``mobile`` (fast: an HMAC)."""
        return self._sealer.customer_key(mobile)

    def mobile_of(self, ref_id: str) -> str | None:
        """The mobile number the customer gave for the order, while it runs (decrypted)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT mobile_enc FROM orders WHERE ref_id = ?", (ref_id,)
            ).fetchone()
        return None if row is None else self._sealer.open(row["mobile_enc"])

    def evidence_holder(self, evidence_id: str, besides: str) -> str | None:
        """The order, other than ``besides``, that the evidence is already attached to."""
        with self._lock:
            row = self._conn.execute(
                "SELECT ref_id FROM orders WHERE evidence_id = ? AND ref_id != ? LIMIT 1",
                (evidence_id, besides),
            ).fetchone()
        return None if row is None else str(row["ref_id"])

    def get(self, ref_id: str) -> TrackedOrder | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM orders WHERE ref_id = ?", (ref_id,)).fetchone()
            return None if row is None else self._snapshot(self._conn, row)

    def orders(self, *, active_only: bool = False) -> list[TrackedOrder]:
        """Newest first; ``active_only``: those with something left to do."""
        where = "WHERE next_kind IS NOT NULL" if active_only else ""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT * FROM orders {where} ORDER BY created_at DESC, ref_id"
            ).fetchall()
            # All histories in one query, not one per order.
            histories: dict[str, list[HistoryEntry]] = {}
            for h in self._conn.execute(
                "SELECT ref_id, status, at, reason FROM status_history ORDER BY rowid"
            ):
                histories.setdefault(h["ref_id"], []).append(
                    HistoryEntry(Status(h["status"]), _at(h["at"]), h["reason"])
                )
            return [
                self._snapshot(self._conn, row, tuple(histories.get(row["ref_id"], ())))
                for row in rows
            ]

    def pending_for_customer(self, key: str, *, exclude: str | None = None) -> list[TrackedOrder]:
        """The customer's orders whose status is not final yet (these can be cancelled)."""
        final = [s.value for s in Status if s.is_final]
        marks = ",".join("?" * len(final))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT * FROM orders WHERE customer_key = ? AND ref_id != ? "
                f"AND status NOT IN ({marks}) ORDER BY created_at",
                (key, exclude or "", *final),
            ).fetchall()
            return [self._snapshot(self._conn, row) for row in rows]

    # -- changes (one transaction each) ----------------------------------------------------------

    def add(
        self, new: NewOrder, at: float, *, lease: Lease | None = None, intent_id: str | None = None
    ) -> TrackedOrder:
        """Record a started order (durably: losing it would lose track of a live order), leased
        to ``lease``'s holder if given (nobody else can claim it in between), replacing its
        start intent in the same transaction. Adding a ref id that is already there changes
        nothing (but still settles the intent)."""
        holder = lease.holder if lease else None
        # Encrypted before the transaction: the write lock is held only for the writes.
        mobile_enc, url_enc = self._sealer.seal(new.mobile), self._sealer.seal(new.target_url)
        with self._tx(durable=True) as conn:
            conn.execute(
                "INSERT OR IGNORE INTO orders (ref_id, order_id, issuer, method, jurisdiction, "
                "loa, status, customer_key, next_kind, next_due, expires_at, created_at, "
                "updated_at, lease_owner, lease_pid, lease_host, lease_until, status_text, "
                "mobile_enc, target_url_enc, customer_language) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    new.ref_id,
                    new.order_id,
                    new.issuer,
                    new.method,
                    new.jurisdiction.value,
                    new.loa,
                    new.status.value,
                    new.customer_key,
                    new.next_action.kind.value,
                    new.next_action.due.timestamp(),
                    _ts(new.expires_at),
                    at,
                    at,
                    holder.owner if holder else None,
                    holder.pid if holder else None,
                    holder.host if holder else None,
                    _ts(lease.until) if lease else None,
                    new.status_text or None,
                    mobile_enc,
                    url_enc,
                    new.customer_language,
                ),
            )
            self._add_history(conn, new.ref_id, [HistoryEntry(new.status, _at(at))])
            if intent_id is not None:
                conn.execute("DELETE FROM start_intents WHERE intent_id = ?", (intent_id,))
            return self._snapshot(conn, self._row(conn, new.ref_id))

    # -- start intents ---------------------------------------------------------------------------

    def add_intent(
        self, issuer: str, method: str, external_id: str | None, at: float, *, pid: int, host: str
    ) -> str:
        """Record (durably) that a start call is about to be made; returns the intent's id."""
        intent_id = secrets.token_hex(8)
        with self._tx(durable=True) as conn:
            conn.execute(
                "INSERT INTO start_intents (intent_id, issuer, method, external_id, created_at, "
                "pid, host) VALUES (?,?,?,?,?,?,?)",
                (intent_id, issuer, method, external_id, at, pid, host),
            )
        return intent_id

    def drop_intent(self, intent_id: str) -> None:
        """The start call certainly created nothing: forget the intent."""
        with self._tx() as conn:
            conn.execute("DELETE FROM start_intents WHERE intent_id = ?", (intent_id,))

    def intents(self) -> list[StartIntent]:
        """Every start intent not settled by an order or a refusal, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM start_intents ORDER BY created_at, intent_id"
            ).fetchall()
        return [
            StartIntent(
                row["intent_id"],
                row["issuer"],
                row["method"],
                row["external_id"],
                _at(row["created_at"]),
                row["pid"] or 0,
                row["host"] or "",
            )
            for row in rows
        ]

    def record_status(
        self,
        ref_id: str,
        status: Status,
        *,
        reason: str | None,
        order_id: str | None,
        history: Sequence[HistoryEntry],
        next_action: NextAction | None,
        at: float,
        verify_until: datetime | None = None,
        cancel: bool = False,
        status_text: str = "",
        target_url: str | None = None,
        process_started: bool = False,
        session_s: float | None = None,
    ) -> TrackedOrder:
        """A successful status (or cancel) answer: the status (and the provider's text for it),
        new history, the next action, a target URL that came late; clears the failure count;
        ``cancel`` flags the order for cancelling; ``process_started`` marks the start of the
        identification process (once; a session of ``session_s`` then counts from it). A final
        status is never replaced by a non-final one (a late answer to a poll sent before a
        cancel must not revive the order)."""
        url_enc = self._sealer.seal(target_url)
        with self._tx() as conn:
            row = self._row(conn, ref_id)
            current = Status(row["status"])
            if current.is_final and current is not status:
                return self._update(conn, ref_id, at, last_error=None, failures=0)
            self._add_history(conn, ref_id, history)
            columns: dict[str, Any] = {
                "status": status.value,
                "reason": reason,
                "last_error": None,
                "failures": 0,
                "status_text": status_text or None,
                **self._next(row, status, next_action, at),
            }
            if order_id:
                columns["order_id"] = order_id
            if url_enc is not None:
                columns["target_url_enc"] = url_enc
            if process_started:
                columns.update(self._process_started(row, at, session_s))
            if verify_until is not None:
                columns["verify_until"] = verify_until.timestamp()
            if status.is_final:
                columns["cancel_pending"] = 0  # nothing left to cancel
            elif cancel:
                columns["cancel_pending"] = 1
            return self._update(conn, ref_id, at, **columns)

    def record_failure(
        self, ref_id: str, error: str, next_action: NextAction, at: float
    ) -> TrackedOrder:
        """A call failed (service down, bad answer): count it, keep the error, retry later."""
        with self._tx() as conn:
            row = self._row(conn, ref_id)
            return self._update(
                conn,
                ref_id,
                at,
                last_error=error,
                failures=row["failures"] + 1,
                **self._next(row, Status(row["status"]), next_action, at),
            )

    def record_verify(
        self,
        ref_id: str,
        *,
        next_action: NextAction | None,
        at: float,
        evidence_id: str | None = None,
        valid_until: datetime | None = None,
        reason: str | None = None,
    ) -> TrackedOrder:
        """A verify answer: the evidence, or "not yet" (retry at ``next_action``), or the end
        without evidence (``reason`` says why)."""
        with self._tx() as conn:
            row = self._row(conn, ref_id)
            columns: dict[str, Any] = {
                "verify_attempts": row["verify_attempts"] + 1,
                "last_error": None,
                "failures": 0,
                **self._next(row, Status(row["status"]), next_action, at),
            }
            if evidence_id is not None:
                columns.update(evidence_id=evidence_id, evidence_valid_until=_ts(valid_until))
            if reason is not None:
                columns["reason"] = reason
            return self._update(conn, ref_id, at, **columns)

    def finish(self, ref_id: str, status: Status, reason: str, at: float) -> TrackedOrder:
        """End an order with the kiosk's own verdict (EXPIRED, or "unknown to the service")."""
        with self._tx() as conn:
            self._add_history(conn, ref_id, [HistoryEntry(status, _at(at), reason)])
            return self._update(
                conn,
                ref_id,
                at,
                status=status.value,
                reason=reason,
                next_kind=None,
                next_due=None,
                cancel_pending=0,
            )

    def request_cancel(self, ref_id: str, at: float) -> TrackedOrder:
        """Mark the order for cancelling (now). No change when its status is already final."""
        with self._tx(durable=True) as conn:
            row = self._row(conn, ref_id)
            if Status(row["status"]).is_final:
                return self._snapshot(conn, row)
            return self._update(
                conn, ref_id, at, cancel_pending=1, next_kind=ActionKind.CANCEL.value, next_due=at
            )

    def cancel_refused(self, ref_id: str, next_action: NextAction, at: float) -> TrackedOrder:
        """The SRS refused the cancel because the order had ended meanwhile: drop the flag and
        find out how it ended."""
        with self._tx() as conn:
            return self._update(
                conn,
                ref_id,
                at,
                cancel_pending=0,
                last_error=None,
                failures=0,
                next_kind=next_action.kind.value,
                next_due=next_action.due.timestamp(),
            )

    def count_target_url_use(
        self, ref_id: str, at: float, *, session_s: float | None = None
    ) -> TrackedOrder:
        """The kiosk loaded (or handed out) the target URL once more; the first use starts the
        identification process (and a session of ``session_s``, if the method has one)."""
        with self._tx() as conn:
            row = self._row(conn, ref_id)
            return self._update(
                conn,
                ref_id,
                at,
                target_url_uses=row["target_url_uses"] + 1,
                **self._process_started(row, at, session_s),
            )

    def purge(self, finished_before: float) -> int:
        """Delete orders that finished (nothing left to do) before ``finished_before``, and
        start intents older than that (reported all that time; support has had its chance)."""
        with self._tx() as conn:
            cursor = conn.execute(
                "DELETE FROM orders WHERE next_kind IS NULL AND updated_at < ?",
                (finished_before,),
            )
            conn.execute("DELETE FROM start_intents WHERE created_at < ?", (finished_before,))
            return cursor.rowcount

    # -- leases: which process follows which order -----------------------------------------------

    def claim(
        self,
        holder: LeaseHolder,
        ref_ids: Sequence[str] | None,
        now: float,
        until: float,
        *,
        gone: Sequence[str] = (),
    ) -> list[Held]:
        """Lease to ``holder`` until ``until`` the named orders (``None``: every active order)
        whose lease is free, lapsed or already the holder's (so this also renews); orders under
        another holder's live lease and finished orders are left alone. The leases of the
        ``gone`` owners (processes known to have died) count as lapsed. One IMMEDIATE
        transaction: of two processes claiming the same order at once, exactly one gets it.
        Returns the orders now leased to the holder among those asked for."""
        values: dict[str, Any] = {
            "owner": holder.owner,
            "pid": holder.pid,
            "host": holder.host,
            "now": now,
            "until": until,
        }
        free = _FREE
        if gone:
            values.update({f"gone{i}": owner for i, owner in enumerate(gone)})
            free += f" OR lease_owner IN ({', '.join(f':gone{i}' for i in range(len(gone)))})"
        update = (
            "UPDATE orders SET lease_owner = :owner, lease_pid = :pid, "
            f"lease_host = :host, lease_until = :until WHERE next_kind IS NOT NULL "
            f"AND ({free})"
        )
        with self._tx() as conn:
            if ref_ids is None:
                conn.execute(update, values)
                return [
                    Held(row["ref_id"], bool(row["cancel_pending"]))
                    for row in conn.execute(
                        "SELECT ref_id, cancel_pending FROM orders WHERE next_kind IS NOT NULL "
                        "AND lease_owner = :owner AND lease_until = :until ORDER BY next_due",
                        values,
                    )
                ]
            held = []
            for ref_id in ref_ids:  # by primary key: a few orders cost no scan of all
                if conn.execute(
                    update + " AND ref_id = :ref_id", {**values, "ref_id": ref_id}
                ).rowcount:
                    row = conn.execute(
                        "SELECT cancel_pending FROM orders WHERE ref_id = ?", (ref_id,)
                    ).fetchone()
                    held.append(Held(ref_id, bool(row["cancel_pending"])))
            return held

    def release(self, owner: str, ref_ids: Sequence[str] | None = None) -> int:
        """Give up ``owner``'s leases (all, or the named ones) so another process takes the
        orders over at once; returns how many were released."""
        with self._tx() as conn:
            clear = (
                "UPDATE orders SET lease_owner = NULL, lease_pid = NULL, lease_host = NULL, "
                "lease_until = NULL WHERE lease_owner = ?"
            )
            if ref_ids is None:
                return conn.execute(clear, (owner,)).rowcount
            return sum(
                conn.execute(clear + " AND ref_id = ?", (owner, ref_id)).rowcount
                for ref_id in ref_ids
            )

    def held_elsewhere(self, owner: str, ref_ids: Sequence[str], now: float) -> list[str]:
        """Those of ``ref_ids`` that another holder follows under a live lease."""
        with self._lock:
            return [
                ref_id
                for ref_id in ref_ids
                if self._conn.execute(
                    "SELECT 1 FROM orders WHERE ref_id = ? AND next_kind IS NOT NULL AND "
                    "lease_owner IS NOT NULL AND lease_owner != ? AND lease_until > ?",
                    (ref_id, owner, now),
                ).fetchone()
            ]

    def leased_elsewhere(self, owner: str, now: float) -> list[LeasedElsewhere]:
        """Active orders under other holders' live leases, per holder (most orders first)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT lease_owner, lease_pid, lease_host, count(*) AS n, "
                "max(lease_until) AS until FROM orders WHERE next_kind IS NOT NULL "
                "AND lease_owner IS NOT NULL AND lease_owner != ? AND lease_until > ? "
                "GROUP BY lease_owner ORDER BY n DESC, lease_owner",
                (owner, now),
            ).fetchall()
        return [
            LeasedElsewhere(
                LeaseHolder(row["lease_owner"], row["lease_pid"] or 0, row["lease_host"] or "?"),
                row["n"],
                _at(row["until"]),
            )
            for row in rows
        ]

    def leases_elsewhere(self, owner: str, now: float) -> dict[str, Lease]:
        """The live leases other holders have on active orders, per ref id (what a window
        shows as "followed by another process")."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT ref_id, lease_owner, lease_pid, lease_host, lease_until FROM orders "
                "WHERE next_kind IS NOT NULL AND lease_owner IS NOT NULL AND lease_owner != ? "
                "AND lease_until > ?",
                (owner, now),
            ).fetchall()
        return {
            row["ref_id"]: Lease(
                LeaseHolder(row["lease_owner"], row["lease_pid"] or 0, row["lease_host"] or "?"),
                _at(row["lease_until"]),
            )
            for row in rows
        }

    def lease_of(self, ref_id: str) -> Lease | None:
        """The order's lease as recorded (lapsed or not); None when nobody holds it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT lease_owner, lease_pid, lease_host, lease_until FROM orders "
                "WHERE ref_id = ?",
                (ref_id,),
            ).fetchone()
        if row is None or row["lease_owner"] is None:
            return None
        return Lease(
            LeaseHolder(row["lease_owner"], row["lease_pid"] or 0, row["lease_host"] or "?"),
            _at(row["lease_until"]),
        )
