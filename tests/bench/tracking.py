"""Benchmark: many orders tracked at once (`python -m tests.bench.tracking`); prints figures.

The simulator runs in its own process (so the CPU figures are the tracker's alone) at SPEED
simulated seconds per real second; the tracker runs at 1/SPEED, so every order goes through its
whole production schedule, compressed. Measured in this process: HTTP requests per order until
it is done (by method and call), CPU time, wall time, and how late a 10 ms ticker on the event
loop ran (the longest stall is what a GUI on the same loop would feel). Then the cost of the
per-order leases (claim, renew, release) on a journal of as many active orders.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

from kiosk.config import TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET
from kiosk.srs import ClientCredentials, IdentityData, Jurisdiction, SrsClient, SrsEndpoints, Status
from kiosk.tracking import (
    TRACKER_CLIENT_RETRY,
    ActionKind,
    Journal,
    LeaseHolder,
    NewOrder,
    NextAction,
    Outcome,
    StaticKey,
    Tracker,
)
from tests.bench.sim_process import simulator_process

KEYS = StaticKey(bytes(32))  # the journal's key, not the machine's keyring

METHODS = (("AUTHADA", "eid"), ("KLARNA", "bankident"), ("IDENTITY.TM", "video"))
TICK_S = 0.01


class Stalls:
    """A ticker on the loop: how late each 10 ms sleep woke up."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self.ramp_ticks = 0  # ticks while the orders were being started

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + TICK_S
            await asyncio.sleep(TICK_S)
            self.late.append(loop.time() - due)


class Counts:
    """HTTP requests by (method of the order, call), from httpx event hooks."""

    def __init__(self) -> None:
        self.method_of: dict[str, str] = {}  # ref id or msisdn -> "ISSUER/method"
        self.calls: Counter[tuple[str, str]] = Counter()

    async def __call__(self, request: httpx.Request) -> None:
        path = request.url.path
        if path.startswith("/api/identifications/"):
            owner = self.method_of.get(path.rsplit("/", 1)[1], "?")
            self.calls[(owner, "status" if request.method == "GET" else "cancel")] += 1
        elif path == "/api/evidences/verify":
            msisdn = json.loads(request.content)["msisdn"]
            self.calls[(self.method_of.get(msisdn, "?"), "verify")] += 1
        elif path == "/oauth/token":
            self.calls[("-", "token")] += 1
        else:
            self.calls[("-", "start")] += 1


async def _start_all(client: SrsClient, tracker: Tracker, n: int, counts: Counts) -> None:
    """Start and register the orders as a busy branch network would: many at once."""
    slots = asyncio.Semaphore(32)

    async def one(i: int) -> None:
        issuer, method = METHODS[i % len(METHODS)]
        mobile = f"+4179{i:07d}"
        data = IdentityData(mobile=mobile)
        if issuer != "AUTHADA":
            data = IdentityData(
                first_name="Anna", last_name="Muster", dob=date(1985, 4, 12), mobile=mobile
            )
        async with slots:
            started = await client.start(issuer, method, data)
            counts.method_of[started.ref_id] = counts.method_of[mobile] = f"{issuer}/{method}"
            await tracker.register(started, mobile=mobile)

    await asyncio.gather(*(one(i) for i in range(n)))


async def run(n: int, speed: float, base: str, journal_file: Path, in_flight: int) -> float:
    endpoints = SrsEndpoints(base, f"{base}/oauth/token", base)
    credentials = ClientCredentials(TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET)
    counts = Counts()
    limits = httpx.Limits(max_connections=2 * in_flight, max_keepalive_connections=2 * in_flight)
    async with (
        httpx.AsyncClient(limits=limits, event_hooks={"request": [counts]}) as http,
        SrsClient(
            endpoints, credentials, http=http, timeout_s=30, retry=TRACKER_CLIENT_RETRY
        ) as client,
    ):
        with Journal(journal_file, keys=KEYS) as journal:
            tracker = Tracker(client, journal, time_scale=1 / speed, max_in_flight=in_flight)
            stalls = Stalls()
            ticker = asyncio.create_task(stalls.run())
            cpu0, wall0 = time.process_time(), time.perf_counter()
            await tracker.start()
            await _start_all(client, tracker, n, counts)
            started_in = time.perf_counter() - wall0
            stalls.ramp_ticks = len(stalls.late)
            await tracker.wait_idle()
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            punctuality = tracker.stats
            ticker.cancel()
            orders = await tracker.orders()
            await tracker.aclose()

    outcomes = Counter(o.outcome for o in orders)
    print(
        f"orders: {n} ({', '.join(f'{i}/{m}' for i, m in METHODS)} in turn), simulator "
        f"speed {speed:g} in its own process, tracker time scale 1/{speed:g}, "
        f"{in_flight} calls in flight at most"
    )
    print(f"outcomes: {dict((k.value, v) for k, v in outcomes.items())}")
    if outcomes[Outcome.VERIFIED] != n:
        print("  (not all verified: the figures below are not comparable)")
    total = sum(counts.calls.values())
    print(f"all {n} started and registered after {started_in:.1f} s (included below)")
    print(
        f"wall time {wall:.1f} s, CPU time {cpu:.1f} s ({100 * cpu / wall:.0f}% of one core), "
        f"{total} requests ({counts.calls[('-', 'start')]} starts), {total / wall:.0f} req/s, "
        f"{1000 * cpu / total:.2f} ms CPU per request"
    )
    per_method = Counter[str]()
    for (method, _), c in counts.calls.items():
        per_method[method] += c
    for issuer, method in METHODS:
        key = f"{issuer}/{method}"
        k = sum(1 for o in orders if f"{o.issuer}/{o.method}" == key)
        status, verify = counts.calls[(key, "status")], counts.calls[(key, "verify")]
        print(
            f"  {key:<18} {per_method[key] / k:6.1f} requests per order "
            f"({status / k:.1f} status, {verify / k:.1f} verify)"
        )
    late = sorted(stalls.late)
    after_ramp = max(stalls.late[stalls.ramp_ticks :], default=0.0)
    print(
        f"event loop: longest stall {1000 * late[-1]:.1f} ms ({1000 * after_ramp:.1f} ms once "
        f"all orders were started), p99 "
        f"{1000 * late[int(len(late) * 0.99)]:.1f} ms, median "
        f"{1000 * statistics.median(late):.2f} ms over {len(late)} ticks of {TICK_S * 1000:g} ms"
    )
    # Beyond capacity calls start late, and the per-order figures drop below the schedule's.
    print(
        f"calls started late by {1000 * punctuality.late_mean_s:.1f} ms on average, "
        f"{1000 * punctuality.late_max_s:.0f} ms at most (a poll is due every "
        f"{5000 / speed:.0f} ms while the customer is in the flow)"
    )
    return wall


def leases(n: int, journal_file: Path, rounds: int = 20) -> None:
    """What the leases cost: one tracker's renewal round is one transaction for all its orders
    (plus the look at other holders' leases), done every third of the lease (20 s)."""
    now = time.time()
    me, other = LeaseHolder.this_process(), LeaseHolder("bench-other", 1, "elsewhere")
    with Journal(journal_file, keys=KEYS) as journal:
        for i in range(n):
            journal.add(
                NewOrder(
                    ref_id=f"lease-{i}",
                    issuer="AUTHADA",
                    method="eid",
                    jurisdiction=Jurisdiction.EIDAS,
                    loa=4,
                    status=Status.INITIALIZED,
                    next_action=NextAction(ActionKind.POLL, datetime.fromtimestamp(now + i, UTC)),
                ),
                now,
            )
        refs = [f"lease-{i}" for i in range(n)]

        def timed(fn: Callable[[], object]) -> float:
            times = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t0)
            return statistics.median(times)

        first = time.perf_counter()
        held = journal.claim(me, None, now, now + 60)
        first = time.perf_counter() - first
        assert len(held) == n
        renew_all = timed(lambda: journal.claim(me, None, now, now + 60))
        renew_list = timed(lambda: journal.claim(me, refs, now, now + 60))
        look = timed(lambda: journal.leased_elsewhere(me.owner, now))
        refused = timed(lambda: journal.claim(other, None, now, now + 60))
        one = timed(lambda: journal.claim(me, [refs[0]], now, now + 60))
        release = time.perf_counter()
        journal.release(me.owner)
        release = time.perf_counter() - release

    def per(seconds: float) -> str:
        return f"{1000 * seconds:.2f} ms ({1e6 * seconds / n:.1f} µs per order)"

    print(f"leases on {n} active orders (median of {rounds}):")
    print(
        f"  first claim of all {per(first)}; renewal of all {per(renew_all)} "
        f"(by ref id list: {per(renew_list)})"
    )
    print(
        f"  look at other holders' leases {1000 * look:.2f} ms; another holder's claim "
        f"that gets none {per(refused)}; claiming one order {1000 * one:.2f} ms; "
        f"release of all {per(release)}"
    )
    print(
        f"  a renewal round every 20 s costs {100 * (renew_all + look) / 20:.3f}% of one "
        f"core's time on the journal thread"
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.tracking")
    parser.add_argument("--orders", type=int, default=500)
    parser.add_argument(
        "--speed",
        type=float,
        default=30.0,
        help="simulated seconds per real second (default 30: video takes 32 s)",
    )
    parser.add_argument("--in-flight", type=int, default=16)
    parser.add_argument(
        "--leases-only", action="store_true", help="only the lease figures (no simulator)"
    )
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() after start-up, as an application may do",
    )
    args = parser.parse_args()
    if args.leases_only:
        with tempfile.TemporaryDirectory() as tmp:
            leases(args.orders, Path(tmp) / "journal.sqlite")
        return
    if args.gc_freeze:
        gc.freeze()  # start-up objects leave the collector's scans: shorter full collections
    proc, base = simulator_process(args.speed)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            wall = asyncio.run(
                run(args.orders, args.speed, base, Path(tmp) / "journal.sqlite", args.in_flight)
            )
    finally:
        proc.terminate()
        proc.wait(10)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    sim_cpu = usage.ru_utime + usage.ru_stime
    print(
        f"simulator process: CPU time {sim_cpu:.1f} s over its life "
        f"(~{100 * sim_cpu / wall:.0f}% of one core during the run)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        leases(args.orders, Path(tmp) / "journal.sqlite")


if __name__ == "__main__":
    main()
