"""``srs-kiosk staff-pin set|reset|status``: IT provisions the staff PIN (nobody chooses it at
the counter). Run as the kiosk's account: the PIN lives in that account's data folder.

Needs no settings file: a broken configuration must not keep IT from resetting the PIN.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.config_files import DATA_DIR_ENV, data_dir

# The PIN store (and getpass, json) load when the command runs: the parser is built for every
# command, the kiosk window's start among them.
if TYPE_CHECKING:
    from kiosk.app.staff_pin import PinStore

PIN_DIGITS = (6, 12)  # kiosk.app.staff_pin's MIN_DIGITS, MAX_DIGITS (a test holds them equal)

EXIT_OK, EXIT_USAGE, EXIT_NOT_FOUND = 0, 2, 5


def add_staff_pin_parser(sub: Any) -> None:  # argparse's _SubParsersAction is private
    parser = sub.add_parser(
        "staff-pin",
        help="set, reset or show the staff PIN (for IT; run as the kiosk account)",
        description="The staff PIN protects the staff menu and quitting the kiosk. IT sets it "
        "here, as the account the kiosk runs as; it is stored as a slow salted "
        f"hash in that account's data folder (or ${DATA_DIR_ENV}).",
    )
    actions = parser.add_subparsers(dest="pin_action", metavar="ACTION", required=True)
    set_pin = actions.add_parser(
        "set",
        help=f"set a new PIN ({PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits), asked twice without echo",
    )
    set_pin.add_argument(
        "--stdin",
        action="store_true",
        help="read the PIN from the first line of standard input (scripts, installers)",
    )
    actions.add_parser(
        "reset",
        help="remove the PIN and the wrong-PIN lockout (e.g. after a "
        "damaged file); the staff menu stays closed until a new "
        "PIN is set",
    )
    status = actions.add_parser("status", help="whether a PIN is set (exit 0) or not (exit 5)")
    status.add_argument("--json", action="store_true")


def run_staff_pin(args: argparse.Namespace) -> int:
    from kiosk.app.staff_pin import PinStore

    try:
        store = PinStore(data_dir())
    except OSError as exc:
        return _fail(f"the data folder cannot be used: {exc}", EXIT_USAGE)
    if args.pin_action == "set":
        return _set(store, from_stdin=args.stdin)
    if args.pin_action == "reset":
        return _reset(store)
    return _status(store, as_json=args.json)


def _fail(message: str, code: int) -> int:
    print(f"srs-kiosk: {message}", file=sys.stderr)
    return code


def _warn_if_root(store: PinStore) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print(
            f"srs-kiosk: warning: running as root, the PIN goes to {store.folder}; the kiosk "
            "reads the data folder of the account it runs as: run this command as that "
            "account",
            file=sys.stderr,
        )


def _read_pin(from_stdin: bool) -> str:
    import getpass

    from kiosk.app.staff_pin import MAX_DIGITS, MIN_DIGITS, PinRuleError

    if from_stdin:
        return sys.stdin.readline().strip()  # an installer's " 246813 \n" too
    if not sys.stdin.isatty():
        raise PinRuleError(
            "no terminal to ask for the PIN: use --stdin to read it from standard input"
        )
    first = getpass.getpass(f"New staff PIN ({MIN_DIGITS} to {MAX_DIGITS} digits): ")
    if first == "":
        raise PinRuleError("no PIN entered: nothing was changed")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        raise PinRuleError("the two PINs differ: nothing was changed")
    return first


def _set(store: PinStore, *, from_stdin: bool) -> int:
    from kiosk.app.staff_pin import PinRuleError

    _warn_if_root(store)
    try:
        pin = _read_pin(from_stdin)
        store.set_pin(pin)
    except PinRuleError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (EOFError, KeyboardInterrupt):
        return _fail("cancelled: nothing was changed", EXIT_USAGE)
    except OSError as exc:
        return _fail(f"the PIN file cannot be written: {exc}", EXIT_USAGE)
    print(f"Staff PIN set ({store.path}). The kiosk asks for it from now on.")
    return EXIT_OK


def _reset(store: PinStore) -> int:
    from kiosk.app.staff_pin import SET_COMMAND

    try:
        removed = store.reset()
    except OSError as exc:
        return _fail(f"cannot remove the PIN file: {exc}", EXIT_USAGE)
    if not removed:
        print(f"No staff PIN was set ({store.path}): nothing to remove.")
    else:
        print(
            f"Removed {', '.join(str(p) for p in removed)}. The staff menu stays closed "
            f"until a new PIN is set with {SET_COMMAND}."
        )
    return EXIT_OK


def _status(store: PinStore, *, as_json: bool) -> int:
    from kiosk.app.staff_pin import MIN_DIGITS, RESET_COMMAND, SET_COMMAND, PinState, record_fields

    fields = record_fields(store)
    state = PinState(fields["state"])
    code = EXIT_OK if state in (PinState.SET, PinState.LEGACY) else EXIT_NOT_FOUND
    if as_json:
        import json

        print(json.dumps(fields, indent=2))
        return code
    lines = {
        PinState.NONE: f"No staff PIN is set ({store.path}): the staff menu is closed. "
        f"Set one with {SET_COMMAND}.",
        PinState.SET: f"A staff PIN is set ({store.path}).",
        PinState.LEGACY: f"A staff PIN of an older version is set ({store.path}). It is "
        f"accepted only if it has at least {MIN_DIGITS} digits (and then "
        f"converted); set a new one with {SET_COMMAND}.",
        PinState.DAMAGED: f"The staff PIN file {store.path} is damaged ({fields['detail']}). "
        f"Reset it with {RESET_COMMAND}, then set a new PIN.",
    }
    print(lines[state])
    if fields["failures"]:
        until = fields["lockedUntil"] or 0.0
        when = (
            f"; next attempt from {datetime.fromtimestamp(until).astimezone():%H:%M:%S}"
            if until > time.time()
            else ""
        )
        print(f"{fields['failures']} wrong PINs in a row{when}.")
    return code
