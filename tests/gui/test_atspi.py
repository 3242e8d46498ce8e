"""A screen reader on Linux: a real AT-SPI client (Debian's pyatspi, in a system-Python
subprocess) reads the kiosk (``python -m kiosk`` on Xvfb, xcb, accessibility always on) over a
private session bus, while xdotool clicks through the screens (or the reader presses the buttons
through their AT-SPI actions, as its user would).

- The seven method filters are combo boxes: Qt on Linux names them by their current text
  ("Any"); their captions must reach the reader as a label relation.
- Reading the tree while the screen changes crashed the kiosk (SIGSEGV in
  ``QAccessibleCache::idForObject``; gdb on a core: Qt's scroll-area accessible,
  ``QAccessibleAbstractScrollArea::child(i)``, indexes its child list without a bounds check, and
  the AT-SPI adaptor passes a reader's index through; past the end lies a stale heap pointer).
  Fixed by kiosk.ui.widgets.readable_scroll: every scroll area of ours gets a bounds-checked
  ``QAccessibleWidget``, registered in Qt's accessible cache when the area is made. Both walk
  tests crash the kiosk without it (the journey within seconds). Ruled out before: a Python
  ``QAccessible.installFactory`` factory (it passed the walk, but PySide converts every object
  it is asked about to Python and crashed on QtWebEngine's page item); keeping the vertical
  scroll bars out of the children (still crashed: the index is the problem, not the bars)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.x11 import (
    X_TOOLS,
    KioskProcess,
    XServer,
    kill_group,
    kiosk_on,
    need_tools,
    session_bus,
    xvfb,
)

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CLIENT = Path(__file__).with_name("atspi_client.py")
FILTER_CAPTIONS = {
    "Issuer",
    "Jurisdiction",
    "Level of assurance",
    "Method type",
    "Offline",
    "Web flow",
    "Real time",
}


def _need_atspi() -> None:
    need_tools(*X_TOOLS)
    if not Path(BUS_LAUNCHER).exists():
        pytest.skip(f"needs {BUS_LAUNCHER} (Debian: at-spi2-core)")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        pytest.skip(f"needs pyatspi for {SYSTEM_PYTHON} (Debian: python3-pyatspi)")


@contextlib.contextmanager
def accessibility_bus(server: XServer) -> Iterator[dict[str, str]]:
    """A session bus of our own with the AT-SPI bus launcher on it; the environment to reach
    both (the launcher starts the accessibility bus and its registry in its process group)."""
    with session_bus() as env:
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env={**server.env(), **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            yield env
        finally:
            kill_group(launcher)


def client(server: XServer, bus: dict[str, str], *args: str, timeout: float = 180) -> object:
    """Run the AT-SPI client (system Python) and return what it printed."""
    env = {k: v for k, v in server.env().items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run(
        [SYSTEM_PYTHON, str(CLIENT), *args],
        env={**env, **bus},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _controls(
    server: XServer, bus: dict[str, str], kiosk: KioskProcess
) -> dict[str, list[dict[str, object]]]:
    try:
        found = client(server, bus, "controls", str(kiosk.process.pid))
    except AssertionError:
        # The reader lost the kiosk: say so when it crashed (it may still be dumping core).
        with contextlib.suppress(subprocess.TimeoutExpired):
            kiosk.process.wait(timeout=10)
        assert kiosk.alive(), crashed(kiosk)
        raise
    assert isinstance(found, dict)
    return found


def crashed(kiosk: KioskProcess) -> str:
    return (
        f"the kiosk crashed under the screen reader (exit code {kiosk.process.returncode}):"
        f"\n{kiosk.output()[-4000:]}"
    )


def _button(controls: dict[str, list[dict[str, object]]], name: str) -> tuple[str, str]:
    for found in controls["buttons"]:
        if found["name"] == name:
            return str(found["x"]), str(found["y"])
    raise AssertionError(f"no button {name!r} showing: {[b['name'] for b in controls['buttons']]}")


def _until(condition: object, what: str, kiosk: KioskProcess, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert kiosk.alive(), f"the kiosk ended while waiting for {what}:\n{kiosk.output()}"
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.3)


@contextlib.contextmanager
def read_kiosk(tmp_path: Path) -> Iterator[tuple[XServer, dict[str, str], KioskProcess]]:
    """The kiosk (English) on Xvfb with accessibility on, and the bus a screen reader uses."""
    _need_atspi()
    config = tmp_path / "kiosk.toml"
    # Unpaced training (the window's simulated customer would wait at the code for 25 s): the
    # walks are about screens changing, as many as can be. A terminal with a physical keyboard
    # (xdotool types): no on-screen keys over the form's buttons.
    config.write_text(
        '[kiosk]\nlanguage = "en"\non_screen_keyboard = false\n'
        "[training]\nhandoff_s = 0\nstep_s = 0\n",
        encoding="utf-8",
    )
    with (
        xvfb((1280, 800)) as server,
        accessibility_bus(server) as bus,
        kiosk_on(
            server,
            tmp_path,
            "--config",
            str(config),
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            PYTHONFAULTHANDLER="1",
            **bus,
        ) as kiosk,
    ):
        kiosk.window()
        yield server, bus, kiosk


def to_method_choice(
    server: XServer, bus: dict[str, str], kiosk: KioskProcess
) -> tuple[dict[str, list[dict[str, object]]], tuple[str, str], tuple[str, str]]:
    """Click Start as a person would (found through AT-SPI); the method choice's controls and
    where Start and Cancel are."""
    start = "Start identification (staff)"
    cancel = "Cancel and return to the start"
    state: dict[str, dict[str, list[dict[str, object]]]] = {}

    def showing(name: str) -> bool:
        state["now"] = _controls(server, bus, kiosk)
        return any(b["name"] == name for b in state["now"]["buttons"])

    _until(lambda: showing(start), "the start screen", kiosk)
    start_at = _button(state["now"], start)
    server.tool("xdotool", "mousemove", *start_at, "click", "1")
    _until(lambda: showing(cancel), "the method choice", kiosk)
    return state["now"], start_at, _button(state["now"], cancel)


def test_a_screen_reader_hears_the_filters_by_their_captions(tmp_path: Path) -> None:
    with read_kiosk(tmp_path) as (server, bus, kiosk):
        controls, _, _ = to_method_choice(server, bus, kiosk)
        # The filters wait behind "More filters" (presets come first): open them as a person
        # would, through the button the screen reader names.
        names = [str(b["name"]) for b in controls["buttons"]]
        more = next((n for n in names if n.startswith("More filters")), None)
        assert more is not None, names
        server.tool("xdotool", "mousemove", *_button(controls, more), "click", "1")
        state: dict[str, dict[str, list[dict[str, object]]]] = {}

        def filters_showing() -> bool:
            state["now"] = _controls(server, bus, kiosk)
            return sum(1 for c in state["now"]["combos"] if c["showing"]) >= len(FILTER_CAPTIONS)

        _until(filters_showing, "the seven filters", kiosk)
        # On Linux Qt names a combo box by its current text ("Any"): the caption comes
        # through the label relation.
        combos = [c for c in state["now"]["combos"] if c["showing"]]
        labels = {
            str(c["labelled_by"][0])
            for c in combos  # type: ignore[index]
            if c["labelled_by"]
        }
        assert labels == FILTER_CAPTIONS, combos


def test_a_screen_reader_reads_the_kiosk_across_screen_changes(tmp_path: Path) -> None:
    with read_kiosk(tmp_path) as (server, bus, kiosk):
        _, start_at, cancel_at = to_method_choice(server, bus, kiosk)

        # A reader walks the whole tree while the screens change under it: for 15 s, and on
        # a busy machine (slow clicks) until the tenth change, within the walk's 30 s.
        walked: dict[str, object] = {}
        reader = threading.Thread(
            target=lambda: walked.update(
                result=client(server, bus, "walk", str(kiosk.process.pid), "30")
            )
        )
        reader.start()
        began = time.monotonic()
        clicks = 0
        while kiosk.alive() and (
            time.monotonic() < began + 15 or (clicks < 10 and time.monotonic() < began + 27)
        ):
            # Cancel (the attract screen comes back), then start again.
            server.tool("xdotool", "mousemove", *cancel_at, "click", "1")
            time.sleep(0.8)
            server.tool("xdotool", "mousemove", *start_at, "click", "1")
            time.sleep(0.8)
            clicks += 2
        reader.join(timeout=240)  # the client ends within its own timeout
        assert kiosk.alive(), crashed(kiosk)
        result = walked.get("result")
        assert isinstance(result, dict) and result["walks"] > 5, result
        assert clicks >= 10


def _showing(server: XServer, bus: dict[str, str], kiosk: KioskProcess, name: str) -> bool:
    return any(b["name"] == name for b in _controls(server, bus, kiosk)["buttons"])


# The roles Qt gives a line edit and a date part's spin box on AT-SPI.
INPUT_ROLES = {"text", "entry", "password text", "spin button"}


def _focused_input(
    server: XServer, bus: dict[str, str], kiosk: KioskProcess
) -> tuple[str, str] | None:
    """The name and text (spaces left out) of the input with the keyboard focus, if any."""
    found = client(server, bus, "focused", str(kiosk.process.pid))
    assert isinstance(found, list)
    inputs = [node for node in found if node["role"] in INPUT_ROLES]
    if not inputs:
        return None
    return str(inputs[0]["name"]), "".join(str(inputs[0]["text"]).split())


def type_in(server: XServer, bus: dict[str, str], kiosk: KioskProcess, keys: list[str]) -> None:
    """Type ``keys`` (texts, and Tab) as a person at a keyboard: once the form's first input has
    the focus (the form sets it when it shows), each once the one before has arrived: its text
    in the input, or the focus moved on (Tab, a full date part). A busy kiosk reads xdotool's
    keys in bursts; the next burst waits, as a person's next word would. (A date part that
    takes the focus selects its text a moment later, on a zero timer: digits of one burst typed
    before it can be selected and then replaced; and a reader's press of Next, over D-Bus,
    must not overtake keys still on their way over X.)"""

    def arrived(before: tuple[str, str] | None, text: str) -> bool:
        now = _focused_input(server, bus, kiosk)
        return now is not None and (
            (before is not None and now[0] != before[0]) or now[1].endswith(text)
        )

    def first_input() -> bool:
        now = _focused_input(server, bus, kiosk)
        return now is not None and now[1] == ""

    try:
        _until(first_input, "the details form's first input", kiosk, timeout=60)
    except AssertionError as exc:  # what the reader found instead: which screen, which focus
        found = client(server, bus, "focused", str(kiosk.process.pid))
        shown = [b["name"] for b in _controls(server, bus, kiosk)["buttons"]]
        raise AssertionError(f"{exc}; focused: {found}; buttons: {shown}") from None
    for text in keys:
        before = _focused_input(server, bus, kiosk)
        command = ("key", text) if text == "Tab" else ("type", "--delay", "20", text)
        server.tool("xdotool", *command)
        _until(lambda: arrived(before, text), f"{text!r} typed", kiosk, timeout=60)  # noqa: B023


def press(server: XServer, bus: dict[str, str], kiosk: KioskProcess, name: str) -> None:
    """Wait for the button called ``name`` and press it as a screen reader user does (a busy
    machine runs the reader's walks, the kiosk and the simulator on the same cores)."""
    _until(lambda: _showing(server, bus, kiosk, name), repr(name), kiosk, timeout=60)
    client(server, bus, "press", str(kiosk.process.pid), name)


# A whole identification (KLARNA, handed to the phone; the training simulator confirms it),
# by the names a screen reader says, with the details typed in: the screens with scroll
# areas, rows rebuilt on each update and a QR code.
JOURNEY = (
    "Start identification (staff)",
    "Choose BankIdent KLARNA",
    ["Anna", "Tab", "Muster", "Tab", "01", "02", "1990", "Tab", "Tab", "Tab", "+41791234567"],
    "Next: the customer's consent",
    "I agree to the notice: continue",
    "Finish and wipe the session",
)


def test_a_screen_reader_reads_along_whole_identifications(tmp_path: Path) -> None:
    with read_kiosk(tmp_path) as (server, bus, kiosk):
        _until(lambda: _showing(server, bus, kiosk, str(JOURNEY[0])), "the start screen", kiosk)
        walked: dict[str, object] = {}
        seconds = 40
        reader = threading.Thread(
            target=lambda: walked.update(
                result=client(server, bus, "walk", str(kiosk.process.pid), str(seconds))
            )
        )
        reader.start()
        deadline = time.monotonic() + seconds
        journeys = 0
        while time.monotonic() < deadline - 10 and kiosk.alive():
            for step in JOURNEY:
                if isinstance(step, str):
                    press(server, bus, kiosk, step)
                else:
                    type_in(server, bus, kiosk, step)
            journeys += 1
        reader.join(timeout=240)  # the client ends within its own timeout
        assert kiosk.alive(), crashed(kiosk)
        result = walked.get("result")
        assert isinstance(result, dict) and result["walks"] > 5, result
        assert journeys >= 1


def test_behind_the_pin_pad_a_screen_reader_finds_nothing_and_hears_a_dialog(
    tmp_path: Path,
) -> None:
    with read_kiosk(tmp_path) as (server, bus, kiosk):
        start = "Start identification (staff)"
        _until(lambda: _showing(server, bus, kiosk, start), "the start screen", kiosk)
        press(server, bus, kiosk, "Staff menu (PIN)")
        _until(lambda: _showing(server, bus, kiosk, "Close"), "the PIN pad", kiosk)
        shown = [b["name"] for b in _controls(server, bus, kiosk)["buttons"]]
        assert start not in shown, shown  # the start screen is not reachable behind the pad
        # The pad is a dialog by its title, what it is for as its description; its title a
        # heading (a reader says "Staff PIN, dialog" as the focus enters it).
        dialogs = client(server, bus, "roles", str(kiosk.process.pid), "dialog")
        assert isinstance(dialogs, list)
        assert [d["name"] for d in dialogs] == ["Staff PIN"], dialogs
        assert "No staff PIN set" in str(dialogs[0]["description"]) and dialogs[0]["modal"]
        headings = client(server, bus, "roles", str(kiosk.process.pid), "heading")
        assert isinstance(headings, list)
        assert {"name": "Staff PIN", "description": "", "modal": False} in headings
        press(server, bus, kiosk, "Close")  # no PIN set: the pad only says so
        _until(lambda: _showing(server, bus, kiosk, start), "the start screen again", kiosk)
