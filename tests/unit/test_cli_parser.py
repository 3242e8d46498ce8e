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


@pytest.mark.parametrize("command", ["status", "cancel"])
def test_an_empty_ref_id_is_a_usage_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Review s8 #15: `status ""` asked the SRS for GET /api/identifications/ (exit 5)."""
    parser = build_parser()
    for empty in ("", "   "):
        with pytest.raises(SystemExit) as exited:
            parser.parse_args([command, empty])
        assert exited.value.code == 2
        assert "expected an order's Ref-ID" in capsys.readouterr().err
    assert parser.parse_args([command, " f6a93319-390a \n"]).ref_id == "f6a93319-390a"


def test_the_methods_help_describes_its_filters(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["methods", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for said in (
        "only this identity provider's methods",
        "EIDAS (EU) or ZERTES (CH)",
        "at least this level of assurance",
        "a step in person",
        "wholly in a web browser",
        "sign at once",
        "only methods of this type",
    ):
        assert said in text
