"""The journal's tables, and the ordered migrations that build them.

Each migration runs in its own transaction together with the version bump, so a crash halfway
leaves the file at the previous version, never in between. Append new steps; never edit one that
has shipped (kiosks in the field have already run it).
"""

from __future__ import annotations

import sqlite3

# Version 1: the first release. Times are UTC seconds since the epoch (REAL).
V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE orders (
    ref_id TEXT PRIMARY KEY,
    order_id TEXT,
    issuer TEXT NOT NULL,
    method TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    loa INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    customer_key TEXT,
    target_url_uses INTEGER NOT NULL DEFAULT 0,
    next_kind TEXT,
    next_due REAL,
    verify_attempts INTEGER NOT NULL DEFAULT 0,
    verify_until REAL,
    expires_at REAL,
    evidence_id TEXT,
    cancel_pending INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE status_history (
    ref_id TEXT NOT NULL REFERENCES orders (ref_id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at REAL NOT NULL,
    reason TEXT,
    UNIQUE (ref_id, status)
);
CREATE INDEX orders_active ON orders (next_due) WHERE next_kind IS NOT NULL;
"""

# Version 2: faults that persist become visible per order; customer look-ups get an index.
V2 = """
ALTER TABLE orders ADD COLUMN last_error TEXT;
ALTER TABLE orders ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
CREATE INDEX orders_customer ON orders (customer_key) WHERE customer_key IS NOT NULL;
"""

# Version 3: the evidence's end of validity, for the result screen and the support card.
V3 = """
ALTER TABLE orders ADD COLUMN evidence_valid_until REAL;
"""

# Version 4: per-order leases, so two processes on one journal (the kiosk window and a
# `srs-kiosk track`) never follow the same order. ``lease_owner`` is a random id per tracker
# instance; pid and host are for people reading "followed by another process"; ``lease_until``
# (UTC epoch seconds) is when the lease lapses unless renewed. NULL owner: nobody follows it.
V4 = """
ALTER TABLE orders ADD COLUMN lease_owner TEXT;
ALTER TABLE orders ADD COLUMN lease_pid INTEGER;
ALTER TABLE orders ADD COLUMN lease_host TEXT;
ALTER TABLE orders ADD COLUMN lease_until REAL;
"""

# Version 5: what verify and a late hand-off need, kept only while the order runs
# (``mobile_enc``, ``target_url_enc``: Fernet under the installation's keyring key, erased when
# the order is done); the provider's own status text; when the identification process started
# (a method's session counts from there); start intents, written before a start call so an
# answer lost to a crash leaves a trace. Customer keys become keyed HMACs: the scrypt keys of
# earlier versions can never match one and go, with their salt.
V5 = """
ALTER TABLE orders ADD COLUMN mobile_enc BLOB;
ALTER TABLE orders ADD COLUMN target_url_enc BLOB;
ALTER TABLE orders ADD COLUMN status_text TEXT;
ALTER TABLE orders ADD COLUMN identification_started_at REAL;
CREATE TABLE start_intents (
    intent_id TEXT PRIMARY KEY,
    issuer TEXT NOT NULL,
    method TEXT NOT NULL,
    external_id TEXT,
    created_at REAL NOT NULL,
    pid INTEGER,
    host TEXT
);
UPDATE orders SET customer_key = NULL;
DELETE FROM meta WHERE key = 'customer_salt'
"""

# Version 6: the language the customer chose, so staff showing an order's code again bring its
# customer's screens back in it (after a restart too). Not personal: one of the kiosk's four.
V6 = """
ALTER TABLE orders ADD COLUMN customer_language TEXT
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)
CURRENT_VERSION = len(MIGRATIONS)


class JournalError(Exception):
    """The journal file cannot be used (newer format, damaged, not a journal)."""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def version_of(conn: sqlite3.Connection) -> int:
    """The file's schema version; 0 for a new, empty file."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to CURRENT_VERSION; return the version it had. ``conn`` must be in
    autocommit mode (``isolation_level=None``) so the transactions here are explicit."""
    conn.execute("BEGIN IMMEDIATE")  # also stops another process migrating at the same time
    try:
        found = version_of(conn)
        if found > CURRENT_VERSION:
            raise JournalError(
                f"the journal was written by a newer kiosk version (format {found}, this version "
                f"reads up to {CURRENT_VERSION}); update the kiosk"
            )
        if found == 0:
            conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            conn.execute("INSERT INTO schema_version (version) VALUES (0)")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    for number in range(found + 1, CURRENT_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version_of(conn) >= number:  # another process got here first
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute("UPDATE schema_version SET version = ?", (number,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found
