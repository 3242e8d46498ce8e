"""Two trackers on one journal file (as the kiosk window and a `srs-kiosk track` would be): each
order is followed by one of them, handed over when its holder closes or vanishes.

Each tracker has its own journal connection and its own HTTP client with its own request
recorder, so "who polled what" is read off the wire; the journal and the simulator are real.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import Jurisdiction, SrsClient, SrsEndpoints, Status
from kiosk.tracking import (
    CURRENT_VERSION,
    TRACKER_CLIENT_RETRY,
    ActionKind,
    Journal,
    Lease,
    LeaseHolder,
    NewOrder,
    NextAction,
    Outcome,
    Tracker,
    TrackingPolicy,
)
from kiosk.tracking.schema import V1, V2, V3

from .helpers import CREDENTIALS, KEYS, POLICY, SCALE, SPEED, Events, Requests, Sim, follow, start

MOBILE = "+41791160001"
# Long enough that a busy machine (GUI tests on the other core) never lets a lease lapse by
# accident; short renewals so a hand-over shows within a fraction of a second.
STEADY = replace(POLICY, min_lease_s=3.0)  # lease 3 s, renewed every second
QUICK = replace(POLICY, min_lease_s=0.3)  # lease 0.3 s, renewed every 0.1 s
LONG = replace(POLICY, min_lease_s=60.0)  # lease 60 s: lapses never within a test


@dataclass
class Process:
    """One tracker as another process would have it: own connection, own client."""

    tracker: Tracker
    journal: Journal
    requests: Requests

    def polled(self, ref_id: str) -> int:
        return len(self.requests.matching("GET", f"/api/identifications/{ref_id}"))

    def cancelled(self, ref_id: str) -> int:
        return len(self.requests.matching("DELETE", f"/api/identifications/{ref_id}"))


@pytest.fixture
async def process(
    fast_sim: EmbeddedSimulator, journal_file: Path
) -> AsyncIterator[Callable[..., Any]]:
    closers: list[Callable[[], Any]] = []

    async def make(*, policy: TrackingPolicy = STEADY, **options: Any) -> Process:
        requests = Requests()
        base = fast_sim.base_url
        http = httpx.AsyncClient(event_hooks={"request": [requests.sent], "response": [requests]})
        client = SrsClient(
            SrsEndpoints(base, f"{base}/oauth/token", base),
            CREDENTIALS,
            http=http,
            timeout_s=5,
            retry=TRACKER_CLIENT_RETRY,
        )
        journal = Journal(journal_file, keys=KEYS)
        tracker = Tracker(client, journal, time_scale=SCALE, policy=policy, **options)

        async def close() -> None:
            await tracker.aclose()
            await client.aclose()
            await http.aclose()
            journal.close()

        closers.append(close)
        return Process(tracker, journal, requests)

    yield make
    for close in reversed(closers):
        await close()


_numbers = iter(range(10_000))


async def _register_waiting(proc: Process, client: SrsClient, n: int) -> list[str]:
    """Start ``n`` eID orders that wait for the customer, registered by ``proc``."""
    refs = []
    for _ in range(n):
        mobile = f"+4179116{next(_numbers):04d}"
        started = await start(client, "AUTHADA/eid", mobile, external_id="SIM-WAIT")
        await proc.tracker.register(started, mobile=mobile)
        refs.append(started.ref_id)
    return refs


async def _eventually(predicate: Callable[[], bool], timeout_s: float = 30.0) -> float:
    """Wait (polling every 10 ms) until ``predicate()``; returns how long it took. Counted on
    the clock, not in sleeps (on a busy machine each sleep lasts longer than it says)."""
    began = time.monotonic()
    while not predicate():
        if time.monotonic() - began > timeout_s:
            raise AssertionError(f"not so after {timeout_s} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - began


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


async def test_only_one_of_two_trackers_follows_an_order(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    a: Process = await process()
    b: Process = await process()
    await a.tracker.start()
    a_refs = await _register_waiting(a, client, 2)
    await b.tracker.start()
    assert b.tracker.following == 0  # all of them are a's
    elsewhere = await b.tracker.followed_elsewhere()
    assert [(e.orders, e.holder.pid, e.holder.host) for e in elsewhere] == [
        (2, os.getpid(), socket.gethostname())
    ]
    b_refs = await _register_waiting(b, client, 1)  # registering leases it to b
    assert (a.tracker.following, b.tracker.following) == (2, 1)

    # Both poll their own orders through lease renewals (every second).
    await _eventually(lambda: all(a.polled(r) >= 3 for r in a_refs) and b.polled(b_refs[0]) >= 3)
    await asyncio.sleep(2 * b.tracker.lease_timing[1])
    for ref in a_refs + b_refs:
        await sim.force(ref, "TERMINATED")
    done = [await follow(a.tracker, ref) for ref in a_refs] + [await follow(b.tracker, b_refs[0])]

    assert all(o.outcome is Outcome.VERIFIED for o in done)
    for ref in a_refs:
        assert a.polled(ref) >= 3 and b.polled(ref) == 0, ref
    assert b.polled(b_refs[0]) >= 3 and a.polled(b_refs[0]) == 0
    assert len(a.requests.matching("POST", "/api/evidences/verify")) >= 2
    assert len(b.requests.matching("POST", "/api/evidences/verify")) >= 1


async def test_a_clean_close_hands_the_orders_over_at_once(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    a: Process = await process(policy=LONG)  # a's leases would last a minute
    b: Process = await process(policy=QUICK)
    await a.tracker.start()
    refs = await _register_waiting(a, client, 2)
    await b.tracker.start()
    await asyncio.sleep(3 * b.tracker.lease_timing[1])
    assert b.tracker.following == 0

    await a.tracker.aclose()  # releases its leases
    took = await _eventually(lambda: b.tracker.following == 2)

    # At b's next renewal (0.1 s; a busy machine may stall a few), not after a's minute.
    assert took < 10.0
    for ref in refs:
        lease = b.journal.lease_of(ref)
        assert lease is not None and lease.holder == b.tracker.holder
        await sim.force(ref, "TERMINATED")
    for ref in refs:
        assert (await follow(b.tracker, ref)).outcome is Outcome.VERIFIED
        assert b.polled(ref) >= 1


async def test_a_vanished_owner_is_taken_over_once_its_lease_lapses(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    # a's leases last a minute: b's renewals must not see them lapse by themselves (a 3-s
    # lease could, on a machine too busy to run b's first renewals in time).
    a: Process = await process(policy=LONG)
    offset = [0.0]
    b: Process = await process(policy=QUICK, clock=lambda: time.time() + offset[0])
    await a.tracker.start()
    refs = await _register_waiting(a, client, 2)
    await _eventually(lambda: all(a.polled(r) >= 1 for r in refs))
    await a.tracker.aclose(release=False)  # as if killed: the leases stay until they lapse
    until = a.journal.lease_of(refs[0])
    assert until is not None and until.holder == a.tracker.holder

    await b.tracker.start()
    await asyncio.sleep(3 * b.tracker.lease_timing[1])  # three renewals: still a's leases
    assert b.tracker.following == 0 and all(b.polled(r) == 0 for r in refs)
    assert [e.orders for e in await b.tracker.followed_elsewhere()] == [2]

    offset[0] = until.until.timestamp() - time.time() + 0.01  # b's clock: just past the lease
    await _eventually(lambda: b.tracker.following == 2)

    assert await b.tracker.followed_elsewhere() == []
    for ref in refs:
        await sim.force(ref, "TERMINATED")
        assert (await follow(b.tracker, ref)).outcome is Outcome.VERIFIED
        assert b.polled(ref) >= 1


async def test_a_tracker_whose_lease_was_taken_stops_following(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    # a stalls past its lease (a frozen event loop, a suspended laptop): b takes the orders over
    # and a, at its next renewal, sees that and lets them go instead of polling alongside.
    a: Process = await process(policy=STEADY)
    offset = [0.0]
    b: Process = await process(policy=QUICK, clock=lambda: time.time() + offset[0])
    await a.tracker.start()
    refs = await _register_waiting(a, client, 2)
    await b.tracker.start()
    assert b.tracker.following == 0
    offset[0] = a.tracker.lease_timing[0] + 1  # to b, a's leases have lapsed
    await _eventually(lambda: b.tracker.following == 2)

    await _eventually(lambda: a.tracker.following == 0)  # a's next renewal
    polled_by_a = {ref: a.polled(ref) for ref in refs}
    for ref in refs:
        await sim.force(ref, "TERMINATED")
        assert (await follow(b.tracker, ref)).outcome is Outcome.VERIFIED
    assert {ref: a.polled(ref) for ref in refs} == polled_by_a  # not one more poll by a
    assert a.requests.matching("POST", "/api/evidences/verify") == []


async def test_a_dead_process_on_this_host_is_taken_over_at_once(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    probe = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await probe.wait()
    dead_pid = probe.pid  # a process of this host that has ended (kill -9, crash)
    here: Process = await process(
        policy=LONG, holder=LeaseHolder("dead0001", dead_pid, socket.gethostname())
    )
    there: Process = await process(
        policy=LONG, holder=LeaseHolder("far00001", dead_pid, "other-host.example")
    )
    here_refs = await _register_waiting(here, client, 1)
    there_refs = await _register_waiting(there, client, 1)
    await here.tracker.aclose(release=False)
    await there.tracker.aclose(release=False)

    b: Process = await process()
    await b.tracker.start()

    # Only this host can tell a process has ended; the other host's lease is waited out.
    assert b.tracker.following == 1
    lease = b.journal.lease_of(here_refs[0])
    assert lease is not None and lease.holder == b.tracker.holder
    assert [(e.holder.host, e.orders) for e in await b.tracker.followed_elsewhere()] == [
        ("other-host.example", 1)
    ]
    await sim.force(here_refs[0], "TERMINATED")
    assert (await follow(b.tracker, here_refs[0])).outcome is Outcome.VERIFIED
    assert b.polled(there_refs[0]) == 0


async def test_a_cancel_requested_elsewhere_is_done_by_the_lease_holder(
    process: Callable[..., Any], client: SrsClient, sim: Sim
) -> None:
    owner: Process = await process(policy=STEADY)
    await owner.tracker.start()
    events = Events(owner.tracker)
    ref = (await _register_waiting(owner, client, 1))[0]
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    other: Process = await process(policy=QUICK)  # e.g. `identify` superseding the order

    flagged = await other.tracker.cancel(ref)

    assert flagged.cancel_pending and flagged.status is Status.INITIALIZED  # not done by it
    done = await events.wait(lambda e: e.order.status is Status.CANCELLED)
    assert done.order.outcome is Outcome.CANCELLED and not done.order.cancel_pending
    assert (owner.cancelled(ref), other.cancelled(ref)) == (1, 0)
    assert (await sim.orders())[ref]["status"] == "CANCELLED"


def _order(ref_id: str, at: float) -> NewOrder:
    return NewOrder(
        ref_id=ref_id,
        issuer="AUTHADA",
        method="eid",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=Status.CREATED,
        next_action=NextAction(ActionKind.POLL, _at(at + 5)),
    )


def test_claim_renew_and_release(journal: Journal) -> None:
    now = time.time()
    mine, theirs = LeaseHolder("mine", 1, "h"), LeaseHolder("theirs", 2, "h")
    for ref in ("r1", "r2", "r3"):
        journal.add(_order(ref, now), now)
    journal.finish("r3", Status.EXPIRED, "x", now)  # finished orders are nobody's

    assert [h.ref_id for h in journal.claim(mine, ["r1"], now, now + 60)] == ["r1"]
    assert [h.ref_id for h in journal.claim(theirs, None, now, now + 60)] == ["r2"]
    assert journal.claim(theirs, ["r1"], now + 59, now + 119) == []  # mine is live
    assert [h.ref_id for h in journal.claim(mine, ["r1"], now + 30, now + 90)] == ["r1"]
    lease = journal.lease_of("r1")
    assert lease is not None and lease.holder == mine and lease.until == _at(now + 90)
    assert journal.claim(theirs, ["r1"], now + 89, now + 149) == []
    # lapsed: theirs now (r2 is renewed with it)
    assert sorted(h.ref_id for h in journal.claim(theirs, None, now + 90, now + 150)) == [
        "r1",
        "r2",
    ]
    assert journal.held_elsewhere("mine", ["r1", "r2", "r3"], now + 100) == ["r1", "r2"]
    assert [(e.holder, e.orders) for e in journal.leased_elsewhere("mine", now + 100)] == [
        (theirs, 2)
    ]
    assert journal.leases_elsewhere("mine", now + 100) == {
        "r1": Lease(theirs, _at(now + 150)),
        "r2": Lease(theirs, _at(now + 150)),
    }
    assert journal.leases_elsewhere("theirs", now + 100) == {}
    assert journal.leases_elsewhere("mine", now + 150) == {}  # lapsed

    assert journal.release("theirs", ["r2"]) == 1
    assert [h.ref_id for h in journal.claim(mine, None, now + 100, now + 160)] == ["r2"]
    assert journal.release("theirs") == 1  # r1
    assert journal.lease_of("r1") is None
    journal.request_cancel("r2", now + 101)
    assert journal.claim(mine, None, now + 102, now + 162)[-1].cancel_pending
    # A new order can be leased as it is added: nobody can claim it in between.
    journal.add(_order("r4", now), now, lease=Lease(theirs, _at(now + 60)))
    assert journal.claim(mine, ["r4"], now + 1, now + 61) == []


def test_a_claim_race_gives_each_order_to_exactly_one(journal: Journal, journal_file: Path) -> None:
    now = time.time()
    refs = [f"race-{i}" for i in range(40)]
    for ref in refs:
        journal.add(_order(ref, now), now)
    holders = [LeaseHolder(f"racer{i}", i, "h") for i in range(2)]
    connections = [Journal(journal_file, keys=KEYS) for _ in holders]
    results: list[list[list[str]]] = [[], []]
    barrier = threading.Barrier(2)

    def race(i: int) -> None:
        for ref in refs:  # both claim the same order at the same moment, forty times
            barrier.wait()
            got = connections[i].claim(holders[i], [ref], now, now + 60)
            results[i].append([h.ref_id for h in got])
        barrier.wait()
        results[i].append([h.ref_id for h in connections[i].claim(holders[i], None, now, now + 60)])

    threads = [threading.Thread(target=race, args=(i,)) for i in range(2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        for c in connections:
            c.close()
    for n, ref in enumerate(refs):
        winners = [i for i in range(2) if results[i][n] == [ref]]
        assert len(winners) == 1, (ref, results[0][n], results[1][n])
        lease = journal.lease_of(ref)
        assert lease is not None and lease.holder == holders[winners[0]]
    # the final "claim everything": each keeps exactly its own, nobody gets the other's
    assert sorted(results[0][-1] + results[1][-1]) == sorted(refs)


def test_migrates_a_version_3_file_with_orders(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with sqlite3.connect(path) as conn:  # the file as the previous release left it
        for script in (V1, V2, V3):
            conn.executescript(script)
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            "INSERT INTO schema_version VALUES (3);"
            "INSERT INTO meta VALUES ('customer_salt', '00112233445566778899aabbccddeeff');"
            "INSERT INTO orders (ref_id, order_id, issuer, method, jurisdiction, loa, status, "
            "customer_key, next_kind, next_due, cancel_pending, created_at, updated_at, "
            "last_error, failures) VALUES ('r1', 'ITM-1', 'IDENTITY.TM', 'video', 'ZERTES', 4, "
            "'INITIALIZED', 'k1', 'cancel', 1000.0, 1, 900.0, 950.0, 'down', 2);"
            "INSERT INTO orders (ref_id, issuer, method, jurisdiction, loa, status, "
            "evidence_id, evidence_valid_until, created_at, updated_at) VALUES ('r2', "
            "'AUTHADA', 'eid', 'EIDAS', 4, 'TERMINATED', 'ev-2', 5000.0, 800.0, 850.0);"
            "INSERT INTO status_history VALUES ('r1', 'CREATED', 900.0, NULL);"
            "INSERT INTO status_history VALUES ('r1', 'INITIALIZED', 910.0, NULL);"
            "INSERT INTO status_history VALUES ('r2', 'TERMINATED', 840.0, NULL);"
        )
    conn.close()

    with Journal(path, keys=KEYS) as journal:
        assert journal.migrated_from == 3 and CURRENT_VERSION == 6
        r1, r2 = journal.get("r1"), journal.get("r2")
        assert r1 is not None and r2 is not None
        # Version 5 drops the scrypt customer keys: no HMAC key can ever match them.
        assert (r1.order_id, r1.jurisdiction, r1.customer_key) == (
            "ITM-1",
            Jurisdiction.ZERTES,
            None,
        )
        assert r1.cancel_pending and r1.next_action == NextAction(ActionKind.CANCEL, _at(1000))
        assert (r1.last_error, r1.failures) == ("down", 2)
        assert [e.status for e in r1.history] == [Status.CREATED, Status.INITIALIZED]
        assert r2.outcome is Outcome.VERIFIED and r2.evidence_valid_until == _at(5000)
        assert journal.lease_of("r1") is None and journal.lease_of("r2") is None
        # The upgraded orders can be leased; the finished one is nobody's to follow.
        held = journal.claim(LeaseHolder("me", 1, "h"), None, 2000.0, 2060.0)
        assert [(h.ref_id, h.cancel_pending) for h in held] == [("r1", True)]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (CURRENT_VERSION,)
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM status_history").fetchone() == (3,)
    conn.close()


async def test_cli_track_reports_and_leaves_alone_orders_followed_elsewhere(
    tmp_path: Path, fast_sim: EmbeddedSimulator, client: SrsClient, sim: Sim
) -> None:
    base = fast_sim.base_url
    config = tmp_path / "prod.toml"
    config.write_text(
        f'[srs]\napi_url = "{base}"\ntoken_url = "{base}/oauth/token"\n'
        f'ras_url = "{base}"\nclient_id = "misswaggerclient"\n'
        f"[tracking]\ntime_scale = {1 / SPEED:.6f}\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SRS_KIOSK_")}
    env.update(
        {
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "XDG_CONFIG_DIRS": str(tmp_path / "site"),
            "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
            "SRS_KIOSK_CLIENT_SECRET": "misswaggerclientsecret",
        }
    )
    requests = Requests()
    async with (
        httpx.AsyncClient(event_hooks={"request": [requests.sent], "response": [requests]}) as http,
        SrsClient(
            SrsEndpoints(base, f"{base}/oauth/token", base),
            CREDENTIALS,
            http=http,
            timeout_s=5,
            retry=TRACKER_CLIENT_RETRY,
        ) as srs,
    ):
        with Journal(tmp_path / "data" / "journal.sqlite", keys=KEYS) as journal:
            async with Tracker(srs, journal, time_scale=SCALE, policy=STEADY) as window:
                await window.start()
                refs = []
                for i in range(2):
                    started = await start(
                        client, "AUTHADA/eid", f"+4179117{i:04d}", external_id="SIM-WAIT"
                    )
                    await window.register(started, mobile=f"+4179117{i:04d}")
                    refs.append(started.ref_id)
                proc = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "kiosk",
                    "--config",
                    str(config),
                    "track",
                    "--until-final",
                    "--json",
                    env=env,
                    stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.PIPE,
                )
                assert proc.stdout is not None
                async with asyncio.timeout(30):
                    first = json.loads(await proc.stdout.readline())
                assert first == {
                    "event": "followedElsewhere",
                    "orders": 2,
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "leaseUntil": first["leaseUntil"],
                }
                for ref in refs:  # the window finishes them; `track` waits for that
                    await sim.force(ref, "TERMINATED")
                for ref in refs:
                    assert (await follow(window, ref)).outcome is Outcome.VERIFIED
                async with asyncio.timeout(30):
                    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert out.decode().strip() == ""  # it never followed (nor printed) those orders
    statuses = {r.path for r in requests.log if r.method == "GET"}
    assert statuses >= {f"/api/identifications/{ref}" for ref in refs}
