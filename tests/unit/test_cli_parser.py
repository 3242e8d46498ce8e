"""The command line's parser is built for every command, the kiosk window's start among them:
it imports nothing heavy, and what it says from memory matches the modules it stands in for."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.app.staff_pin import MAX_DIGITS, MIN_DIGITS
from kiosk.cli import build_parser
from kiosk.cli_staff_pin import PIN_DIGITS


def test_the_staff_pin_help_names_the_pin_rules() -> None:
    assert PIN_DIGITS == (MIN_DIGITS, MAX_DIGITS)
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    staff_pin = sub.choices["staff-pin"]
    actions = next(a for a in staff_pin._actions if a.dest == "pin_action")
    help_texts = [c.help for c in actions._choices_actions]
    assert any(f"{MIN_DIGITS} to {MAX_DIGITS} digits" in (h or "") for h in help_texts)


def test_parsing_imports_neither_settings_validation_nor_services() -> None:
    code = (
        "import sys, kiosk.cli; kiosk.cli.build_parser().parse_args(['--windowed']); "
        "print(' '.join(sorted(sys.modules)))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    heavy = {
        "pydantic",
        "httpx",
        "kiosk.config",
        "kiosk.srs",
        "kiosk.tracking",
        "asyncio",
        "PySide6",
        "kiosk.app.staff_pin",
        "kiosk.checks.core",
    }
    assert not heavy & loaded


def test_the_simulator_command_takes_a_watched_pace() -> None:
    args = build_parser().parse_args(["simulator", "--handoff-s", "20", "--step-s", "2.5"])
    assert (args.handoff_s, args.step_s) == (20.0, 2.5)
    assert build_parser().parse_args(["simulator"]).handoff_s == 0  # the methods' own clock
    with pytest.raises(SystemExit):
        build_parser().parse_args(["simulator", "--handoff-s", "-1"])
