"""``srs-kiosk``: the kiosk window, and the same services headless for IT and support.

Exit codes: 0 success; 2 bad usage or bad input (the message names the field); 3 the service
is unavailable or answered nonsense; 4 authentication failed; 5 not found or conflicting state;
6 the identification ended without an evidence.
"""

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
from collections.abc import Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__, web_sandbox
from kiosk.checks.command import add_check_parser, run_check
from kiosk.cli_output import (
    evidence_json,
    print_evidence,
    print_methods,
    print_started,
    print_status,
    started_json,
    status_json,
)
from kiosk.cli_staff_pin import add_staff_pin_parser, run_staff_pin
from kiosk.config import (
    ConfigError,
    Settings,
    data_dir,
    load_settings,
    take_secret_from_environment,
)
from kiosk.services import Backend, open_backend
from kiosk.simulator.dialects import DIALECTS, Dialect, UnknownDialectError
from kiosk.srs import (
    AuthenticationFailed,
    Conflict,
    IdentificationStatus,
    IdentityData,
    InvalidInput,
    Jurisdiction,
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
    open_journal,
    running_tracker,
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

EXIT_OK, EXIT_USAGE, EXIT_SERVICE, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_NO_EVIDENCE = 0, 2, 3, 4, 5, 6
# How long `identify` waits (real seconds) for a target URL the start answer did not carry.
TARGET_URL_WAIT_S = 60.0
NO_TARGET_URL = (f"The SRS gave no target URL within {TARGET_URL_WAIT_S:g} s; the order is in "
                 "the journal and `srs-kiosk track` follows it (or `srs-kiosk cancel` ends it)")

log = logging.getLogger("kiosk")


class UsageError(Exception):
    """Bad input from the person at the command line."""


def _bool(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in ("true", "yes", "1"):
        return True
    if folded in ("false", "no", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _jurisdiction(text: str) -> Jurisdiction:
    try:
        return Jurisdiction(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected EIDAS or ZERTES, got {text!r}") from None


def _loa(text: str) -> int:
    if text.strip() in ("1", "2", "3", "4"):
        return int(text)
    raise argparse.ArgumentTypeError(f"expected a level of assurance from 1 to 4, got {text!r}")


def _port(text: str) -> int:
    if text.isdigit() and 0 <= int(text) <= 65535:
        return int(text)
    raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {text!r}")


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if 0 < value <= 100_000:
        return value
    raise argparse.ArgumentTypeError(f"expected a speed factor above 0, got {text!r}")


def _dialect(text: str) -> Dialect:
    try:
        return Dialect.parse(text)
    except UnknownDialectError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if width.isdigit() and height.isdigit() and 320 <= int(width) <= 7680 \
            and 240 <= int(height) <= 4320:
        return int(width), int(height)
    raise argparse.ArgumentTypeError(f"expected a size such as 1280x800, got {text!r}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="srs-kiosk",
        description="Branch kiosk for Swisscom's Smart Registration Service. Without a "
                    "subcommand it opens the kiosk window; with no [srs] settings it runs in "
                    "training mode against a built-in simulator.",
        epilog="Exit codes: 0 ok, 2 bad input, 3 service unavailable, 4 authentication failed, "
               "5 not found or conflict, 6 ended without evidence.")
    parser.add_argument("--version", action="version", version=f"srs-kiosk {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (TOML) instead of the machine-wide and user files")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full-screen kiosk mode")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (training simulator, method list, QR "
                             "code, web view) and exit: 0 passed, 1 failed")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    methods = sub.add_parser("methods", help="list identification methods")
    methods.add_argument("--issuer", action="append", default=[], metavar="ISSUER")
    methods.add_argument("--jurisdiction", action="append", default=[], type=_jurisdiction)
    methods.add_argument("--loa", type=_loa, help="keep methods with at least this LOA")
    methods.add_argument("--offline", type=_bool, metavar="true|false")
    methods.add_argument("--method-type", metavar="video|eid|bankident")
    methods.add_argument("--webflow", type=_bool, metavar="true|false")
    methods.add_argument("--realtime", type=_bool, metavar="true|false")
    methods.add_argument("--json", action="store_true")

    identify = sub.add_parser("identify", help="start an identification")
    identify.add_argument("target", metavar="ISSUER/METHOD", help="e.g. KLARNA/bankident")
    identify.add_argument("--first-name")
    identify.add_argument("--last-name")
    identify.add_argument("--dob", type=_date, metavar="YYYY-MM-DD")
    identify.add_argument("--mobile", metavar="+41...")
    identify.add_argument("--email")
    identify.add_argument("--country", metavar="CH")
    identify.add_argument("--language", metavar="de")
    identify.add_argument("--place-of-birth")
    identify.add_argument("--nationality", metavar="CH")
    identify.add_argument("--external-id",
                          help="default: the branch's [kiosk] external_id setting")
    identify.add_argument("--jurisdiction", type=_jurisdiction,
                          help="for the verify call (default: the method's first)")
    identify.add_argument("--loa", type=_loa, help="for the verify call (default: the method's)")
    identify.add_argument("--wait", action="store_true",
                          help="follow the order to a final status, then verify")
    identify.add_argument("--json", action="store_true")

    status = sub.add_parser("status", help="show an identification's status")
    status.add_argument("ref_id", metavar="REF_ID")
    status.add_argument("--json", action="store_true")

    cancel = sub.add_parser("cancel", help="cancel a pending identification")
    cancel.add_argument("ref_id", metavar="REF_ID")
    cancel.add_argument("--json", action="store_true")

    verify = sub.add_parser("verify", help="ask the RA service for a customer's evidence")
    verify.add_argument("--msisdn", required=True, metavar="+41...")
    verify.add_argument("--jurisdiction", required=True, type=_jurisdiction)
    verify.add_argument("--loa", required=True, type=_loa)
    verify.add_argument("--distinguished-name", metavar="DN")
    verify.add_argument("--json", action="store_true")

    orders = sub.add_parser("orders", help="list the order journal")
    orders.add_argument("--active", action="store_true", help="only orders still followed")
    orders.add_argument("--json", action="store_true")

    track = sub.add_parser("track", help="follow every unfinished order (resumes after a restart)")
    track.add_argument("--until-final", action="store_true",
                       help="exit once no order is left to follow (by this or another "
                            "process)")
    track.add_argument("--json", action="store_true")

    sim = sub.add_parser("simulator", help="run the SRS simulator in the foreground")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=_port, default=8480)
    sim.add_argument("--speed", type=_speed, default=60.0,
                     help="simulated seconds per real second (default 60)")
    sim.add_argument("--access-log", action="store_true", help="log every request")
    sim.add_argument("--dialect", type=_dialect, action="append", default=[],
                     metavar="NAME[,NAME...]",
                     help="play another reading of the provider's guide (repeatable): "
                          + ", ".join(DIALECTS))

    add_check_parser(sub)
    add_staff_pin_parser(sub)

    shots = sub.add_parser("screenshots",
                           help="drive the kiosk through every screen (training mode) and "
                                "write one PNG per screen")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument("--lang", choices=("de", "fr", "it", "en", "xx"),
                       help="customer language (default: the branch's); xx is a pseudo-locale "
                            "that stretches every text ~40%% to catch clipped layouts")
    shots.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH",
                       help="window size (default 1280x800)")
    shots.add_argument("--large-text", action="store_true",
                       help="with the staff setting \"larger text\" (text 25%% larger)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Every process started from here on (the web engine's among them) inherits the
    # environment: the secret leaves it before anything starts.
    take_secret_from_environment()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        if args.command == "simulator":
            from kiosk.simulator.server import serve

            try:
                dialect = Dialect(name for chosen in args.dialect for name in chosen)
            except UnknownDialectError as exc:  # two readings of one thing
                parser.error(f"argument --dialect: {exc}")
            shown = f", dialects {', '.join(dialect.names)}" if dialect else ""
            print(f"SRS simulator on http://{args.host}:{args.port} (speed {args.speed:g}"
                  f"{shown}); Ctrl-C stops it", file=sys.stderr)
            serve(args.host, args.port, args.speed, access_log=args.access_log,
                  dialects=dialect)
            return EXIT_OK
        if args.command == "staff-pin":  # no settings needed: IT must reset a PIN anyway
            return run_staff_pin(args)
        settings = load_settings(args.config).settings
        if args.self_test:
            from kiosk.selftest import run_self_test

            return run_self_test(settings)
        if args.command in ("check", "screenshots"):
            web_sandbox.allow_for_own_pages()
        if args.command == "check":
            return run_check(args, settings)
        if args.command is None:
            from kiosk.ui.launch import run_kiosk

            if web_sandbox.blocked_as_root():
                print(f"srs-kiosk: {web_sandbox.ROOT_MESSAGE}", file=sys.stderr)
                return EXIT_USAGE
            unsafe = web_sandbox.unsafe_engine_switches(os.environ, sys.argv)
            if unsafe:
                print(f"srs-kiosk: {web_sandbox.unsafe_message(unsafe)}", file=sys.stderr)
                return EXIT_USAGE
            return run_kiosk(settings, windowed=args.windowed, config_path=args.config)
        if args.command == "screenshots":
            from kiosk.ui.screenshots import run_screenshots

            return run_screenshots(settings, args.out, args.lang or settings.kiosk.language,
                                   args.size, large_text=args.large_text)
        if args.command == "orders":
            return _orders(args, settings)
        if args.command == "identify" and args.external_id is None:
            # The branch's default (billing), as the window's data form prefills it.
            args.external_id = settings.kiosk.external_id or None
        return _run_headless(args, settings)
    except ConfigError as exc:
        print(f"srs-kiosk: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except JournalError as exc:  # `orders` (the other commands say so in _run_headless)
        print(f"srs-kiosk: the order journal cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"srs-kiosk: error: {exc}\n")
    except KeyboardInterrupt:
        return 130


def _run_headless(args: argparse.Namespace, settings: Settings) -> int:
    handler = COMMANDS[args.command]
    with open_backend(settings) as backend:
        if backend.training and not getattr(args, "json", False):
            print("Training mode (no [srs] settings): a built-in simulator answers, and its "
                  "orders live only as long as this command.", file=sys.stderr)
        try:
            return asyncio.run(handler(args, backend))
        except InvalidInput as exc:
            print(f"srs-kiosk: {exc.message}", file=sys.stderr)
            for problem in exc.fields:
                print(f"  --{problem.field.replace('_', '-')}: {problem.text}",
                      file=sys.stderr)
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


async def _methods(args: argparse.Namespace, backend: Backend) -> int:
    filters = MethodFilter(issuer=tuple(args.issuer), jurisdiction=tuple(args.jurisdiction),
                           loa=args.loa, offline=args.offline, method_type=args.method_type,
                           webflow=args.webflow, realtime=args.realtime)
    async with backend.client() as client:
        methods = await client.list_methods(filters)
    print_methods(methods, as_json=args.json)
    return EXIT_OK


async def _identify(args: argparse.Namespace, backend: Backend) -> int:
    issuer, _, method = args.target.partition("/")
    if not issuer or not method:
        raise UsageError(f"expected ISSUER/METHOD such as KLARNA/bankident, got {args.target!r}")
    data = IdentityData(first_name=args.first_name, last_name=args.last_name, dob=args.dob,
                        mobile=args.mobile, email=args.email, country=args.country,
                        language=args.language, external_id=args.external_id,
                        place_of_birth=args.place_of_birth, nationality=args.nationality)
    # The journal opens first: an order nobody can follow must not be started.
    with _open_journal(backend.training) as journal:
        async with _tracker(args, backend, journal) as tracker, backend.client() as client:
            # The intent is on disk before the call: if this process dies before the answer is
            # journaled, `orders` reports the start as interrupted instead of losing the order.
            try:
                intent = await tracker.begin_start(issuer, method, args.external_id)
            except (sqlite3.Error, OSError) as exc:  # full disk, read-only file: start nothing
                raise JournalError(f"the start cannot be recorded ({exc}); nothing was "
                                   "started") from exc
            try:
                started = await client.start(issuer, method, data)
            except BaseException as exc:
                if created_nothing(exc):
                    await tracker.abandon_start(intent)
                raise
            try:
                order = await tracker.register(started, intent_id=intent, mobile=args.mobile,
                                               jurisdiction=args.jurisdiction, loa=args.loa,
                                               distinguished_name=_distinguished_name(args))
            except (sqlite3.Error, JournalError, OSError) as exc:
                message, cancelled = await _cancel_unrecorded(client, started.ref_id, exc)
                if cancelled:  # settled: the intent need not be reported (if it can go)
                    with contextlib.suppress(sqlite3.Error, JournalError, OSError):
                        await tracker.abandon_start(intent)
                raise JournalError(message) from exc
            if order.target_url is None:
                order = await _wait_for_target_url(tracker, order)
            shown = replace(started, target_url=order.target_url,
                            mobile_token=started.mobile_token or order.mobile_token,
                            session_token=started.session_token or order.session_token)
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
            tracker.subscribe(lambda e: report(e.order) if e.order.ref_id == order.ref_id
                              else None)
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


async def _cancel_unrecorded(client: SrsClient, ref_id: str, exc: BaseException
                             ) -> tuple[str, bool]:
    """The order was started but the journal could not record it: cancel it at once, so no
    order is left at the SRS that nothing follows. What to tell the person, and whether the
    cancel went through."""
    try:
        await client.cancel(ref_id)
    except SrsError as cancel_error:
        return (f"order {ref_id} was started but could not be recorded ({exc}), and cancelling "
                f"it failed too ({cancel_error.message}): cancel it with `srs-kiosk cancel "
                f"{ref_id}` once the journal works"), False
    return (f"order {ref_id} was started but could not be recorded ({exc}); it was "
            "cancelled"), True


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


def _orders(args: argparse.Namespace, settings: Settings) -> int:
    """Reads the journal only: no service, so no credentials needed (support at the terminal).
    Start calls whose answer never arrived are listed too: the SRS may hold such an order."""
    with _open_journal(settings.training_mode) as journal:
        orders = journal.orders(active_only=args.active)  # JournalError: e.g. no key
        intents = interrupted(journal.intents(), time.time(), own_pid=os.getpid())
    if args.json:
        print(json.dumps([intent_json(i) for i in intents] + [order_json(o) for o in orders],
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(intent_lines(intents) + table_lines(orders)))
    return EXIT_OK


async def _track(args: argparse.Namespace, backend: Backend) -> int:
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

    with _open_journal(backend.training) as journal:
        async with _tracker(args, backend, journal) as tracker:
            tracker.subscribe(report)
            await tracker.start()
            if not args.json:
                print(f"Following {tracker.following} orders"
                      + ("" if args.until_final else "; Ctrl-C stops"), file=sys.stderr)
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


def _report_followed_elsewhere(args: argparse.Namespace,
                               elsewhere: list[LeasedElsewhere]) -> None:
    """Orders another process (the kiosk window, another `track`) follows: this one leaves
    them alone and takes them over when that process stops."""
    for other in elsewhere:
        holder = other.holder
        if args.json:
            _emit({"event": "followedElsewhere", "orders": other.orders, "pid": holder.pid,
                   "host": holder.host, "leaseUntil": other.until.isoformat()})
        else:
            print(f"{other.orders} orders are followed by another process (pid {holder.pid} on "
                  f"host {holder.host}); they will be taken over if it stops", file=sys.stderr)


def _open_journal(training: bool) -> Journal:
    """JournalError when it cannot be used: a disk problem as often as a setting (said as
    "the order journal cannot be used", never as a configuration error)."""
    return open_journal(data_dir(), training=training)


def _tracker(args: argparse.Namespace, backend: Backend,
             journal: Journal) -> AbstractAsyncContextManager[Tracker]:
    return running_tracker(backend.endpoints, backend.credentials, journal,
                           time_scale=backend.time_scale, timeout_s=backend.timeout_s,
                           training=backend.training, retention_days=backend.retention_days)


async def _status(args: argparse.Namespace, backend: Backend) -> int:
    async with backend.client() as client:
        return _show_status(args, await client.status(args.ref_id))


async def _cancel(args: argparse.Namespace, backend: Backend) -> int:
    async with backend.client() as client:
        answer = await client.cancel(args.ref_id)
    if answer.status.is_final:
        _journal_cancel(backend, args.ref_id, answer)
    else:
        print(f"srs-kiosk: the SRS did not confirm the cancel (status {answer.status.value})",
              file=sys.stderr)
    _show_status(args, answer)
    return EXIT_OK if answer.status.is_final else EXIT_SERVICE


def _journal_cancel(backend: Backend, ref_id: str, answer: IdentificationStatus) -> None:
    """Record the confirmed end in the journal at once (whoever follows the order, or nobody):
    `orders --active` no longer lists it, and a follower's next poll finds it done."""
    try:
        journal = open_journal(data_dir(), training=backend.training)
    except JournalError as exc:
        log.warning("the journal could not record the cancel: %s", exc)
        return
    with journal:
        if journal.get(ref_id) is None:
            return  # not started here (or purged): nothing to record
        now = time.time()
        history = [HistoryEntry(s, at) for s, at in answer.history]
        history.append(HistoryEntry(answer.status, datetime.fromtimestamp(now, UTC),
                                    scrub(answer.reason)))
        journal.record_status(ref_id, answer.status, reason=scrub(answer.reason),
                              order_id=answer.order_id, history=history, next_action=None,
                              at=now, status_text=answer.status_text)


def _show_status(args: argparse.Namespace, status: IdentificationStatus) -> int:
    if args.json:
        _emit(status_json(status))
    else:
        print_status(status)
    return EXIT_OK


async def _verify(args: argparse.Namespace, backend: Backend) -> int:
    async with backend.client() as client:
        evidence = await client.verify(args.msisdn, args.jurisdiction, args.loa,
                                       args.distinguished_name)
    if args.json:
        _emit(evidence_json(evidence))
    else:
        print_evidence(evidence)
    return EXIT_OK


def _emit(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


Handler = Callable[[argparse.Namespace, Backend], Coroutine[Any, Any, int]]
COMMANDS: dict[str, Handler] = {
    "methods": _methods, "identify": _identify, "status": _status, "cancel": _cancel,
    "verify": _verify, "track": _track,
}
