"""The kiosk for the on-screen keyboard's X tests: the real window, flow and services, training
backend and keyboard, set up as ``kiosk.ui.launch`` does (the window covering the screen as in
kiosk mode), taken to the data form of a method.

What the test cannot see from outside (the focused field and widget, its text, the part of it
that is shown, the keyboard's keys) is written to stdout as one JSON object a line whenever it
changes.
Commands on stdin, one a line: ``focus NAME`` (a data form field), ``language CODE`` (the
customer's), ``keyboard on|off`` (the setting), ``web`` (fill the form in, accept, open the
method's page in the kiosk's web view: its inputs, where they are and what they hold are
reported too), ``fill`` (the form's fields but the first name filled in, that one emptied),
``settings`` (the settings screen; its edits' names and texts, and its Save, are reported)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget

from kiosk.app.qt_loop import install_loop
from kiosk.app.session import Session
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.config import KioskSettings, Settings, TrackingSettings
from kiosk.ui.keyboard_follower import KeyboardFollower, follow_keyboard
from kiosk.ui.launch import make_app, shut_down
from kiosk.ui.main_window import MainWindow


def _global(widget: QWidget, rect: QRect | None = None) -> list[int] | None:
    rect = widget.rect() if rect is None else rect
    if rect.isEmpty() or not widget.isVisible():
        return None
    top_left = widget.mapToGlobal(rect.topLeft())
    return [top_left.x(), top_left.y(), rect.width(), rect.height()]


# The page's text inputs: where they are in the page and what they hold.
_INPUTS_JS = """JSON.stringify([Array.from(document.querySelectorAll('input')).map(i => {
  const r = i.getBoundingClientRect();
  return [i.id, [r.x, r.y, r.width, r.height], i.value];
}), document.activeElement ? document.activeElement.id : ""])"""


class Reporter:
    def __init__(self, window: MainWindow, follower: KeyboardFollower) -> None:
        self.window = window
        self.follower = follower
        self.last = ""
        self.inputs: dict[str, Any] = {}
        self.values: dict[str, str] = {}
        self.focused = ""  # the page's input with the focus

    def ask_page(self) -> None:
        view = self.window.handoff_web.web.view
        if view is None or not view.isVisible():
            return
        view.page().runJavaScript(_INPUTS_JS, 0, lambda found, v=view: self._page(v, found))

    def _page(self, view: QWidget, found: object) -> None:
        if not isinstance(found, str):
            return
        zoom = getattr(view, "zoomFactor", lambda: 1.0)()
        inputs, self.focused = json.loads(found)
        for name, (x, y, w, h), value in inputs:
            top_left = view.mapToGlobal(QPoint(round(x * zoom), round(y * zoom)))
            self.inputs[name] = [top_left.x(), top_left.y(), round(w * zoom), round(h * zoom)]
            self.values[name] = value

    def state(self) -> dict[str, Any]:
        w = self.window
        focus = QApplication.focusWidget()
        name = next((n for n, f in w.data.fields.items() if focus in f.stops()), None)
        text = ""
        if isinstance(focus, QLineEdit):
            text = focus.text()
        elif isinstance(focus, QSpinBox):
            text = focus.lineEdit().text()
        keyboard = self.follower.keyboard
        settings = w.settings
        edits = settings.edits if settings.isVisible() else {}
        setting = next((n for n, e in edits.items() if e is focus), None)
        return {
            "stage": w.ctl.stage.value,
            "setting": setting,
            "settings": {n: e.text() for n, e in edits.items()},
            "setting_fields": {n: _global(e) for n, e in edits.items()},
            "message": settings.message.text() if edits else "",
            "problems": {
                n: p.text() for n, p in settings.problems.items() if edits and p.isVisible()
            },
            "buttons": {
                "next": _global(w.data.next),
                "save": _global(settings.save),
            },
            "focus": name,
            "widget": focus.accessibleName() if focus is not None else None,  # a date's part
            "text": text,
            "field": _global(focus) if focus is not None else None,
            # The part of the field not clipped by its scroll area.
            "shown": (
                _global(focus, focus.visibleRegion().boundingRect()) if focus is not None else None
            ),
            "keyboard": _global(keyboard),
            "keys": {k: _global(key) for k, key in keyboard.keys.items()}
            if keyboard.isVisible()
            else {},
            "shift": keyboard.shift,
            "window": _global(w),
            "page": {"inputs": self.inputs, "values": self.values, "focused": self.focused},
        }

    def report(self) -> None:
        self.ask_page()
        line = json.dumps(self.state())
        if line != self.last:
            self.last = line
            print(line, flush=True)


CUSTOMER = {
    "first_name": "Erika",
    "last_name": "Mustermann",
    "dob": "12.08.1964",
    "mobile": "+4915123456789",
    "external_id": "SIM-WAIT",
}  # the customer waits


async def open_page(window: MainWindow) -> None:
    """The method's page in the kiosk's web view (as staff choose it for Klarna)."""
    ctl = window.ctl
    for name, text in CUSTOMER.items():
        edit = window.data.fields[name].edit
        edit.setText(text)
    window.data.next.click()
    await until(lambda: ctl.stage is Stage.CONSENT, "the consent screen")
    window.consent.accept.click()
    await until(lambda: ctl.stage is Stage.HANDOFF, "the hand-off")
    await until(lambda: ctl.target_url is not None, "the target URL")
    window.handoff_web.open_on_kiosk()


def command(window: MainWindow, settings: list[Settings], line: str) -> None:
    verb, _, arg = line.strip().partition(" ")
    if verb == "web":
        asyncio.ensure_future(open_page(window))  # noqa: RUF006 - the run's whole life
    elif verb == "fill":
        for name, text in CUSTOMER.items():
            window.data.fields[name].edit.setText("" if name == "first_name" else text)
    elif verb == "settings":
        window.open_settings()
    elif verb == "focus":
        window.data.fields[arg].stops()[0].setFocus()
    elif verb == "language":
        window.ctl.language.switch(arg)
    elif verb == "keyboard":
        kiosk = settings[0].kiosk.model_copy(update={"on_screen_keyboard": arg == "on"})
        settings[0] = settings[0].model_copy(update={"kiosk": kiosk})


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def drive(
    window: MainWindow,
    session: Session,
    follower: KeyboardFollower,
    settings: list[Settings],
    issuer: str,
    language: str,
) -> None:
    ctl = session.flow
    await session.terminal.start_tracking()
    window.cover.cover()  # as kiosk mode: the whole screen, no window manager needed
    window.attract.languages[language].click()
    window.attract.start.click()
    await until(lambda: bool(window.methods.cards), "the method list")
    next(c for c in window.methods.cards if c.method.issuer == issuer).choose.click()
    await until(lambda: ctl.stage is Stage.DATA, "the data form")
    reporter = Reporter(window, follower)
    timer = QTimer(window)
    timer.timeout.connect(reporter.report)
    timer.start(100)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)
    done = asyncio.Event()

    def read() -> None:
        data = os.read(sys.stdin.fileno(), 65536)  # all the lines there are (no buffering)
        if not data:
            notifier.setEnabled(False)
            done.set()
            return
        for line in data.decode().splitlines():
            command(window, settings, line)

    notifier.activated.connect(read)
    await done.wait()
    await shut_down(window, session)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keyboard", choices=("on", "off"), default="on")
    parser.add_argument("--language", default="en")
    parser.add_argument("--issuer", default="KLARNA")
    args = parser.parse_args()
    # A list: the "keyboard" command replaces the settings the follower reads. Tracking at a
    # tenth of the simulator's speed (the kiosk's delays, 1/60 in training, times 10): the
    # kiosk counts a page's 60-minute session on that scale from the first load, 10 real
    # minutes here, which no run of taps outlasts however busy the machine (at 1/60 it ended
    # after a minute and a quarter; the simulator's side is watched, below).
    settings = [
        Settings(
            kiosk=KioskSettings(on_screen_keyboard=args.keyboard == "on"),
            tracking=TrackingSettings(time_scale=10),
        )
    ]
    app = make_app()
    loop = install_loop(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Watched, as the window: a page opened here keeps the guide's session in real minutes
        # however long the taps take on a busy machine.
        root = Composition(
            settings[0], config_path=folder / "config.toml", data_folder=folder, watched=True
        )
        with root.backend() as backend, loop:
            session = root.session(backend)
            language = session.terminal.language
            window = MainWindow.for_session(session, kiosk_mode=True)
            follower = follow_keyboard(
                window,
                lambda: (language.language, language.staff_language),
                lambda: settings[0].kiosk.on_screen_keyboard,
            )
            loop.run_until_complete(
                drive(window, session, follower, settings, args.issuer, args.language)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
