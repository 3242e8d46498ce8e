"""The kiosk for the screen-fit X test: the real window, flow and services (training backend),
set up as ``kiosk.ui.launch`` does with ``[branding]`` (logo and name) and the staff setting
"larger text", covering the screen as in kiosk mode (or ``--windowed``: framed, as
``--windowed`` shows it), walked along the customer's path with the customer's "Aa" on: start
screen, methods, data form, consent, hand-off, progress, the cancel question, the result, and
the start screen again after the wipe. ``--taskbar``: a 48-px panel that reserves the screen's
bottom (a strut, as a taskbar's) comes after the start screen.

At each screen one JSON object on stdout: the screen, the window's geometry (with and without
its frame), the screen's (all of it, and its available area), the buttons shown (outside
scroll areas: those scroll into view) that are not wholly on the screen, and how many buttons
are shown. Ends by itself after the walk."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

from kiosk.app.language import PSEUDO
from kiosk.app.qt_loop import install_loop
from kiosk.app.session import Session
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.config import BrandingSettings, ChecksSettings, KioskSettings, Settings
from kiosk.ui.launch import make_app, shut_down
from kiosk.ui.main_window import MainWindow
from kiosk.ui.window_cap import WindowScroll


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's content (reached by scrolling, not by the window's size)."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QScrollArea):
            return True
        node = node.parentWidget()
    return False


def report(window: MainWindow, state: str) -> None:
    # Kiosk mode covers the whole screen (a taskbar too); a framed window has its free area.
    screen = (
        window.screen().geometry() if window.kiosk_mode else window.screen().availableGeometry()
    )
    outside = []
    shown = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    for button in shown:
        if _scrolled(button):
            continue
        box = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
        if not screen.contains(box):
            outside.append(f"{button.accessibleName() or button.text()!r} at {box.getRect()}")
    geometry = window.geometry()
    content = window.stack.parentWidget().minimumSizeHint()  # not a window scroll's
    scroll = window.centralWidget()
    line = {
        "state": state,
        "window": list(geometry.getRect()),
        "frame": list(window.frameGeometry().getRect()),
        "minimum": [content.width(), content.height()],
        "screen": list(screen.getRect()),
        "available": list(window.screen().availableGeometry().getRect()),
        # How far the window's content scrolls (windowed mode: where it needs more room).
        "scrolls": scroll.verticalScrollBar().maximum() if isinstance(scroll, WindowScroll) else 0,
        "outside": outside,
        "buttons": len(shown),
    }
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


# A loaded machine's window system and layouts may take a while (the reports tell the rest).
FIT_PATIENCE_S = 30.0


def _fitted(window: MainWindow) -> bool:
    """Windowed: within the available area, its content scrolling by what the window lacks."""
    if not window.screen().availableGeometry().contains(window.frameGeometry()):
        return False
    scroll = window.centralWidget()
    if not isinstance(scroll, WindowScroll):
        return True
    need = window.stack.parentWidget().minimumSizeHint().height()
    lacks = max(0, need - scroll.viewport().height())
    return scroll.verticalScrollBar().maximum() == lacks


async def settle(window: MainWindow) -> None:
    """Let posted layouts, polish and the window system's resizes run (the loop is Qt's);
    windowed, until the window is fitted to its screen (at most FIT_PATIENCE_S: then the
    report shows how it is)."""
    await asyncio.sleep(0.3)
    if not window.kiosk_mode:
        with contextlib.suppress(TimeoutError):
            await until(lambda: _fitted(window), "the window fitted", FIT_PATIENCE_S)


TASKBAR_HEIGHT = 48


async def add_taskbar(window: MainWindow) -> QWidget:
    """A panel along the screen's bottom that reserves its height (``_NET_WM_STRUT_PARTIAL``,
    as a taskbar's): the window manager takes it from the screen's available area."""
    screen = window.screen()
    full = screen.geometry()
    bar = QWidget(None, Qt.WindowType.FramelessWindowHint)
    bar.setAttribute(Qt.WidgetAttribute.WA_X11NetWmWindowTypeDock)
    bar.setGeometry(0, full.height() - TASKBAR_HEIGHT, full.width(), TASKBAR_HEIGHT)
    bar.show()
    handle = bar.windowHandle()
    await until(lambda: handle is not None and handle.isExposed(), "the taskbar shown")
    strut = [0, 0, 0, TASKBAR_HEIGHT, 0, 0, 0, 0, 0, 0, 0, full.width() - 1]
    wid, value = str(int(bar.winId())), ",".join(map(str, strut))
    xprop = ["xprop", "-id", wid, "-f", "_NET_WM_STRUT_PARTIAL", "32c"]
    await asyncio.to_thread(
        subprocess.run, [*xprop, "-set", "_NET_WM_STRUT_PARTIAL", value], check=True, timeout=10
    )
    await until(
        lambda: screen.availableGeometry().height() == full.height() - TASKBAR_HEIGHT,
        "the taskbar's room taken from the available area",
    )
    return bar


async def walk(
    window: MainWindow, session: Session, language: str, *, windowed: bool, taskbar: bool
) -> None:
    ctl = window.ctl
    await window.terminal.start_tracking()
    if windowed:
        window.show_windowed()
    else:
        window.show_kiosk()
    handle = window.windowHandle()
    await until(lambda: handle is not None and handle.isExposed(), "the window shown")
    if language == PSEUDO:  # the English texts stretched (kiosk.app.language)
        session.terminal.language.pseudo = True
        language = "en"
    window.attract.languages[language].click()
    await settle(window)
    report(window, "attract")
    window.attract.adapt.click()  # the customer's larger text and high contrast
    await settle(window)
    report(window, "attract Aa")
    if taskbar:
        bar = await add_taskbar(window)
        await settle(window)
        report(window, "attract, a taskbar")
    window.attract.start.click()
    await until(lambda: bool(window.methods.cards), "the method list")
    await settle(window)
    report(window, "methods")
    next(c for c in window.methods.cards if c.method.issuer == "AUTHADA").choose.click()
    await until(lambda: ctl.stage is Stage.DATA, "the data form")
    await settle(window)
    report(window, "data form")
    window.data.fields["mobile"].edit.setText("+41 79 123 45 67")
    window.data.fields["external_id"].edit.setText("SIM-WAIT")
    window.data.next.click()
    await until(lambda: ctl.stage is Stage.CONSENT, "the consent")
    await settle(window)
    report(window, "consent")
    window.consent.accept.click()
    await until(lambda: ctl.stage is Stage.HANDOFF and ctl.target_url is not None, "hand-off")
    await settle(window)
    report(window, "hand-off")
    window.handoff_qr.progress.click()
    await until(lambda: window.current is window.status, "the progress")
    await settle(window)
    report(window, "progress")
    window.status.cancel.click()
    await settle(window)
    report(window, "cancel question")
    window.status.confirm_cancel.yes.click()
    await until(lambda: ctl.stage is Stage.RESULT, "the result")
    await settle(window)
    report(window, "result")
    window.result.finish.click()
    await until(lambda: window.current is window.attract, "the start screen after the wipe")
    await settle(window)
    report(window, "attract after the wipe")
    window.allow_close()
    if taskbar:
        bar.close()
    await shut_down(window, session)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--logo", required=True)
    parser.add_argument("--language", default="fr", help=f"a customer language or {PSEUDO}")
    parser.add_argument("--windowed", action="store_true")
    parser.add_argument("--taskbar", action="store_true")
    args = parser.parse_args()
    settings = Settings(
        kiosk=KioskSettings(large_text=True),
        checks=ChecksSettings(preflight=False),
        branding=BrandingSettings(name="Banca Esempio Lugano", logo=Path(args.logo)),
    )
    app = make_app(large_text=True, branding=settings.branding)
    loop = install_loop(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        root = Composition(settings, config_path=folder / "config.toml", data_folder=folder)
        with root.backend() as backend, loop:
            session = root.session(backend)
            window = MainWindow.for_session(session, kiosk_mode=not args.windowed)
            loop.run_until_complete(
                walk(window, session, args.language, windowed=args.windowed, taskbar=args.taskbar)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
