"""``srs-kiosk --self-test``: prove that this installation (a frozen bundle above all) works.

It starts Qt (offscreen where there is no display), checks the bundled resources, runs the
training simulator, lists the methods through the SRS client, starts an identification,
renders its link through the real QR widget and compares the painted modules with the
``qrcode`` library's matrix, loads QtMultimedia's backend, loads the identification page in
the kiosk's embedded web view, imports every kiosk module (a frozen bundle that lacks a module
the kiosk imports fails here) and opens TLS in Python and in Qt (the bundle takes OpenSSL from
the system on Linux). One line per step with its time goes to standard output; the
exit code is 0, or 1 with a message naming the step that failed. It never hangs: every step has
a time limit, the whole run has one, and a watchdog thread ends the process if the event loop
itself stops turning.

It always runs in training mode (the configured SRS is never called) and writes no journal.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from kiosk import web_sandbox
from kiosk.config import Settings, SrsSettings

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kiosk.services import Backend
    from kiosk.ui.web.session_view import SessionWebView

EXIT_OK, EXIT_FAILED = 0, 1
STEPS = (
    "qt",
    "resources",
    "simulator",
    "methods",
    "start",
    "qr",
    "multimedia",
    "web",
    "cancel",
    "modules",
    "tls",
)
DEFAULT_TIMEOUT_S = 120.0
_WATCHDOG_GRACE_S = 15.0  # after the overall limit: the loop had its chance to report
_STEP_LIMIT_S = {"simulator": 15.0, "methods": 20.0, "start": 20.0, "web": 60.0}
_QR_SIDE_PX = 330
_PREFIX = "self-test:"


class StepError(Exception):
    """A step went wrong; the message says what, for the person reading the CI log."""


@dataclass
class _Report:
    out: TextIO
    started: float
    current: str = "start-up"
    passed: int = 0

    @contextmanager
    def step(self, name: str) -> Iterator[list[str]]:
        """Time the block; it appends a detail to the yielded list. A failure is re-raised as
        ``StepError`` naming the step."""
        self.current = name
        detail: list[str] = []
        began = time.monotonic()
        try:
            yield detail
        except StepError:
            raise
        except TimeoutError:
            raise StepError(f"{name}: no answer within {time.monotonic() - began:.0f} s") from None
        except Exception as exc:
            raise StepError(f"{name}: {type(exc).__name__}: {exc}") from exc
        self.passed += 1
        self.line(f"{name:<11} ok {time.monotonic() - began:6.2f} s  {'; '.join(detail)}")

    def line(self, text: str) -> None:
        print(f"{_PREFIX} {text}", file=self.out, flush=True)


class _Watchdog:
    """Ends the process if the run outlives ``limit_s`` (a blocked event loop cannot report)."""

    def __init__(self, report: _Report, limit_s: float) -> None:
        self._report = report
        self._timer = threading.Timer(limit_s, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        message = (
            f"FAILED in step {self._report.current}: the self-test hung; the watchdog ended it"
        )
        self._report.line(message)
        print(f"srs-kiosk: self-test {message}", file=sys.stderr, flush=True)
        os._exit(EXIT_FAILED)


def prepare_environment() -> list[str]:
    """Set what Qt and Chromium need *before* Qt starts; returns notes for the report.

    - No display on Linux (a build machine, CI): Qt's offscreen platform.
    - Running as root on Linux (containers): Chromium cannot run its sandbox there, so it is
      turned off for this run, which loads only the simulator's own pages on loopback
      (``kiosk.web_sandbox``). The kiosk itself runs as the kiosk account with the sandbox on.
    """
    notes: list[str] = []
    env = os.environ
    if (
        sys.platform.startswith("linux")
        and not env.get("QT_QPA_PLATFORM")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
    ):
        env["QT_QPA_PLATFORM"] = "offscreen"
        notes.append("no display: offscreen")
    if web_sandbox.blocked_as_root():
        web_sandbox.allow_for_own_pages()
        notes.append("root: web sandbox off")
    return notes


def run_self_test(
    settings: Settings, *, timeout_s: float = DEFAULT_TIMEOUT_S, out: TextIO | None = None
) -> int:
    """Run every step; 0 when all pass, else 1 after printing what failed (also to stderr)."""
    stream = out if out is not None else sys.stdout
    if stream is None:  # a windowed Windows executable has no console (use srs-kiosk-cli.exe)
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process life
    report = _Report(stream, time.monotonic())
    training = settings.model_copy(update={"srs": SrsSettings()})
    with _Watchdog(report, timeout_s + _WATCHDOG_GRACE_S):
        try:
            _run(report, training, timeout_s)
        except StepError as exc:
            return _failed(report, str(exc))
        except Exception as exc:  # a bug in a step's clean-up, say: still a clear verdict
            return _failed(report, f"{report.current}: {type(exc).__name__}: {exc}")
    report.line(f"passed, {report.passed} steps in {time.monotonic() - report.started:.2f} s")
    return EXIT_OK


def _failed(report: _Report, message: str) -> int:
    report.line(f"FAILED {message}")
    print(f"srs-kiosk: self-test failed in step {message}", file=sys.stderr, flush=True)
    return EXIT_FAILED


def _run(report: _Report, settings: Settings, timeout_s: float) -> None:
    from kiosk import __version__

    with report.step("qt") as detail:
        detail.extend(prepare_environment())
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        # QtWebEngine must be imported before the application object exists.
        import kiosk.ui.web.session_view  # noqa: F401
        from kiosk.app.qt_loop import install_loop
        from kiosk.ui.launch import make_app

        app = make_app()  # also applies the bundled style sheet
        detail.append(
            f"srs-kiosk {__version__}, Qt {qVersion()}, PySide6 {pyside_version}, "
            f"platform {app.platformName()}"
        )
        if getattr(sys, "frozen", False):
            detail.append("frozen")

    with report.step("resources") as detail:
        detail.append(_check_resources(app))

    with report.step("simulator") as detail:
        from kiosk.composition import Composition

        backend_cm = Composition(settings).backend()
        backend = backend_cm.__enter__()
        assert backend.simulator is not None
        detail.append(f"training simulator on {backend.simulator.base_url}")
    try:
        loop = install_loop(app)
        with loop:
            # One run of the loop for everything: QtWebEngine must not see the Qt loop end
            # and start again (it shuts Chromium down on aboutToQuit).
            loop.run_until_complete(_steps(report, app, backend, timeout_s))
    finally:
        backend_cm.__exit__(None, None, None)


def _check_resources(app: QApplication) -> str:
    from PySide6.QtGui import QIcon

    from kiosk.resources import base_dir, resource_path, translations_dir

    icon = QIcon(str(resource_path("icons", "srs-kiosk.png")))
    if icon.isNull():
        raise StepError("resources: the application icon does not load")
    app.setWindowIcon(icon)
    if not app.styleSheet():
        raise StepError("resources: the style sheet is empty")
    folder = translations_dir()
    compiled = sorted(p.stem for p in folder.glob("*.qm")) if folder.is_dir() else []
    return (
        f"from {base_dir()}: style sheet, icon; "
        f"{len(compiled)} compiled translations{': ' if compiled else ''}"
        f"{', '.join(compiled)}"
    )


async def _steps(report: _Report, app: QApplication, backend: Backend, timeout_s: float) -> None:
    from kiosk.composition import Composition
    from kiosk.srs import IdentityData

    deadline = report.started + timeout_s

    def limit(name: str) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise StepError(f"{name}: the self-test ran out of time ({timeout_s:.0f} s)")
        return min(_STEP_LIMIT_S.get(name, 30.0), left)

    async with Composition.client(backend) as client:
        with report.step("methods") as detail:
            async with asyncio.timeout(limit("methods")):
                methods = await client.list_methods()
            if not methods:
                raise StepError("methods: the simulator listed no identification method")
            detail.append(
                f"{len(methods)}: " + ", ".join(f"{m.issuer}/{m.method}" for m in methods)
            )

        with report.step("start") as detail:
            async with asyncio.timeout(limit("start")):
                started = await client.start(
                    "KLARNA",
                    "bankident",
                    IdentityData(
                        first_name="Self",
                        last_name="Test",
                        dob=date(1980, 1, 1),
                        external_id="SELF-TEST",
                    ),
                )
            detail.append(f"KLARNA/bankident, ref {started.ref_id}, {started.status.value}")
            # A start answer may carry only the Ref-ID: the target URL then comes with a status.
            target_url = started.target_url
            async with asyncio.timeout(limit("start")):
                while target_url is None:
                    await asyncio.sleep(0.5)
                    target_url = (await client.status(started.ref_id)).target_url

        with report.step("qr") as detail:
            detail.append(_check_qr(target_url))

        with report.step("multimedia") as detail:
            detail.append(_check_multimedia())

        with report.step("web") as detail:
            async with asyncio.timeout(limit("web")):
                detail.append(await _check_web(target_url))

        with report.step("cancel") as detail:
            async with asyncio.timeout(limit("start")):
                status = await client.cancel(started.ref_id)
            detail.append(status.status.value)

    with report.step("modules") as detail:
        detail.append(_import_every_module())

    with report.step("tls") as detail:
        detail.append(_check_tls())
    app.processEvents()


def _check_qr(data: str) -> str:
    """Paint ``data`` with the kiosk's QR widget and read every module back from the pixels."""
    import qrcode
    import qrcode.constants

    from kiosk.ui.widgets.qr_code import QUIET_ZONE, QrCodeWidget

    reference = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    reference.add_data(data)
    reference.make(fit=True)
    expected: list[list[bool]] = [list(row) for row in reference.get_matrix()]

    widget = QrCodeWidget()
    try:
        widget.resize(_QR_SIDE_PX, _QR_SIDE_PX)
        widget.set_data(data)
        module = widget.module_px()
        if module < 2:
            raise StepError(f"qr: modules of {module} px at {_QR_SIDE_PX} px: unreadable")
        image = widget.grab().toImage()
        count = len(expected) + 2 * QUIET_ZONE
        side = module * count
        origin = ((widget.width() - side) // 2, (widget.height() - side) // 2)
        painted = _read_modules(image, origin, module, count)
    finally:
        widget.deleteLater()
    if not any(any(row) for row in painted):
        raise StepError("qr: the widget painted nothing")
    quiet = [row[:QUIET_ZONE] + row[-QUIET_ZONE:] for row in painted[QUIET_ZONE:-QUIET_ZONE]]
    quiet += painted[:QUIET_ZONE] + painted[-QUIET_ZONE:]
    if any(any(row) for row in quiet):
        raise StepError("qr: dark modules in the quiet zone")
    inner = [row[QUIET_ZONE:-QUIET_ZONE] for row in painted[QUIET_ZONE:-QUIET_ZONE]]
    wrong = sum(
        a != b for r1, r2 in zip(inner, expected, strict=True) for a, b in zip(r1, r2, strict=True)
    )
    if wrong:
        raise StepError(f"qr: {wrong} of {len(expected) ** 2} modules differ from qrcode's matrix")
    return (
        f"{len(expected)}x{len(expected)} modules at {module} px match qrcode's matrix "
        f"(version {reference.version}, level M)"
    )


def _read_modules(
    image: QImage, origin: tuple[int, int], module: int, count: int
) -> list[list[bool]]:
    """Dark (True) or light for each module's centre pixel; the quiet zone included."""
    from PySide6.QtGui import QColor

    scale = image.devicePixelRatio()  # 2 on a Retina screen: the grab has twice the pixels
    left, top = origin
    rows: list[list[bool]] = []
    for y in range(count):
        row: list[bool] = []
        for x in range(count):
            px = round((left + x * module + module / 2) * scale)
            py = round((top + y * module + module / 2) * scale)
            if not (0 <= px < image.width() and 0 <= py < image.height()):
                raise StepError(f"qr: module ({x}, {y}) lies outside the widget")
            row.append(QColor(image.pixel(px, py)).lightness() < 128)
        rows.append(row)
    return rows


def _check_multimedia() -> str:
    """QtMultimedia's backend loads (the camera and microphone checks and the media permission
    need it); no device is required: a build machine has none."""
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:
        raise StepError("multimedia: no QtMultimedia backend (no decodable format)")
    return (
        f"backend loaded ({len(formats)} formats); {len(QMediaDevices.videoInputs())} "
        f"cameras, {len(QMediaDevices.audioInputs())} microphones"
    )


# Modules deep in each part of the kiosk: proof that the walk saw the whole package.
_DEEP_MODULES = (
    "kiosk.ui.web.session_view",
    "kiosk.checks.core.probes.stun",
    "kiosk.simulator.server",
    "kiosk.tracking.journal",
    "kiosk.srs.client",
)


def _import_every_module() -> str:
    """Import every kiosk module (the kiosk imports many lazily: a screen, a check, the
    simulator), so that one the bundle lacks, or one whose import needs a module the bundle
    leaves out, fails here rather than in front of a customer."""
    import importlib
    import pkgutil

    import kiosk

    def fail(name: str) -> None:
        raise StepError(f"modules: {name} does not import")

    names = [
        info.name
        for info in pkgutil.walk_packages(kiosk.__path__, "kiosk.", onerror=fail)
        if not info.name.endswith(".__main__")
    ]  # a __main__ runs its program
    for name in names:
        importlib.import_module(name)
    if not set(_DEEP_MODULES) <= set(names):
        raise StepError(
            f"modules: found only {len(names)} kiosk modules, not "
            f"{', '.join(sorted(set(_DEEP_MODULES) - set(names)))}"
        )
    return f"{len(names)} kiosk modules imported"


def _check_tls() -> str:
    """Python's ssl and Qt's TLS backend both load OpenSSL (on Linux the system's) and make a
    client context with the system's CA certificates."""
    import ssl

    from PySide6.QtNetwork import QSslConfiguration, QSslSocket

    context = ssl.create_default_context()
    python_cas = context.cert_store_stats()["x509_ca"]
    if not QSslSocket.supportsSsl():
        raise StepError(
            f"tls: Qt has no TLS backend (built for {QSslSocket.sslLibraryBuildVersionString()})"
        )
    qt_cas = len(QSslConfiguration.systemCaCertificates())
    return (
        f"Python {ssl.OPENSSL_VERSION} ({python_cas} CA certificates), Qt "
        f"{QSslSocket.activeBackend()}: {QSslSocket.sslLibraryVersionString()} ({qt_cas} CA "
        "certificates)"
    )


async def _check_web(url: str) -> str:
    """Load the identification page in the kiosk's session view and read it back with
    JavaScript (proves the renderer process, the resources and V8 work)."""
    from kiosk.ui.web.session_view import SessionWebView

    web = SessionWebView()
    web.resize(800, 600)
    web.show()
    try:
        ok = await _next_signal(web.loadFinished.connect, lambda: web.load(url))
        if not ok:
            raise StepError(f"web: the page {url} did not load")
        view = web.view
        assert view is not None
        uses = await _run_js(web, "document.getElementById('uses').textContent")
        if not isinstance(uses, str) or not uses.startswith("1 of"):
            raise StepError(f"web: the page loaded but reads {uses!r}, not the bank login")
        return f"'{view.title()}' loaded in the session view, script reads link use {uses}"
    finally:
        web.wipe()
        web.close()
        web.deleteLater()
        await asyncio.sleep(0.3)  # deleteLater of the view, then of its page's profile


async def _run_js(web: SessionWebView, script: str) -> object:
    view = web.view
    assert view is not None
    return await _next_signal(lambda slot: view.page().runJavaScript(script, 0, slot))


async def _next_signal(
    connect: Callable[[Callable[[Any], None]], object], trigger: Callable[[], object] | None = None
) -> Any:
    """The first value ``connect``'s callback receives (after calling ``trigger``)."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def deliver(value: Any = None) -> None:
        if not future.done():
            future.set_result(value)

    connect(deliver)
    if trigger is not None:
        trigger()
    return await future
