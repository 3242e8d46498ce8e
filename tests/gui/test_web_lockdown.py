"""The locked-down web view (issue 4, DESIGN §7), with the real QtWebEngine, headless, against
the simulator and a local test server: camera and microphone for the allowed origin only, a
fresh browser per customer, allowlisted navigation, no downloads, no bad certificates, recovery
from a dead page, and Klarna's limit of five uses of its link."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
import pytest
import qasync
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from kiosk import config, config_files
from kiosk.app.stages import Stage
from kiosk.app.web_policy import (
    Refusal,
    WebPolicy,
    configured_origins,
    origin,
    target_url_refusal,
)
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import Jurisdiction, Status, find_method_spec
from kiosk.tracking import ActionKind, NextAction, TrackedOrder
from kiosk.ui.web.locked_page import LockedPage
from kiosk.ui.web.notice import Problem
from kiosk.ui.web.session_view import SessionWebView
from kiosk.web_sandbox import qt_split, unsafe_engine_switches
from tests.gui.conftest import Kiosk, delete_now, pause, wait_for
from tests.gui.flow import (
    accept_consent,
    choose,
    click,
    fill,
    open_on_kiosk,
    submit_data,
    to_methods,
)
from tests.gui.web import wait_page
from tests.gui.web_server import serving

# getUserMedia from the page's side: the outcome lands in window.__media as JSON.
ASK_MEDIA = """
window.__media = '';
navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(stream => {
  const video = stream.getVideoTracks()[0].getSettings();
  window.__media = JSON.stringify({width: video.width, height: video.height,
                                   audio: stream.getAudioTracks().length});
}, error => { window.__media = JSON.stringify({error: error.name}); });
true
"""


@pytest.fixture
def web(qtbot: QtBot, qloop: qasync.QEventLoop) -> Iterator[SessionWebView]:
    view = SessionWebView()
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.wipe()
    view.close()
    delete_now(view)


def js(web: SessionWebView, script: str) -> object:
    view = web.view
    assert view is not None
    result: list[object] = []
    view.page().runJavaScript(script, 0, result.append)
    wait_for(None, lambda: bool(result))
    return result[0]


def open_and_wait(web: SessionWebView, policy: WebPolicy) -> None:
    finished: list[bool] = []
    web.loadFinished.connect(finished.append)
    web.open(policy, "de")
    wait_for(None, lambda: bool(finished))
    web.loadFinished.disconnect(finished.append)


def ask_media(web: SessionWebView) -> dict[str, object]:
    js(web, ASK_MEDIA)
    wait_for(None, lambda: bool(js(web, "window.__media")))
    answer = json.loads(str(js(web, "window.__media")))
    assert isinstance(answer, dict)
    return answer


def some_page(sim_url: str, host: str = "127.0.0.1") -> str:
    """A page of the simulator (its "unknown link" answer is enough to run scripts in)."""
    return f"{sim_url.replace('127.0.0.1', host)}/isp/video/no-such-token"


def test_camera_and_microphone_for_the_allowed_origin_only(
    web: SessionWebView, simulator: EmbeddedSimulator
) -> None:
    allowed, other = some_page(simulator.base_url), some_page(simulator.base_url, "localhost")
    # Both may load; only the target's origin gets the devices.
    policy = WebPolicy.for_target(allowed, pages=[other])
    open_and_wait(web, policy)
    assert ask_media(web) == {"width": 640, "height": 480, "audio": 1}
    assert web.media_granted
    web.wipe()
    open_and_wait(web, WebPolicy(other, policy.media_origins, policy.page_origins))
    assert web.url().startswith("http://localhost:")
    # Refused: QtWebEngine 6.11 reports a denied request as AbortError (Chromium's own UI says
    # NotAllowedError); either way no track reaches the page.
    assert ask_media(web) in ({"error": "AbortError"}, {"error": "NotAllowedError"})
    assert not web.media_granted


def test_other_permissions_are_denied_and_dialogs_stay_in_the_kiosk(
    web: SessionWebView, simulator: EmbeddedSimulator
) -> None:
    open_and_wait(web, WebPolicy.for_target(some_page(simulator.base_url)))
    js(
        web,
        """window.__asked = '';
      Notification.requestPermission().then(answer => { window.__asked += 'notify:' + answer; });
      navigator.geolocation.getCurrentPosition(
        () => { window.__asked += ' geo:granted'; },
        error => { window.__asked += ' geo:' + error.code; });
      true""",
    )
    wait_for(None, lambda: " geo:" in str(js(web, "window.__asked")))
    assert js(web, "window.__asked") == "notify:denied geo:1"  # 1: PERMISSION_DENIED
    # No native dialog: the text shows in the kiosk's banner, and the safe answer is given.
    assert js(
        web,
        "window.__yes = confirm('Leave the call?'); "
        "window.__name = prompt('Name?', 'x'); alert('Hello'); true",
    )
    assert js(web, "window.__yes") is False
    assert js(web, "String(window.__name)") == "null"
    assert web.banner.isVisible() and web.banner_text.text() == "Hello"
    # The page's "leave this page?" question: the page's own navigation stays put, the
    # kiosk's reload goes ahead.
    page = web.url()
    js(web, "window.onbeforeunload = e => { e.preventDefault(); e.returnValue = ''; }; true")
    view = web.view
    assert view is not None

    def touched() -> bool:  # Chromium asks "leave?" only once a person used the page
        QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        pause(None, 0.05)
        return js(web, "navigator.userActivation.hasBeenActive") is True

    wait_for(None, touched)
    js(web, f"location.href = '{page}?next'; true")
    wait_for(None, lambda: "leave" in web.banner_text.text())
    assert web.url() == page
    finished: list[bool] = []
    web.loadFinished.connect(finished.append)
    js(web, "window.__mark = 'old'; true")
    web.reopen()
    wait_for(None, lambda: bool(finished))
    assert js(web, "String(window.__mark)") == "undefined"


def test_the_customer_language_is_asked_for(web: SessionWebView) -> None:
    with serving() as base:
        open_and_wait(web, WebPolicy.for_target(f"{base}/language"))
        assert str(js(web, "document.body.textContent")).startswith("de")


def test_next_customer_finds_no_cookie_or_storage(
    web: SessionWebView, simulator: EmbeddedSimulator
) -> None:
    policy = WebPolicy.for_target(some_page(simulator.base_url))
    open_and_wait(web, policy)
    js(
        web,
        "document.cookie = 'customer=erika; max-age=3600'; "
        "localStorage.setItem('customer', 'erika'); true",
    )
    assert "customer=erika" in str(js(web, "document.cookie"))
    assert js(web, "localStorage.getItem('customer')") == "erika"
    web.wipe()
    open_and_wait(web, policy)
    view = web.view
    assert view is not None and view.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu
    assert js(web, "document.cookie") == ""
    assert js(web, "String(localStorage.getItem('customer'))") == "null"


def test_the_page_copies_nothing_to_the_clipboard(
    web: SessionWebView, simulator: EmbeddedSimulator
) -> None:
    """What the page shows or a customer typed there (selected, copied with the page's own
    Copy) stays off the clipboard while the page is shown."""
    open_and_wait(web, WebPolicy.for_target(some_page(simulator.base_url)))
    view = web.view
    assert view is not None
    clipboard = QApplication.clipboard()
    copied: list[str] = []

    def changed() -> None:
        copied.append(clipboard.text())  # what the page put there, before it is emptied

    clipboard.dataChanged.connect(changed)
    js(web, "document.body.textContent = '+41 79 123 45 67'; true")
    view.setFocus()
    view.page().triggerAction(QWebEnginePage.WebAction.SelectAll)
    wait_for(None, lambda: view.page().hasSelection())
    view.page().triggerAction(QWebEnginePage.WebAction.Copy)
    wait_for(None, lambda: "+41 79 123 45 67" in copied)  # the page did copy
    wait_for(None, lambda: clipboard.text() == "")
    clipboard.dataChanged.disconnect(changed)


def test_navigation_off_the_allowlist_is_blocked(
    web: SessionWebView, simulator: EmbeddedSimulator
) -> None:
    page = some_page(simulator.base_url)
    open_and_wait(web, WebPolicy.for_target(page))
    js(web, f"location.href = '{some_page(simulator.base_url, 'localhost')}'; true")
    wait_for(None, lambda: web.problem is Problem.BLOCKED)
    assert "localhost" in web.notice.body.text()
    assert web.notice.action.isVisible()
    assert web.url() == page  # the identification page is kept
    click_button(web.notice.action)
    assert web.problem is None
    # A pop-up (a person's tap opens it) to an outside address is refused the same way.
    tap_to_open(web, "https://example.com/")
    wait_for(None, lambda: web.problem is Problem.BLOCKED)
    assert "example.com" in web.notice.body.text()
    assert web.url() == page
    click_button(web.notice.action)
    # An allowed one opens in place.
    tap_to_open(web, f"{page}?again")
    wait_for(None, lambda: web.url() == f"{page}?again")
    assert web.problem is None


def tap_to_open(web: SessionWebView, url: str, times: int = 1) -> None:
    """A button over the page that opens ``url`` in a new window (``times`` times per tap),
    and a person's tap on it."""
    js(
        web,
        f"""{{ document.getElementById('opener')?.remove();
      const opener = document.createElement('button');
      opener.id = 'opener';
      opener.style = 'position: fixed; left: 0; top: 0; width: 300px; height: 100px';
      opener.onclick = () => {{ for (let i = 0; i < {times}; i++) window.open('{url}'); }};
      document.body.append(opener); }} true""",
    )
    click_element(web, "opener")


def test_a_failed_load_offers_to_reload(web: SessionWebView) -> None:
    with serving() as base:
        pass  # the port is free again: nothing answers there
    web.retryRequested.connect(web.reopen)  # the hand-off screen counts the use first
    web.open(WebPolicy.for_target(f"{base}/page"), "de")
    wait_for(None, lambda: web.problem is Problem.LOAD_FAILED)
    assert "network" in web.notice.advice.text()
    with serving(port=int(base.rpartition(":")[2])):
        click_button(web.notice.action)
        wait_for(None, lambda: web.problem is None)
        wait_for(None, lambda: js(web, "String(document.getElementById('hello'))") != "null")


def test_unsafe_engine_switches_keep_the_page_closed(
    web: SessionWebView, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        unsafe_engine_switches(
            {"QTWEBENGINE_CHROMIUM_FLAGS": "--use-fake-device-for-media-stream --log-level=3"},
            ["srs-kiosk"],
        )
        == []
    )
    assert [
        s.word
        for s in unsafe_engine_switches(
            {"QTWEBENGINE_REMOTE_DEBUGGING": "9222"}, ["x", "--ignore-certificate-errors"]
        )
    ] == ["QTWEBENGINE_REMOTE_DEBUGGING", "--ignore-certificate-errors"]
    monkeypatch.setenv("QTWEBENGINE_REMOTE_DEBUGGING", "9222")
    web.open(WebPolicy.for_target("http://127.0.0.1:9/"), "de")
    assert web.problem is Problem.UNSAFE_SETUP and web.view is None
    assert not web.notice.action.isVisible()


def test_a_download_is_refused(web: SessionWebView, tmp_path: Path) -> None:
    with serving() as base:
        open_and_wait(web, WebPolicy.for_target(f"{base}/page"))
        assert js(web, "document.getElementById('hello').textContent") == "hello"
        js(web, "location.href = '/file'; true")
        wait_for(None, lambda: web.refused_downloads == 1)
    assert web.banner.isVisible()
    assert "Downloads" in web.banner_text.text()
    assert js(web, "document.getElementById('hello').textContent") == "hello"


def test_a_self_signed_certificate_ends_in_the_error_screen(
    web: SessionWebView, tmp_path: Path
) -> None:
    with serving(tls_folder=tmp_path) as base:
        web.open(WebPolicy.for_target(f"{base}/page"), "de")
        wait_for(None, lambda: web.problem is Problem.CERTIFICATE)
        pause(None, 0.5)  # nothing may load behind the error screen afterwards
    assert web.problem is Problem.CERTIFICATE
    assert "not secure" in web.notice.title.text()
    assert "date and time" in web.notice.advice.text()
    assert js(web, "document.getElementById('hello') === null")


# -- issue 17: an attack page per hole ---------------------------------------------------------


def test_a_look_alike_host_gets_no_camera(web: SessionWebView) -> None:
    """``www.xn--swicom-dta`` (shown as ``www.swißcom``) is another host than ``www.swisscom``.
    Chromium sends every ``*.localhost`` name to loopback without asking DNS; Qt is told to
    show ``.localhost`` names in Unicode as it does for ``.ch``, so the look-alike's origin
    reaches the kiosk as ``www.swißcom.localhost`` (folded, that was ``www.swisscom``)."""
    shown_in_unicode = QUrl.idnWhitelist()
    QUrl.setIdnWhitelist([*shown_in_unicode, "localhost"])
    try:
        with serving() as base:
            port = base.rpartition(":")[2]
            real = f"http://www.swisscom.localhost:{port}/page"
            fake = f"http://www.xn--swicom-dta.localhost:{port}/page"
            assert QUrl(fake).host() == "www.swißcom.localhost"
            policy = WebPolicy.for_target(real, pages=[fake])
            open_and_wait(web, policy)
            assert ask_media(web) == {"width": 640, "height": 480, "audio": 1}
            web.wipe()
            open_and_wait(web, WebPolicy(fake, policy.media_origins, policy.page_origins))
            assert web.url() == QUrl(fake).toString()  # shown as www.swißcom.localhost
            assert ask_media(web) in ({"error": "AbortError"}, {"error": "NotAllowedError"})
            assert not web.media_granted
            # A target URL written in Unicode is that domain, as the browser spells it.
            web.wipe()
            open_and_wait(web, WebPolicy.for_target(f"http://www.swißcom.localhost:{port}/page"))
            assert ask_media(web) == {"width": 640, "height": 480, "audio": 1}
    finally:
        QUrl.setIdnWhitelist(shown_in_unicode)


def click_element(web: SessionWebView, element_id: str) -> None:
    """A real click (the page sees a person's gesture) in the middle of the element."""
    view = web.view
    assert view is not None
    box = json.loads(
        str(
            js(
                web,
                f"JSON.stringify(document.getElementById('{element_id}').getBoundingClientRect())",
            )
        )
    )
    middle = QPoint(int(box["x"] + box["width"] / 2), int(box["y"] + box["height"] / 2))
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=middle)


def test_choosing_files_opens_no_dialog(web: SessionWebView) -> None:
    with serving() as base:
        open_and_wait(web, WebPolicy.for_target(f"{base}/files"))
        click_element(web, "file")
        wait_for(None, lambda: web.refused_file_choices == 1)
        assert js(web, "document.getElementById('file').files.length") == 0
        assert "Files cannot be chosen" in web.banner_text.text()
        click_element(web, "pick")  # the File System Access API's picker
        wait_for(None, lambda: js(web, "String(window.__picked)") not in ("undefined", "asked"))
        assert str(js(web, "window.__picked")) in ("AbortError", "NotAllowedError", "SecurityError")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]


# What a page could send to anywhere: each reaches the other server unless stopped.
SEND_EVERYWHERE = """
fetch('{other}/fetch', {{method: 'POST', mode: 'no-cors', body: 'pin=1234'}}).catch(() => 0);
navigator.sendBeacon('{other}/beacon', 'journal');
new Image().src = '{other}/image.png';
try {{ new WebSocket('{socket}/socket'); }} catch (e) {{}}
const xhr = new XMLHttpRequest(); xhr.open('GET', '{other}/xhr'); xhr.send();
for (const [tag, attribute, path] of [['script', 'src', '/script.js'],
                                      ['link', 'href', '/style.css'],
                                      ['iframe', 'src', '/frame']]) {{
  const element = document.createElement(tag);
  if (tag === 'link') element.rel = 'stylesheet';
  element[attribute] = '{other}' + path;
  document.body.append(element);
}}
// A frame through the page's own origin, redirected onwards. (Not an image or a fetch: Qt
// follows a sub-resource's redirect before it asks the interceptor, so one the allowed server
// answers with a redirect may reach its target; see request_guard.)
const frame = document.createElement('iframe');
frame.src = '/redirect?to={other}/redirected-frame';
document.body.append(frame);
fetch('/done').catch(() => 0);
true
"""


def test_a_page_sends_nothing_to_another_origin(web: SessionWebView) -> None:
    own_seen: list[str] = []
    other_seen: list[str] = []
    with serving(seen=own_seen) as own, serving(seen=other_seen) as other:
        open_and_wait(web, WebPolicy.for_target(f"{own}/page"))
        js(web, SEND_EVERYWHERE.format(other=other, socket=other.replace("http:", "ws:")))
        # The page's own origin is still reached (the frame's first step, and the last fetch).
        wait_for(None, lambda: "/done" in own_seen and any("/redirect?" in p for p in own_seen))
        wait_for(None, lambda: web.refused_requests >= 7)
        pause(None, 0.3)  # anything late would arrive now
    assert other_seen == []
    assert web.problem is None  # a frame refused quietly: the page is kept
    assert js(web, "document.getElementById('hello').textContent") == "hello"


def engine_memory() -> int:
    """Resident memory of this process and the web engine's, in bytes."""
    me = psutil.Process()
    return sum(p.memory_info().rss for p in (me, *me.children(recursive=True)))


def test_a_pop_up_flood_creates_no_page(web: SessionWebView) -> None:
    with serving() as base:
        open_and_wait(web, WebPolicy.for_target(f"{base}/page"))
        view = web.view
        assert view is not None
        page = view.page()
        assert isinstance(page, LockedPage)
        refused: list[str] = []
        page.navigationBlocked.connect(refused.append)
        before = engine_memory()
        # From a script: the engine refuses every one before a window exists.
        js(
            web,
            "window.__opened = 0; for (let i = 0; i < 1000; i++) "
            "{ if (window.open('https://example.com/' + i)) window.__opened++; } true",
        )
        assert js(web, "window.__opened") == 0
        # From a person's tap: one window at most, and it gets no page.
        tap_to_open(web, "https://example.com/tap", times=1000)
        wait_for(None, lambda: len(refused) == 1)
        pause(None, 0.5)
        assert refused == ["https://example.com/tap"]
        assert view.findChildren(QWebEnginePage) == [page]
        assert web.problem is Problem.BLOCKED and web.url() == f"{base}/page"
        # 1,000 hidden pages took 318 MB, and 1,000 windows without pages ~500 MB.
        assert engine_memory() - before < 40_000_000


def test_engine_switches_are_read_as_qt_and_chromium_read_them() -> None:
    def refused(flags: str, argv: tuple[str, ...] = ("srs-kiosk",), **environ: str) -> list[str]:
        found = unsafe_engine_switches({"QTWEBENGINE_CHROMIUM_FLAGS": flags, **environ}, argv)
        return [s.word for s in found]

    assert qt_split('--a "--b c" --"d"=e "" f"g h"i') == ["--a", "--b c", "--d=e", "", "fg hi"]
    assert refused('"--remote-debugging-port=9222"') == ["--remote-debugging-port=9222"]
    assert refused('"--ignore-certificate-errors"') == ["--ignore-certificate-errors"]
    assert refused('--"ignore-certificate-errors-spki-list"=x') == [
        "--ignore-certificate-errors-spki-list=x"
    ]
    assert refused("-remote-debugging-pipe") == ["-remote-debugging-pipe"]  # one dash
    assert refused("/remote-debugging-port=1") == ["/remote-debugging-port=1"]  # Windows
    assert refused("--Disable-Web-Security") == ["--Disable-Web-Security"]  # any case
    assert refused("--log-level=3\t--use-fake-ui-for-media-stream") == [
        "--use-fake-ui-for-media-stream"
    ]  # a tab: one word for Qt, two here (closed)
    assert refused("'--auto-accept-camera-and-microphone-capture'") == [
        "--auto-accept-camera-and-microphone-capture"
    ]
    assert refused("--use-fake-device-for-media-stream --log-level=3 --lang=de") == []
    assert refused("--unsafely-treat-insecure-origin-as-secure=http://a --single-process") == [
        "--unsafely-treat-insecure-origin-as-secure=http://a",
        "--single-process",
    ]
    assert refused("--host-resolver-rules='MAP * 127.0.0.1'") != []
    # The sandbox: only together with the documented opt-out (training as root).
    assert refused("--no-sandbox") == ["--no-sandbox"]
    assert refused("--no-sandbox", QTWEBENGINE_DISABLE_SANDBOX="1") == []
    # The command line counts too (Qt passes it on after --webEngineArgs).
    assert refused("", ("srs-kiosk", "--webEngineArgs", "--allow-running-insecure-content")) == [
        "--allow-running-insecure-content"
    ]
    assert refused("", QTWEBENGINE_REMOTE_DEBUGGING="9222") == ["QTWEBENGINE_REMOTE_DEBUGGING"]
    reason = unsafe_engine_switches(
        {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-web-security"}, ["srs-kiosk"]
    )[0].describe()
    assert reason.startswith("--disable-web-security (in QTWEBENGINE_CHROMIUM_FLAGS): ")


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """For a ``srs-kiosk`` subprocess: no settings or secret of ours, a data folder of its
    own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SRS_KIOSK_")}
    env.update(
        {
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "XDG_CONFIG_DIRS": str(tmp_path / "site"),
            "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
            **extra,
        }
    )
    return env


def test_the_kiosk_refuses_to_start_with_an_unsafe_switch(tmp_path: Path) -> None:
    flags = '--use-fake-device-for-media-stream "--remote-debugging-port=9222"'
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=kiosk_env(tmp_path, QTWEBENGINE_CHROMIUM_FLAGS=flags),
    )
    assert result.returncode == 2
    assert "--remote-debugging-port=9222 (in QTWEBENGINE_CHROMIUM_FLAGS)" in result.stderr


def test_the_secret_leaves_the_environment_and_stays_readable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Taken out of the environment at start, the secret is still there for the backend (which
    reads it again when staff change the settings)."""
    monkeypatch.setattr(config_files, "_taken_from_environment", {})
    monkeypatch.setenv(config.SECRET_ENV, "s3cret")
    config.take_secret_from_environment()
    assert config.SECRET_ENV not in os.environ
    assert config.client_secret("client") == "s3cret"
    config.take_secret_from_environment()  # twice: nothing lost
    assert config.client_secret("client") == "s3cret"


def test_the_web_engine_never_sees_the_client_secret(
    tmp_path: Path, simulator: EmbeddedSimulator
) -> None:
    """The kiosk with a production configuration and its secret in the environment: the web
    engine's processes (the readiness check starts them at once) have no trace of it."""
    base = simulator.base_url
    config = tmp_path / "prod.toml"
    config.write_text(
        f'[srs]\napi_url = "{base}"\ntoken_url = "{base}/oauth/token"\n'
        f'ras_url = "{base}"\nclient_id = "misswaggerclient"\n',
        encoding="utf-8",
    )
    secret = "misswaggerclientsecret"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--config", str(config), "--windowed"],
        env=kiosk_env(tmp_path, SRS_KIOSK_CLIENT_SECRET=secret),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        engine: list[psutil.Process] = []
        deadline = time.monotonic() + 60
        while len(engine) < 2 and kiosk.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            engine = [
                p
                for p in psutil.Process(kiosk.pid).children(recursive=True)
                if "QtWebEngineProcess" in p.name()
            ]
        assert len(engine) >= 2, "no web engine processes started"
        for process in engine:
            environ = Path(f"/proc/{process.pid}/environ").read_bytes()
            assert b"SRS_KIOSK_CLIENT_SECRET" not in environ
            assert secret.encode() not in environ
    finally:
        with contextlib.suppress(ProcessLookupError):  # the kiosk and its engine, all gone
            os.killpg(kiosk.pid, signal.SIGKILL)
        kiosk.wait(timeout=10)


def click_button(button: object) -> None:
    from PySide6.QtWidgets import QAbstractButton

    assert isinstance(button, QAbstractButton) and button.isVisible()
    button.click()


# -- through the kiosk --------------------------------------------------------------------------


def to_handoff(k: Kiosk, issuer: str, values: dict[str, str]) -> None:
    to_methods(k)
    choose(k, issuer)
    fill(k, {**values, "external_id": "SIM-WAIT"})
    submit_data(k)
    accept_consent(k)
    k.wait(lambda: k.ctl.stage is Stage.HANDOFF)


def kill_render_process(k: Kiosk) -> None:
    view = k.window.handoff_web.web.view
    assert view is not None
    pid = view.page().renderProcessPid()
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    k.wait(lambda: k.window.handoff_web.web.problem is Problem.CRASHED)


def test_a_killed_page_offers_to_reload_and_the_call_goes_on(kiosk: Kiosk) -> None:
    to_handoff(kiosk, "IDENTITY.TM", {"last_name": "Muster", "mobile": "+41791234567"})
    web = kiosk.window.handoff_web.web
    kiosk.wait(lambda: web.media_granted)
    wait_page(kiosk, "resolution", lambda text: "640×480" in text)
    kill_render_process(kiosk)
    assert not web.media_granted
    assert "stopped working" in web.notice.title.text()
    click(kiosk, web.notice.action)
    kiosk.wait(lambda: web.problem is None and web.media_granted)
    wait_page(kiosk, "resolution", lambda text: "640×480" in text)
    # The customer completes the video call: the order moves on (to the provider's checks,
    # which the fast clock would end 7 s later, before a busy machine looks: it stands still).
    kiosk.sim("POST", "/_sim/clock", speed=0)
    js(web, "document.getElementById('complete').click(); true")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.TRACKING)


# Six loads, each after a killed renderer, may take a busy machine over a minute: the guide's
# 60-minute session must not end first. The kiosk counts it on its tracking scale (1/6 here: 10
# real minutes), the simulator on its clock (stood still once the order is INITIALIZED).
@pytest.mark.parametrize("time_scale", [1 / 6], indirect=True, ids=["tracking-at-1/6"])
def test_klarna_link_is_refused_after_six_loads(kiosk: Kiosk) -> None:
    web = kiosk.window.handoff_web.web
    loads: list[bool] = []
    web.loadFinished.connect(loads.append)
    to_handoff(
        kiosk,
        "KLARNA",
        {
            "first_name": "Erika",
            "last_name": "Mustermann",
            "dob": "12.08.1964",
            "mobile": "+4915112345678",
        },
    )
    old_ref = kiosk.ctl.started.ref_id if kiosk.ctl.started else ""
    kiosk.wait(
        lambda: kiosk.sim("GET", "/_sim/orders").json()["orders"][0]["status"] == "INITIALIZED"
    )
    kiosk.sim("POST", "/_sim/clock", speed=0)
    open_on_kiosk(kiosk)  # staff's choice: the page on the kiosk
    for use in range(1, 7):  # 6 loads in all: the first use and 5 reuses
        kiosk.wait(lambda use=use: len(loads) == use)
        wait_page(kiosk, "uses", lambda text, use=use: text.startswith(f"{use} of 6"))
        order = kiosk.ctl.order
        assert order is not None and order.target_url_uses == use
        kill_render_process(kiosk)
        click(kiosk, web.notice.action)  # "Load the page again"
    kiosk.wait(lambda: web.problem is Problem.USED_UP)
    assert "used up" in web.notice.title.text()
    order = kiosk.ctl.order
    assert order is not None and order.target_url_uses == 6
    assert not kiosk.window.handoff_web.phone_qr.isVisible()  # the spent link is not offered
    # Starting over cancels the used-up order and asks for the consent to a new one.
    click(kiosk, web.notice.action)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.CONSENT)
    old = kiosk.terminal.holder.order(old_ref)
    assert old is not None and old.is_done


# -- the policy on its own ----------------------------------------------------------------------


def test_origins_are_compared_as_the_browser_does() -> None:
    policy = WebPolicy.for_target(
        "https://Video.Example.com:443/start?t=1",
        media=["https://media.example.com/x"],
        pages=["https://bank.example.net"],
    )
    assert policy.media_origins == {"https://video.example.com", "https://media.example.com"}
    assert policy.may_load("https://video.example.com/other")
    assert policy.may_load("https://bank.example.net:443/login")
    assert policy.may_load("about:blank")
    assert not policy.may_load("http://video.example.com/")  # another scheme
    assert not policy.may_load("https://video.example.com:8443/")  # another port
    assert not policy.may_load("https://evil.example.com.attacker.net/")
    assert not policy.may_load("data:text/html,<p>hi")
    assert not policy.may_load("file:///etc/passwd")
    assert policy.may_use_media("https://media.example.com/")
    assert not policy.may_use_media("https://bank.example.net")


def test_look_alike_hosts_never_match() -> None:
    """Hosts are compared in their ASCII form, lower-cased as ASCII only: no Unicode folding
    (ß to ss, the Kelvin sign to k, ...), and a host still in Unicode matches nothing."""
    policy = WebPolicy.for_target("https://WWW.Swisscom.CH/start")
    assert policy.may_use_media("https://www.swisscom.ch")
    assert not policy.may_use_media("https://www.xn--swicom-dta.ch")  # www.swißcom.ch
    assert not policy.may_use_media("https://www.swißcom.ch")
    assert not policy.may_use_media("https://www.SWIẞCOM.ch")
    assert origin("https://www.swißcom.ch/") == ""
    assert origin("https://\u212aiosk.example/") == ""  # the Kelvin sign, folded "kiosk"
    assert origin("https://user@WWW.Example.COM:443/") == "https://www.example.com"
    unicode_target = WebPolicy.for_target("https://www.swißcom.ch/")
    assert unicode_target.page_origins == frozenset()
    # The view adds the target's origin as the browser spells it (QUrl's ASCII form).
    assert unicode_target.with_ascii_target("https://www.xn--swicom-dta.ch/").media_origins == {
        "https://www.xn--swicom-dta.ch"
    }


def test_sub_resources_keep_to_the_allowed_origins() -> None:
    policy = WebPolicy.for_target(
        "https://video.example.com/start",
        pages=["https://cdn.example.net", "http://plain.example.org"],
    )
    page = "https://video.example.com/start"
    assert policy.may_request("https://cdn.example.net/app.js", page)
    assert policy.may_request("wss://video.example.com/signal", page)  # its own origin
    assert policy.may_request("data:image/png;base64,AAAA", page)
    assert policy.may_request("blob:https://video.example.com/0a1b", page)
    assert not policy.may_request("https://collector.example.com/beacon", page)
    assert not policy.may_request("wss://collector.example.com/socket", page)
    assert not policy.may_request("https://video.example.com:8443/x", page)
    assert not policy.may_request("file:///home/kiosk/pin", page)
    # Plain HTTP (or WS) under an HTTPS page: refused even from an allowed origin.
    assert not policy.may_request("http://plain.example.org/pixel.gif", page)
    assert not policy.may_request("ws://video.example.com/signal", page)
    assert policy.may_request("http://plain.example.org/pixel.gif", "http://plain.example.org/")
    # A WebSocket is no page.
    assert not policy.may_load("wss://video.example.com/signal")


def test_klarna_link_budget() -> None:
    now = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    order = TrackedOrder(
        ref_id="r",
        order_id=None,
        issuer="KLARNA",
        method="bankident",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=Status.INITIALIZED,
        reason=None,
        history=(),
        next_action=NextAction(ActionKind.POLL, now),
        created_at=now,
        updated_at=now,
        target_url_uses=5,
        expires_at=now + timedelta(minutes=60),
    )
    klarna = find_method_spec("KLARNA", "bankident")
    assert target_url_refusal(order, klarna, now) is None  # 6 loads: the first and 5 reuses
    assert target_url_refusal(replace(order, target_url_uses=6), klarna, now) is Refusal.USED_UP
    later = now + timedelta(minutes=60)
    assert target_url_refusal(order, klarna, later) is Refusal.EXPIRED
    video = find_method_spec("IDENTITY.TM", "video")
    assert (
        target_url_refusal(replace(order, target_url_uses=50, expires_at=None), video, later)
        is None
    )


def test_origins_configured_per_method() -> None:
    settings = Settings.model_validate(
        {
            "web": {
                "media_origins": {"identity.tm/VIDEO": ["https://media.example.com"]},
                "page_origins": {"KLARNA/bankident": ["https://bank.example.net/login"]},
            }
        }
    )
    media = configured_origins(settings.web.media_origins, "IDENTITY.TM/video")
    pages = configured_origins(settings.web.page_origins, "IDENTITY.TM/video")
    policy = WebPolicy.for_target("https://video.example.com/t", media=media, pages=pages)
    assert policy.may_use_media("https://media.example.com")
    assert not policy.may_load("https://bank.example.net/")  # another method's
    assert configured_origins(settings.web.page_origins, "KLARNA/bankident") == (
        "https://bank.example.net/login",
    )
