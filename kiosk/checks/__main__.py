"""``python -m kiosk.checks [--config FILE] [-v] [check options]``: the check on its own."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kiosk.checks.command import EXIT_USAGE, add_check_parser, run_check
from kiosk.config import ConfigError, load_settings


def main(argv: list[str] | None = None) -> int:
    sub = argparse.ArgumentParser().add_subparsers()
    add_check_parser(sub)
    parser: argparse.ArgumentParser = sub.choices["check"]
    parser.prog = "python -m kiosk.checks"
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="settings file (TOML) instead of the machine-wide and user files",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        settings = load_settings(args.config).settings
    except ConfigError as exc:
        print(f"srs-kiosk: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # Below the app layer, so not through kiosk.composition: its backend is this same one.
    from kiosk.services import open_backend

    return run_check(args, settings, open_backend(settings))


if __name__ == "__main__":
    sys.exit(main())
