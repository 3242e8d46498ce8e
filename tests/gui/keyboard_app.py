"""The kiosk for the on-screen keyboard's X tests: the real window, controller, training
backend and keyboard, set up as ``kiosk.ui.launch`` does (the window covering the screen as in
kiosk mode), taken to the data form of a method.

What the test cannot see from outside (the focused field, its text, the part of it that is
shown, the keyboard's keys) is written to stdout as one JSON object a line whenever it changes.
Commands on stdin, one a line: ``focus NAME`` (a data form field), ``language CODE`` (the
customer's), ``keyboard on|off`` (the setting)."""

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

from PySide6.QtCore import QRect, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget

from kiosk.app.composition import build_controller
from kiosk.app.qt_loop import install_loop
from kiosk.app.stages import Stage
from kiosk.config import KioskSettings, Settings
from kiosk.services import open_backend
from kiosk.ui.keyboard import KeyboardFollower, follow_keyboard
from kiosk.ui.launch import make_app, shut_down
from kiosk.ui.main_window import MainWindow


def _global(widget: QWidget, rect: QRect | None = None) -> list[int] | None:
    rect = widget.rect() if rect is None else rect
    if rect.isEmpty() or not widget.isVisible():
        return None
    top_left = widget.mapToGlobal(rect.topLeft())
    return [top_left.x(), top_left.y(), rect.width(), rect.height()]


class Reporter:
    def __init__(self, window: MainWindow, follower: KeyboardFollower) -> None:
        self.window = window
        self.follower = follower
        self.last = ""

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
        return {
            "stage": w.ctl.stage.value, "focus": name, "text": text,
            "field": _global(focus) if focus is not None else None,
            # The part of the field not clipped by its scroll area.
            "shown": (_global(focus, focus.visibleRegion().boundingRect())
                      if focus is not None else None),
            "keyboard": _global(keyboard),
            "keys": {k: _global(key) for k, key in keyboard.keys.items()}
            if keyboard.isVisible() else {},
            "window": _global(w),
        }

    def report(self) -> None:
        line = json.dumps(self.state())
        if line != self.last:
            self.last = line
            print(line, flush=True)


def command(window: MainWindow, settings: list[Settings], line: str) -> None:
    verb, _, arg = line.strip().partition(" ")
    if verb == "focus":
        window.data.fields[arg].stops()[0].setFocus()
    elif verb == "language":
        window.ctl.language.switch(arg)
    elif verb == "keyboard":
        kiosk = settings[0].kiosk.model_copy(update={"on_screen_keyboard": arg == "on"})
        settings[0] = settings[0].model_copy(update={"kiosk": kiosk})


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def drive(window: MainWindow, follower: KeyboardFollower, settings: list[Settings],
                issuer: str, language: str) -> None:
    ctl = window.ctl
    await ctl.start_tracking()
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
    await shut_down(window, ctl)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keyboard", choices=("on", "off"), default="on")
    parser.add_argument("--language", default="en")
    parser.add_argument("--issuer", default="KLARNA")
    args = parser.parse_args()
    # A list: the "keyboard" command replaces the settings the follower reads.
    settings = [Settings(kiosk=KioskSettings(on_screen_keyboard=args.keyboard == "on"))]
    app = make_app()
    loop = install_loop(app)
    with open_backend(settings[0]) as backend, tempfile.TemporaryDirectory() as tmp, loop:
        folder = Path(tmp)
        ctl = build_controller(backend, settings[0], config_path=folder / "config.toml",
                               data_folder=folder)
        window = MainWindow(ctl, kiosk_mode=True)
        follower = follow_keyboard(
            window, lambda: (ctl.language.language, ctl.language.staff_language),
            lambda: settings[0].kiosk.on_screen_keyboard)
        loop.run_until_complete(drive(window, follower, settings, args.issuer, args.language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
