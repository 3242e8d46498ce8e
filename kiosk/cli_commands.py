"""The command line's headless commands (``methods``, ``identify``, ``status``, ``cancel``,
``verify``, ``orders``, ``track``): the same services as the kiosk window, from the composition
root (kiosk.composition). Imported only when one of them runs (kiosk.cli parses first)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from kiosk.cli import (
    EXIT_AUTH,
    EXIT_NO_EVIDENCE,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_SERVICE,
    EXIT_USAGE,
    UsageError,
)
from kiosk.cli_output import (
    evidence_json,
    print_evidence,
    print_methods,
    print_started,
    print_status,
    started_json,
    status_json,
)
from kiosk.composition import Composition
from kiosk.services import Backend
from kiosk.srs import (
    AuthenticationFailed,
    Conflict,
    IdentificationStatus,
    IdentityData,
    InvalidInput,
    MethodFilter,
    NotFound,
    SrsClient,
    SrsError,
    distinguished_name,
)
from kiosk.tracking import (
    HistoryEntry,
    Journal,
    JournalError,
    LeasedElsewhere,
    OrderChanged,
    TrackedOrder,
    Tracker,
    created_nothing,
    interrupted,
)
from kiosk.tracking.export import (
    history_json,
    history_line,
    intent_json,
    intent_lines,
    order_json,
    result_json,
    result_line,
    table_lines,
)
from kiosk.tracking.privacy import scrub

# How long `identify` waits (real seconds) for a target URL the start answer did not carry.
TARGET_URL_WAIT_S = 60.0
NO_TARGET_URL = (
    f"The SRS gave no target URL within {TARGET_URL_WAIT_S:g} s; the order is in "
    "the journal and `srs-kiosk track` follows it (or `srs-kiosk cancel` ends it)"
)

log = logging.getLogger("kiosk")


def run_headless(args: argparse.Namespace, root: Composition) -> int:
    handler = COMMANDS[args.command]
    with root.backend() as backend:
        if backend.training and not getattr(args, "json", False):
            print(
                "Training mode (no [srs] settings): a built-in simulator answers, and its "
                "orders live only as long as this command.",
                file=sys.stderr,
            )
        try:
            return asyncio.run(handler(args, root, backend))
        except InvalidInput as exc:
            print(f"srs-kiosk: {exc.message}", file=sys.stderr)
            for problem in exc.fields:
                option = f"--{problem.field.replace('_', '-')}"  # the field as the CLI names it
                print(f"  {problem.sentence(problem.problem, option)}", file=sys.stderr)
            return EXIT_USAGE
        except AuthenticationFailed as exc:
            print(f"srs-kiosk: authentication failed: {exc.message}", file=sys.stderr)
            return EXIT_AUTH
        except (NotFound, Conflict) as exc:
            print(f"srs-kiosk: {exc.message}", file=sys.stderr)
            return EXIT_NOT_FOUND
        except SrsError as exc:
            print(f"srs-kiosk: {exc.message}", file=sys.stderr)
            return EXIT_SERVICE
        except JournalError as exc:
            print(f"srs-kiosk: the order journal cannot be used: {exc}", file=sys.stderr)
            return EXIT_USAGE


async def _methods(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    filters = MethodFilter(
        issuer=tuple(args.issuer),
        jurisdiction=tuple(args.jurisdiction),
        loa=args.loa,
        offline=args.offline,
        method_type=args.method_type,
        webflow=args.webflow,
        realtime=args.realtime,
    )
    async with root.client(backend) as client:
        methods = await client.list_methods(filters)
    print_methods(methods, as_json=args.json)
    return EXIT_OK


async def _identify(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    issuer, _, method = args.target.partition("/")
    if not issuer or not method:
        raise UsageError(f"expected ISSUER/METHOD such as KLARNA/bankident, got {args.target!r}")
    data = IdentityData(
        first_name=args.first_name,
        last_name=args.last_name,
        dob=args.dob,
        mobile=args.mobile,
        email=args.email,
        country=args.country,
        language=args.language,
        external_id=args.external_id,
        place_of_birth=args.place_of_birth,
        nationality=args.nationality,
    )
    # The journal opens first: an order nobody can follow must not be started.
    with _open_journal(root, backend.training) as journal:
        async with (
            root.running_tracker(backend, journal) as tracker,
            root.client(backend) as client,
        ):
            # The intent is on disk before the call: if this process dies before the answer is
            # journaled, `orders` reports the start as interrupted instead of losing the order.
            try:
                intent = await tracker.begin_start(issuer, method, args.external_id)
            except (sqlite3.Error, OSError) as exc:  # full disk, read-only file: start nothing
                raise JournalError(
                    f"the start cannot be recorded ({exc}); nothing was started"
                ) from exc
            try:
                started = await client.start(issuer, method, data)
            except BaseException as exc:
                if created_nothing(exc):
                    await tracker.abandon_start(intent)
                raise
            try:
                order = await tracker.register(
                    started,
                    intent_id=intent,
                    mobile=args.mobile,
                    jurisdiction=args.jurisdiction,
                    loa=args.loa,
                    distinguished_name=_distinguished_name(args),
                )
            except (sqlite3.Error, JournalError, OSError) as exc:
                message, cancelled = await _cancel_unrecorded(client, started.ref_id, exc)
                if cancelled:  # settled: the intent need not be reported (if it can go)
                    with contextlib.suppress(sqlite3.Error, JournalError, OSError):
                        await tracker.abandon_start(intent)
                raise JournalError(message) from exc
            if order.target_url is None:
                order = await _wait_for_target_url(tracker, order)
            shown = replace(
                started,
                target_url=order.target_url,
                mobile_token=started.mobile_token or order.mobile_token,
                session_token=started.session_token or order.session_token,
            )
            if args.json:
                out = started_json(shown)
                if order.target_url is None:
                    out["note"] = NO_TARGET_URL
                _emit(out)
            else:
                print_started(shown)
                if order.target_url is None:
                    print(f"srs-kiosk: {NO_TARGET_URL}", file=sys.stderr)
            if not args.wait:
                return EXIT_OK if order.target_url is not None else EXIT_SERVICE
            printed = 0

            def report(order: TrackedOrder) -> None:
                nonlocal printed
                for entry in order.history[printed:]:
                    if args.json:
                        _emit(history_json(order, entry))
                    else:
                        print(history_line(entry, order), flush=True)
                printed = len(order.history)

            report(order)
            tracker.subscribe(lambda e: report(e.order) if e.order.ref_id == order.ref_id else None)
            report((await tracker.get(order.ref_id)) or order)  # what came while waiting
            await tracker.start([order.ref_id])
            final = await tracker.wait_done(order.ref_id)
    if args.json:
        _emit(result_json(final))
    else:
        print(result_line(final))
    return EXIT_OK if final.evidence_id else EXIT_NO_EVIDENCE


def _distinguished_name(args: argparse.Namespace) -> str | None:
    """The DN for the verify call when both names are given (kept in memory only)."""
    if not (args.first_name and args.last_name):
        return None
    return distinguished_name(args.first_name, args.last_name, args.country)


async def _cancel_unrecorded(
    client: SrsClient, ref_id: str, exc: BaseException
) -> tuple[str, bool]:
    """The order was started but the journal could not record it: cancel it at once, so no
    order is left at the SRS that nothing follows. What to tell the person, and whether the
    cancel went through."""
    try:
        await client.cancel(ref_id)
    except SrsError as cancel_error:
        return (
            f"order {ref_id} was started but could not be recorded ({exc}), and cancelling "
            f"it failed too ({cancel_error.message}): cancel it with `srs-kiosk cancel "
            f"{ref_id}` once the journal works"
        ), False
    return (f"order {ref_id} was started but could not be recorded ({exc}); it was cancelled"), True


async def _wait_for_target_url(tracker: Tracker, order: TrackedOrder) -> TrackedOrder:
    """Follow the order until a status answer brings its target URL (or it ends), at most
    TARGET_URL_WAIT_S; the order as it then stands."""
    latest = order
    arrived = asyncio.Event()

    def on_change(event: OrderChanged) -> None:
        nonlocal latest
        if event.order.ref_id == order.ref_id:
            latest = event.order
            if latest.target_url is not None or latest.status.is_final or latest.is_done:
                arrived.set()

    unsubscribe = tracker.subscribe(on_change)
    try:
        await tracker.start([order.ref_id])
        async with asyncio.timeout(TARGET_URL_WAIT_S):
            await arrived.wait()
    except TimeoutError:
        log.info("order %s: no target URL yet", order.ref_id)
    finally:
        unsubscribe()
    return latest


def orders(args: argparse.Namespace, root: Composition) -> int:
    """Reads the journal only: no service, so no credentials needed (support at the terminal).
    Start calls whose answer never arrived are listed too: the SRS may hold such an order."""
    with _open_journal(root, root.settings.training_mode) as journal:
        listed = journal.orders(active_only=args.active)  # JournalError: e.g. no key
        intents = interrupted(journal.intents(), time.time(), own_pid=os.getpid())
    if args.json:
        print(
            json.dumps(
                [intent_json(i) for i in intents] + [order_json(o) for o in listed],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print("\n".join(intent_lines(intents) + table_lines(listed)))
    return EXIT_OK


async def _track(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    def report(event: OrderChanged) -> None:
        order = event.order
        for entry in event.new_history:
            if args.json:
                _emit(history_json(order, entry))
            else:
                print(f"{order.ref_id}  {history_line(entry, order)}", flush=True)
        if order.problem != (event.previous.problem if event.previous else None):
            if args.json:
                _emit({"refId": order.ref_id, "problem": order.problem})
            elif order.problem:
                print(f"{order.ref_id}  problem: {order.problem}", file=sys.stderr, flush=True)
        if event.finished and event.previous is not None:
            if args.json:
                _emit(result_json(order))
            else:
                print(f"{order.ref_id}  {result_line(order)}", flush=True)

    with _open_journal(root, backend.training) as journal:
        async with root.running_tracker(backend, journal) as tracker:
            tracker.subscribe(report)
            await tracker.start()
            if not args.json:
                print(
                    f"Following {tracker.following} orders"
                    + ("" if args.until_final else "; Ctrl-C stops"),
                    file=sys.stderr,
                )
            _report_followed_elsewhere(args, await tracker.followed_elsewhere())
            if args.until_final:
                # Orders another process follows count too: they end there, or are taken over
                # here if it stops.
                while True:
                    await tracker.wait_idle()
                    if not await tracker.followed_elsewhere():
                        break
                    await asyncio.sleep(tracker.lease_timing[1])
            else:
                await asyncio.Event().wait()  # until Ctrl-C
    return EXIT_OK


def _report_followed_elsewhere(args: argparse.Namespace, elsewhere: list[LeasedElsewhere]) -> None:
    """Orders another process (the kiosk window, another `track`) follows: this one leaves
    them alone and takes them over when that process stops."""
    for other in elsewhere:
        holder = other.holder
        if args.json:
            _emit(
                {
                    "event": "followedElsewhere",
                    "orders": other.orders,
                    "pid": holder.pid,
                    "host": holder.host,
                    "leaseUntil": other.until.isoformat(),
                }
            )
        else:
            print(
                f"{other.orders} orders are followed by another process (pid {holder.pid} on "
                f"host {holder.host}); they will be taken over if it stops",
                file=sys.stderr,
            )


def _open_journal(root: Composition, training: bool) -> Journal:
    """JournalError when it cannot be used: a disk problem as often as a setting (said as
    "the order journal cannot be used", never as a configuration error)."""
    return root.journal(training=training)


async def _status(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    async with root.client(backend) as client:
        return _show_status(args, await client.status(args.ref_id))


async def _cancel(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    async with root.client(backend) as client:
        answer = await client.cancel(args.ref_id)
    if answer.status.is_final:
        _journal_cancel(root, backend, args.ref_id, answer)
    else:
        print(
            f"srs-kiosk: the SRS did not confirm the cancel (status {answer.status.value})",
            file=sys.stderr,
        )
    _show_status(args, answer)
    return EXIT_OK if answer.status.is_final else EXIT_SERVICE


def _journal_cancel(
    root: Composition, backend: Backend, ref_id: str, answer: IdentificationStatus
) -> None:
    """Record the confirmed end in the journal at once (whoever follows the order, or nobody):
    `orders --active` no longer lists it, and a follower's next poll finds it done."""
    try:
        journal = root.journal(training=backend.training)
    except JournalError as exc:
        log.warning("the journal could not record the cancel: %s", exc)
        return
    with journal:
        if journal.get(ref_id) is None:
            return  # not started here (or purged): nothing to record
        now = time.time()
        history = [HistoryEntry(s, at) for s, at in answer.history]
        history.append(
            HistoryEntry(answer.status, datetime.fromtimestamp(now, UTC), scrub(answer.reason))
        )
        journal.record_status(
            ref_id,
            answer.status,
            reason=scrub(answer.reason),
            order_id=answer.order_id,
            history=history,
            next_action=None,
            at=now,
            status_text=answer.status_text,
        )


def _show_status(args: argparse.Namespace, status: IdentificationStatus) -> int:
    if args.json:
        _emit(status_json(status))
    else:
        print_status(status)
    return EXIT_OK


async def _verify(args: argparse.Namespace, root: Composition, backend: Backend) -> int:
    async with root.client(backend) as client:
        evidence = await client.verify(
            args.msisdn, args.jurisdiction, args.loa, args.distinguished_name
        )
    if args.json:
        _emit(evidence_json(evidence))
    else:
        print_evidence(evidence)
    return EXIT_OK


def _emit(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


Handler = Callable[[argparse.Namespace, Composition, Backend], Coroutine[Any, Any, int]]
COMMANDS: dict[str, Handler] = {
    "methods": _methods,
    "identify": _identify,
    "status": _status,
    "cancel": _cancel,
    "verify": _verify,
    "track": _track,
}
