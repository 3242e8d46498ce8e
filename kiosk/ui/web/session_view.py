"""The provider's page in an embedded browser, locked down (DESIGN §7).

One off-the-record profile per customer (``open``), destroyed with its page at ``wipe``:
cookies, cache, storage and granted permissions go with it. The page keeps to a
:class:`~kiosk.app.web_policy.WebPolicy` (see :mod:`.locked_page`); when it cannot or must not
be shown a :class:`~.notice.WebNotice` takes its place. Never add
``--use-fake-ui-for-media-stream``: it bypasses the permission handler.
"""

from __future__ import annotations

import logging
import os
import sys
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.web_policy import WebPolicy
from kiosk.web_sandbox import unsafe_engine_switches

from ..clipboard import PageCopyGuard
from ..style import text_scale
from ..widgets.common import button, label, set_button, set_label
from .locked_page import LockedPage, ascii_url
from .notice import Problem, WebNotice
from .request_guard import RequestGuard

log = logging.getLogger(__name__)

_Attribute = QWebEngineSettings.WebAttribute
# Off for every customer page: nothing a page does may reach beyond its own view.
# JavascriptCanOpenWindows off: a script opens no window unless a person just tapped (the
# engine refuses the rest before any window exists: 1,000 window.open calls otherwise cost
# the page's process ~500 MB even when no page is made for them). The one a tap opens,
# LockedPage opens in place when its address is allowed.
_SWITCHED_OFF = (
    _Attribute.JavascriptCanOpenWindows,
    _Attribute.ErrorPageEnabled,
    _Attribute.JavascriptCanAccessClipboard,
    _Attribute.JavascriptCanPaste,
    _Attribute.LocalContentCanAccessRemoteUrls,
    _Attribute.LocalContentCanAccessFileUrls,
    _Attribute.PluginsEnabled,
    _Attribute.PdfViewerEnabled,
    _Attribute.ScreenCaptureEnabled,
    _Attribute.FullScreenSupportEnabled,
    _Attribute.AllowWindowActivationFromJavaScript,
    _Attribute.NavigateOnDropEnabled,
    _Attribute.AllowRunningInsecureContent,
    _Attribute.AllowGeolocationOnInsecureOrigins,
)
_ERR_ABORTED = -3  # Chromium: a load stopped or replaced (not a failure)


class SessionWebView(QWidget):
    """Holds one page per customer session; ``wipe()`` destroys view, page and profile."""

    mediaGranted = Signal(bool)  # noqa: N815 - camera/microphone handed to the page
    loadFinished = Signal(bool)  # noqa: N815
    retryRequested = Signal()  # noqa: N815 - the customer asks for the target URL again
    startOverRequested = Signal()  # noqa: N815 - the customer asks for a new identification

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        # Shown on its own (the self-test), it must not force a minimum window size.
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # The page zooms with the kiosk's texts: the staff setting "larger text" and the
        # customer's "Aa" (both re-apply the application's style: StyleChange).
        self.zoom = text_scale()
        self._page_side = QWidget()
        self._page_layout = QVBoxLayout(self._page_side)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.addWidget(self._build_banner())
        self._stack.addWidget(self._page_side)
        self.notice = WebNotice()
        self.notice.backRequested.connect(self.show_page)
        self.notice.retryRequested.connect(self.retryRequested)
        self.notice.startOverRequested.connect(self.startOverRequested)
        self._stack.addWidget(self.notice)
        self._view: QWebEngineView | None = None
        self._page: LockedPage | None = None
        self.media_granted = False
        self.refused_downloads = 0
        self.refused_file_choices = 0
        self._guard: RequestGuard | None = None
        self._accessible_name = ""
        self.advice = ""  # more to check after a failure (the readiness check's advice)

    def _build_banner(self) -> QFrame:
        """Where the page's alerts and our short notes show: never a native dialog."""
        self.banner = QFrame()
        self.banner.setObjectName("panel")
        row = QHBoxLayout(self.banner)
        self.banner_text = label()
        row.addWidget(self.banner_text, 1)
        self.banner_close = button()
        self.banner_close.clicked.connect(self.banner.hide)
        row.addWidget(self.banner_close)
        self.banner.hide()
        self.retranslate()
        return self.banner

    # -- what the owner calls ------------------------------------------------------------------

    @property
    def view(self) -> QWebEngineView | None:
        return self._view

    @property
    def policy(self) -> WebPolicy | None:
        return self._page.policy if self._page is not None else None

    @property
    def problem(self) -> Problem | None:
        return self.notice.problem if self._stack.currentWidget() is self.notice else None

    def set_accessible_name(self, name: str) -> None:
        self._accessible_name = name
        if self._view is not None:
            self._view.setAccessibleName(name)

    def engine_is_safe(self) -> bool:
        """False when the web engine runs with switches that undo the lock-down."""
        unsafe = unsafe_engine_switches(os.environ, sys.argv)
        if unsafe:
            log.error(
                "web engine started with unsafe switches: no customer page: %s",
                "; ".join(s.describe() for s in unsafe),
            )
        return not unsafe

    def open(self, policy: WebPolicy, language: str) -> None:
        """Open the policy's target URL for a new customer (any previous session is wiped)."""
        self.wipe()
        if not self.engine_is_safe():
            self.show_problem(Problem.UNSAFE_SETUP)
            return
        # A target host in Unicode: allowed as the browser spells it (ASCII), never folded.
        policy = policy.with_ascii_target(ascii_url(policy.target_url))
        profile = QWebEngineProfile(self)  # no storage name: off the record, memory only
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        if language:
            profile.setHttpAcceptLanguage(language)
        settings = profile.settings()
        for attribute in _SWITCHED_OFF:
            settings.setAttribute(attribute, False)
        profile.downloadRequested.connect(self._refuse_download)
        # Parented to the profile: it goes with it (the profile does not own it otherwise).
        self._guard = RequestGuard(policy, profile)
        profile.setUrlRequestInterceptor(self._guard)
        view = QWebEngineView(self._page_side)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        PageCopyGuard(view)  # nothing of the customer's from the page on the clipboard
        view.setAcceptDrops(False)
        page = LockedPage(profile, policy, view)
        page.navigationBlocked.connect(self._navigation_blocked)
        page.certificateRefused.connect(lambda _url: self.show_problem(Problem.CERTIFICATE))
        page.mediaGranted.connect(self._media_granted)
        page.dialogShown.connect(self.show_note)
        page.filesRefused.connect(self._refuse_files)
        page.loadingChanged.connect(self._loading_changed)
        page.loadFinished.connect(self.loadFinished)
        page.renderProcessTerminated.connect(self._render_process_ended)
        # The page must go before its profile: free the profile when the page is gone.
        page.destroyed.connect(profile.deleteLater)
        view.setPage(page)
        page.setZoomFactor(self.zoom)
        view.setAccessibleName(self._accessible_name)
        self._page_layout.addWidget(view, 1)
        self._view, self._page = view, page
        page.setUrl(QUrl(policy.target_url))

    def set_zoom(self, factor: float) -> None:
        """Zoom this session's page and the next ones (larger text)."""
        self.zoom = factor
        if self._page is not None:
            self._page.setZoomFactor(factor)

    def load(self, url: str, language: str = "") -> None:
        """Open ``url`` with nothing allowed beyond its own origin (the self-test's use)."""
        self.open(WebPolicy.for_target(url), language)

    def reopen(self) -> None:
        """Load the target URL again in the same session (after a failure or a crash)."""
        if self._page is None:
            return
        self.show_page()
        self._page.open_target()

    @property
    def refused_requests(self) -> int:
        """Requests of the current page stopped by its policy (see :mod:`.request_guard`)."""
        return self._guard.refused if self._guard is not None else 0

    def url(self) -> str:
        return self._view.url().toString() if self._view is not None else ""

    def show_page(self) -> None:
        self._stack.setCurrentWidget(self._page_side)

    def show_problem(self, problem: Problem, host: str = "") -> None:
        self.notice.show_problem(problem, host=host, advice=self.advice)
        self._stack.setCurrentWidget(self.notice)

    def show_note(self, text: str) -> None:
        set_label(self.banner_text, text)
        self.banner.show()

    def wipe(self) -> None:
        """Destroy the page and its profile (cookies, storage, cache, permissions)."""
        view, page = self._view, self._page
        self._view, self._page, self._guard = None, None, None
        if self.media_granted:
            self.media_granted = False
            self.mediaGranted.emit(False)
        self.refused_downloads = 0
        self.refused_file_choices = 0
        self.banner.hide()
        set_label(self.banner_text, "")
        self.notice.problem = None
        self.show_page()
        if page is not None:
            page.renderProcessTerminated.disconnect(self._render_process_ended)
            page.loadingChanged.disconnect(self._loading_changed)
            page.triggerAction(QWebEnginePage.WebAction.Stop)
        if view is not None:
            self._page_layout.removeWidget(view)
            view.hide()
            view.deleteLater()  # its page is its child; the page's end frees the profile

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange and text_scale() != self.zoom:
            self.set_zoom(text_scale())
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_button(self.banner_close, self.tr("Close"), self.tr("Close the message"))

    # -- what the page reports -----------------------------------------------------------------

    def _navigation_blocked(self, url: str) -> None:
        self.show_problem(Problem.BLOCKED, urlsplit(url).hostname or url)

    def _media_granted(self) -> None:
        if not self.media_granted:
            self.media_granted = True
            self.mediaGranted.emit(True)

    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        if info.status() is not QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            return
        domain = info.errorDomain()
        if domain is QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
            return  # the provider's own error page explains itself
        if domain is QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain:
            self.show_problem(Problem.CERTIFICATE)
            return
        if info.errorCode() == _ERR_ABORTED or self.problem is not None:
            return  # stopped, or refused by us: already explained
        log.info("load failed: %s (%s)", info.errorString(), info.errorCode())
        self.show_problem(Problem.LOAD_FAILED)

    def _render_process_ended(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, exit_code: int
    ) -> None:
        log.warning("render process ended: %s (%s)", status.name, exit_code)
        if self.media_granted:
            self.media_granted = False
            self.mediaGranted.emit(False)
        self.show_problem(Problem.CRASHED)

    def _refuse_download(self, download: QWebEngineDownloadRequest) -> None:
        log.info("download refused")
        download.cancel()
        self.refused_downloads += 1
        self.show_note(self.tr("Downloads are not possible at this terminal."))

    def _refuse_files(self) -> None:
        self.refused_file_choices += 1
        self.show_note(self.tr("Files cannot be chosen or opened at this terminal."))
