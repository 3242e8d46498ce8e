"""A real X display for the tests that offscreen Qt cannot stand in for: a bare X server (Xvfb,
no window manager, as a branch terminal started with xinit), the kiosk as a ``python -m kiosk``
process on it (xcb), and the X tools that look at it from outside (xdotool, import)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Debian packages (the Makefile's TEST_DEBS): xvfb, xdotool, x11-utils (xwininfo),
# imagemagick (import).
X_TOOLS = ("Xvfb", "xdotool", "xwininfo", "import", "dbus-daemon")


def need_tools(*tools: str) -> None:
    """Skip (naming them) where the X tools are not installed."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: see TEST_DEBS in the Makefile)")


@dataclass
class XServer:
    display: str
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def tool(self, *argv: str, timeout: float = 10) -> str:
        """An X tool's output on this display."""
        return subprocess.run(
            argv, env=self.env(), capture_output=True, text=True, timeout=timeout, check=True
        ).stdout

    def screen_size(self) -> tuple[int, int]:
        """The root window's size (xdotool's getdisplaygeometry answers from Xinerama, which
        Xephyr does not update on a resize)."""
        values = dict(
            line.strip().split(":", 1)
            for line in self.tool("xwininfo", "-root").splitlines()
            if ":" in line
        )
        return int(values["Width"]), int(values["Height"])

    def screenshot(self, path: Path) -> Path:
        self.tool("import", "-window", "root", str(path), timeout=30)
        return path


@contextlib.contextmanager
def x_server(argv: list[str], env: dict[str, str] | None = None) -> Iterator[XServer]:
    """An X server (``argv`` without the display) on a display it picks itself (``-displayfd``:
    no clash with another test run)."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [*argv, "-displayfd", str(write), "-nolisten", "tcp"],
        pass_fds=(write,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number.isdigit():
            raise RuntimeError(f"{argv[0]} did not start (exit code {process.poll()})")
        yield XServer(f":{number}", process)
    finally:
        process.terminate()
        process.wait(timeout=10)


def xvfb(size: tuple[int, int]) -> contextlib.AbstractContextManager[XServer]:
    """A bare Xvfb: no window manager, one screen of ``size``."""
    return x_server(["Xvfb", "-screen", "0", f"{size[0]}x{size[1]}x24"])


def kiosk_env(home: Path, display: str, **extra: str) -> dict[str, str]:
    """A ``python -m kiosk`` on ``display`` (xcb) with no settings of ours and a data folder of
    its own: training mode."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SRS_KIOSK_")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "cfg"),
            "XDG_CONFIG_DIRS": str(home / "site"),
            "SRS_KIOSK_DATA_DIR": str(home / "data"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QTWEBENGINE_DISABLE_SANDBOX": "1",
            **extra,
        }
    )
    return env


@dataclass
class KioskProcess:
    process: subprocess.Popen[bytes]
    server: XServer
    log: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def window(self, timeout: float = 120) -> str:  # a cold start of Qt and its web engine
        """The X id of the kiosk's main window, once it is mapped."""
        found = wait_until(lambda: self._mapped_window(), timeout, "the kiosk window", self)
        return found

    def _mapped_window(self) -> str | None:
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--class", "SRS Branch Kiosk"],
            env=self.server.env(),
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        ids = result.stdout.split()
        return ids[0] if ids else None

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of ``window`` on the screen."""
        values = dict(
            line.split("=", 1)
            for line in self.server.tool("xdotool", "getwindowgeometry", "--shell", window).split()
        )
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def wait_until(
    probe: Callable[[], str | None],
    timeout: float,
    what: str,
    kiosk: KioskProcess | None = None,
    seen: Callable[[], str] | None = None,
) -> str:
    """``probe``'s first true answer within ``timeout`` seconds; on giving up, what ``seen``
    says the display showed instead (a failure on CI must say more than that it failed)."""
    deadline = time.monotonic() + timeout
    while True:
        if kiosk is not None and not kiosk.alive():
            raise AssertionError(
                f"the kiosk ended (exit code {kiosk.process.returncode}) "
                f"while waiting for {what}:\n{kiosk.output()[-3000:]}"
            )
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            found = f": {seen()}" if seen is not None else ""
            raise TimeoutError(f"gave up waiting for {what}{found}")
        time.sleep(0.2)


def kill_group(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """End ``process`` (started with ``start_new_session``) and all it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    process.wait(timeout=10)


@contextlib.contextmanager
def session_bus() -> Iterator[dict[str, str]]:
    """A D-Bus session bus of our own, ended afterwards; the environment that reaches it.
    (Without one, libdbus on a display autolaunches a session bus that outlives the test.)"""
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert bus.stdout is not None
        with bus.stdout:
            address = bus.stdout.readline().decode().strip()
        yield {"DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        kill_group(bus)


@contextlib.contextmanager
def kiosk_on(server: XServer, home: Path, *args: str, **env: str) -> Iterator[KioskProcess]:
    """``python -m kiosk ARGS`` on ``server`` (on a session bus of its own unless ``env``
    names one); killed with its web engine at the end."""
    log = home / "kiosk.log"
    with contextlib.ExitStack() as stack:
        if "DBUS_SESSION_BUS_ADDRESS" not in env:
            env = {**env, **stack.enter_context(session_bus())}
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [sys.executable, "-m", "kiosk", *args],
                env=kiosk_env(home, server.display, **env),
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            yield KioskProcess(process, server, log)
        finally:
            kill_group(process, signal.SIGKILL)  # the kiosk and its web engine, all gone
