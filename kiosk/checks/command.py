"""``srs-kiosk check``: the readiness check from the command line, for IT.

Exit code 0 when every method enabled in the settings can run on this terminal, 1 otherwise
(2 for bad arguments, as the rest of the CLI). The camera, microphone and web-engine probes
need Qt; without a display on Linux they run on Qt's offscreen platform. Wiring in
``kiosk.cli``::

    add_check_parser(sub)                                   # in build_parser()
    if args.command == "check": return run_check(args, settings, root.backend())  # in main()
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

# The probes (and the SRS client, the simulator, the settings) load when a check runs: the
# command line's parser, and with it the kiosk window's start, do not wait for them.
if TYPE_CHECKING:
    from kiosk.checks.core import HostPort, Report
    from kiosk.checks.core.plan import CheckPlan
    from kiosk.config import Settings
    from kiosk.services import Backend

log = logging.getLogger(__name__)

EXIT_READY, EXIT_NOT_READY, EXIT_USAGE = 0, 1, 2


def _stun(text: str) -> str:
    from kiosk.checks.core import HostPort

    try:
        HostPort.parse(text, 3478)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _hosts(text: str) -> tuple[HostPort, ...]:
    from kiosk.checks.core import parse_hosts

    try:
        hosts = parse_hosts(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not hosts:
        raise argparse.ArgumentTypeError("expected HOST:PORT[,HOST:PORT...]")
    return hosts


def _url(text: str) -> str:
    if text == "":  # the speed test switched off
        return text
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// URL, got {text!r}")
    return text.rstrip("/")


def add_check_parser(subparsers: Any) -> None:
    """Add ``check`` to the CLI's subparsers (``argparse._SubParsersAction``)."""
    check = subparsers.add_parser(
        "check",
        help="check that this terminal can run the identification methods",
        description="Checks camera, microphone, bandwidth, TCP/TLS to the required hosts, TLS "
        "1.2 with each video host, a WebSocket upgrade, non-TLS traffic over TCP "
        "443, UDP (STUN on 3478 and on a high port), WebRTC in the built-in "
        "browser and the system proxy, and says per enabled method whether this "
        "terminal can run it. Exit code 0: every enabled method can run; 1: at "
        "least one cannot.",
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument(
        "--bandwidth-url",
        type=_url,
        metavar="URL",
        help="speed test endpoint (serves URL/download and URL/upload); "
        '"" turns the speed test off',
    )
    check.add_argument(
        "--stun",
        type=_stun,
        metavar="HOST:PORT",
        help="STUN server for the UDP check (port 3478 when left out)",
    )
    check.add_argument(
        "--hosts",
        type=_hosts,
        metavar="HOST:PORT,...",
        help="hosts to reach instead of the guide's video hosts (the SRS host is always checked)",
    )


def run_check(
    args: argparse.Namespace, settings: Settings, backend_for: AbstractContextManager[Backend]
) -> int:
    """``backend_for``: the backend ``settings`` describe, from the composition root."""
    from kiosk.checks.core import dumps, make_plan
    from kiosk.checks.core.report import report_text

    with backend_for as backend:
        plan = make_plan(
            settings,
            backend.endpoints,
            training=backend.training,
            bandwidth_url=args.bandwidth_url,
            stun=args.stun,
            hosts=args.hosts,
        )
        for entry in plan.unknown_methods:
            print(
                f"srs-kiosk: enabled method {entry!r} is not in the catalogue; ignored",
                file=sys.stderr,
            )
        report = _run_with_qt(plan)
    if args.json:
        print(dumps(report))
    else:
        print(report_text(report), end="")
    return EXIT_READY if report.all_ready else EXIT_NOT_READY


def _run_with_qt(plan: CheckPlan) -> Report:
    """Run on a Qt event loop with the Qt backends; without Qt, the network probes alone."""
    import asyncio

    from kiosk.checks.core import ReadinessCheck

    try:
        qt = _QtSession()
    except ImportError as exc:
        log.warning("Qt is not available (%s): camera, microphone and WebRTC are skipped", exc)
        return asyncio.run(ReadinessCheck(plan).run())
    return qt.run(plan)


class _QtSession:
    """A QApplication and one qasync loop run for the whole check: QtWebEngine must not see
    the event loop stop while its page is alive."""

    def __init__(self) -> None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The report is the output: Chromium's and Qt's own chatter only with --verbose.
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if not log.isEnabledFor(logging.INFO) and "--log-level" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --log-level=3".strip()
        # QtWebEngine must be imported before the application object exists.
        import PySide6.QtWebEngineCore  # noqa: F401
        import qasync
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        qt_log = logging.getLogger("kiosk.checks.qt.messages")
        qInstallMessageHandler(lambda mode, context, message: qt_log.info("%s", message))

        existing = QApplication.instance()
        self._app = existing if existing is not None else QApplication([sys.argv[0]])
        self._qasync = qasync

    def run(self, plan: CheckPlan) -> Report:
        import asyncio

        from kiosk.checks.qt.factory import qt_check_for_plan

        loop = self._qasync.QEventLoop(self._app)
        asyncio.set_event_loop(loop)

        async def work() -> Report:
            report = await qt_check_for_plan(plan).run()
            await asyncio.sleep(0.2)  # deleteLater of the probe page, then of its profile
            return report

        try:
            with loop:
                return loop.run_until_complete(work())  # type: ignore[no-any-return]
        finally:
            asyncio.set_event_loop(None)
