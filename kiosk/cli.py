"""``srs-kiosk``: the kiosk window, and the same services headless for IT and support.

Exit codes: 0 success; 2 bad usage or bad input (the message names the field); 3 the service
is unavailable or answered nonsense; 4 authentication failed; 5 not found or conflicting state;
6 the identification ended without an evidence.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__, web_sandbox
from kiosk.checks.command import add_check_parser
from kiosk.cli_staff_pin import add_staff_pin_parser, run_staff_pin
from kiosk.config_files import take_secret_from_environment
from kiosk.simulator.dialects import DIALECTS, Dialect, UnknownDialectError

if TYPE_CHECKING:
    from kiosk.srs import Jurisdiction

# Nothing heavy at the top: the kiosk window starts from here, and its first paint waits for
# every import before it (the settings' validation, the SRS client, the journal come later).
EXIT_OK, EXIT_USAGE, EXIT_SERVICE, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_NO_EVIDENCE = 0, 2, 3, 4, 5, 6


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
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _jurisdiction(text: str) -> Jurisdiction:
    from kiosk.srs import Jurisdiction

    try:
        return Jurisdiction(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected EIDAS or ZERTES, got {text!r}") from None


def _loa(text: str) -> int:
    if text.strip() in ("1", "2", "3", "4"):
        return int(text)
    raise argparse.ArgumentTypeError(f"expected a level of assurance from 1 to 4, got {text!r}")


def _ref_id(text: str) -> str:
    # Pasted from the support card or the log: the spaces around it are not part of it.
    ref_id = text.strip()
    if not ref_id or not ref_id.isprintable():
        raise argparse.ArgumentTypeError(
            f"expected an order's Ref-ID, such as 062338b2-5d3e-4c1a-9f0e-2b7c8a1d4e6f, "
            f"got {text!r}"
        )
    return ref_id


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


def _real_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if 0 <= value <= 600:
        return value
    raise argparse.ArgumentTypeError(f"expected seconds from 0 to 600, got {text!r}")


def _dialect(text: str) -> Dialect:
    try:
        return Dialect.parse(text)
    except UnknownDialectError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if (
        width.isdigit()
        and height.isdigit()
        and 320 <= int(width) <= 7680
        and 240 <= int(height) <= 4320
    ):
        return int(width), int(height)
    raise argparse.ArgumentTypeError(f"expected a size such as 1280x800, got {text!r}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="srs-kiosk",
        description="Branch kiosk for Swisscom's Smart Registration Service. Without a "
        "subcommand it opens the kiosk window; with no [srs] settings it runs in "
        "training mode against a built-in simulator.",
        epilog="Exit codes: 0 ok, 2 bad input, 3 service unavailable, 4 authentication failed, "
        "5 not found or conflict, 6 ended without evidence.",
    )
    parser.add_argument("--version", action="version", version=f"srs-kiosk {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="settings file (TOML) instead of the machine-wide and user files",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full-screen kiosk mode"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (training simulator, method list, QR "
        "code, web view) and exit: 0 passed, 1 failed",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    methods = sub.add_parser(
        "methods",
        help="list identification methods",
        description="List the identification methods the SRS offers (guide §5.1). Each filter "
        "narrows the list; a repeatable one keeps methods matching any of its values.",
    )
    methods.add_argument(
        "--issuer",
        action="append",
        default=[],
        metavar="ISSUER",
        help="only this identity provider's methods, e.g. AUTHADA (repeatable)",
    )
    methods.add_argument(
        "--jurisdiction",
        action="append",
        default=[],
        type=_jurisdiction,
        help="only methods valid for signatures under EIDAS (EU) or ZERTES (CH) (repeatable)",
    )
    methods.add_argument(
        "--loa",
        type=_loa,
        help="keep methods with at least this level of assurance (1 to 4; 3: AdES, 4: QES)",
    )
    methods.add_argument(
        "--offline",
        type=_bool,
        metavar="true|false",
        help="true: include methods with a step in person (a post office, an agent); "
        "false: leave them out",
    )
    methods.add_argument(
        "--method-type",
        metavar="video|eid|bankident",
        help="only methods of this type",
    )
    methods.add_argument(
        "--webflow",
        type=_bool,
        metavar="true|false",
        help="true: include methods done wholly in a web browser (no app); false: leave them out",
    )
    methods.add_argument(
        "--realtime",
        type=_bool,
        metavar="true|false",
        help="true: include methods after which the customer can sign at once; false: "
        "leave them out",
    )
    methods.add_argument("--json", action="store_true", help="as JSON")

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
    identify.add_argument("--external-id", help="default: the branch's [kiosk] external_id setting")
    identify.add_argument(
        "--jurisdiction",
        type=_jurisdiction,
        help="for the verify call (default: the method's first)",
    )
    identify.add_argument("--loa", type=_loa, help="for the verify call (default: the method's)")
    identify.add_argument(
        "--wait", action="store_true", help="follow the order to a final status, then verify"
    )
    identify.add_argument("--json", action="store_true")

    status = sub.add_parser("status", help="show an identification's status")
    status.add_argument("ref_id", metavar="REF_ID", type=_ref_id)
    status.add_argument("--json", action="store_true")

    cancel = sub.add_parser("cancel", help="cancel a pending identification")
    cancel.add_argument("ref_id", metavar="REF_ID", type=_ref_id)
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
    track.add_argument(
        "--until-final",
        action="store_true",
        help="exit once no order is left to follow (by this or another process)",
    )
    track.add_argument("--json", action="store_true")

    sim = sub.add_parser("simulator", help="run the SRS simulator in the foreground")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=_port, default=8480)
    sim.add_argument(
        "--speed", type=_speed, default=60.0, help="simulated seconds per real second (default 60)"
    )
    sim.add_argument(
        "--handoff-s",
        type=_real_seconds,
        default=0.0,
        help="real seconds the simulated customer takes to open a link, unless someone opens "
        "it first (then its page decides); default 0: at once",
    )
    sim.add_argument(
        "--step-s",
        type=_real_seconds,
        default=0.0,
        help="real seconds at least between the provider's checks (default 0)",
    )
    sim.add_argument("--access-log", action="store_true", help="log every request")
    sim.add_argument(
        "--dialect",
        type=_dialect,
        action="append",
        default=[],
        metavar="NAME[,NAME...]",
        help="play another reading of the provider's guide (repeatable): " + ", ".join(DIALECTS),
    )

    add_check_parser(sub)
    add_staff_pin_parser(sub)

    shots = sub.add_parser(
        "screenshots",
        help="drive the kiosk through every screen (training mode) and write one PNG per screen",
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument(
        "--lang",
        choices=("de", "fr", "it", "en", "xx"),
        help="customer language (default: the branch's); xx is a pseudo-locale "
        "that stretches every text ~40%% to catch clipped layouts",
    )
    shots.add_argument(
        "--size",
        type=_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size (default 1280x800)",
    )
    shots.add_argument(
        "--large-text",
        action="store_true",
        help='with the staff setting "larger text" (text 25%% larger)',
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Every process started from here on (the web engine's among them) inherits the
    # environment: the secret leaves it before anything starts.
    take_secret_from_environment()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        if args.command == "simulator":
            from kiosk.simulator.orders import Pace
            from kiosk.simulator.server import serve

            try:
                dialect = Dialect(name for chosen in args.dialect for name in chosen)
            except UnknownDialectError as exc:  # two readings of one thing
                parser.error(f"argument --dialect: {exc}")
            shown = f", dialects {', '.join(dialect.names)}" if dialect else ""
            print(
                f"SRS simulator on http://{args.host}:{args.port} (speed {args.speed:g}"
                f"{shown}); Ctrl-C stops it",
                file=sys.stderr,
            )
            serve(
                args.host,
                args.port,
                args.speed,
                access_log=args.access_log,
                dialects=dialect,
                pace=Pace(args.handoff_s, args.step_s),
            )
            return EXIT_OK
        if args.command == "staff-pin":  # no settings needed: IT must reset a PIN anyway
            return run_staff_pin(args)
        if args.command is None and not args.self_test:
            return _window(args)
        from kiosk.composition import Composition
        from kiosk.config import load_settings

        settings = load_settings(args.config).settings
        if args.self_test:
            from kiosk.selftest import run_self_test

            return run_self_test(settings)
        if args.command in ("check", "screenshots"):
            web_sandbox.allow_for_own_pages()
        root = Composition(settings, config_path=args.config)
        if args.command == "check":
            from kiosk.checks.command import run_check

            return run_check(args, settings, root.backend())
        if args.command == "screenshots":
            from kiosk.ui.screenshots import run_screenshots

            return run_screenshots(
                settings,
                args.out,
                args.lang or settings.kiosk.language,
                args.size,
                large_text=args.large_text,
            )
        from kiosk.cli_commands import orders, run_headless

        if args.command == "orders":
            return orders(args, root)
        if args.command == "identify" and args.external_id is None:
            # The branch's default (billing), as the window's data form prefills it.
            args.external_id = settings.kiosk.external_id or None
        return run_headless(args, root)
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"srs-kiosk: error: {exc}\n")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        code = _said(exc)
        if code is None:
            raise
        return code


def _said(exc: Exception) -> int | None:
    """Say what went wrong with the settings or the journal (their modules are loaded if such
    an error can have come from them); the exit code, or None for any other error."""
    config, tracking = sys.modules.get("kiosk.config"), sys.modules.get("kiosk.tracking")
    if config is not None and isinstance(exc, config.ConfigError):
        print(f"srs-kiosk: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if tracking is not None and isinstance(exc, tracking.JournalError):
        # `orders` (the other commands say so in kiosk.cli_commands.run_headless)
        print(f"srs-kiosk: the order journal cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return None


def _window(args: argparse.Namespace) -> int:
    """The kiosk window: its settings are validated right after its first paint."""
    if web_sandbox.blocked_as_root():
        print(f"srs-kiosk: {web_sandbox.ROOT_MESSAGE}", file=sys.stderr)
        return EXIT_USAGE
    unsafe = web_sandbox.unsafe_engine_switches(os.environ, sys.argv)
    if unsafe:
        print(f"srs-kiosk: {web_sandbox.unsafe_message(unsafe)}", file=sys.stderr)
        return EXIT_USAGE
    from kiosk.ui.launch import run_kiosk

    return run_kiosk(args.config, windowed=args.windowed)
