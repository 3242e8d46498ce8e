"""The ISP's page in an embedded browser, with a fresh off-the-record profile per session.

Basic view: camera and microphone are granted only to the target URL's origin, every other
permission is denied, downloads are refused. The full lock-down (navigation allowlist, no dev
tools, ...) is its own issue. Never add ``--use-fake-ui-for-media-stream``.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)

_MEDIA = frozenset({
    QWebEnginePermission.PermissionType.MediaAudioCapture,
    QWebEnginePermission.PermissionType.MediaVideoCapture,
    QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
})


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".casefold()


class SessionWebView(QWidget):
    """Holds one QWebEngineView per customer session; ``wipe()`` destroys view, page, profile."""

    mediaGranted = Signal(bool)  # noqa: N815 - camera/microphone handed to the page
    loadFinished = Signal(bool)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._view: QWebEngineView | None = None
        self._profile: QWebEngineProfile | None = None
        self._allowed_origin: str | None = None
        self.media_granted = False
        self._accessible_name = ""

    @property
    def view(self) -> QWebEngineView | None:
        return self._view

    def set_accessible_name(self, name: str) -> None:
        self._accessible_name = name
        if self._view is not None:
            self._view.setAccessibleName(name)

    def load(self, url: str) -> None:
        """Open ``url`` in a new session browser (any previous one is wiped first)."""
        self.wipe()
        profile = QWebEngineProfile(self)  # no storage name: off the record, memory only
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
        profile.downloadRequested.connect(self._refuse_download)
        view = QWebEngineView(self)
        page = QWebEnginePage(profile, view)
        page.permissionRequested.connect(self._on_permission)
        page.loadFinished.connect(self.loadFinished)
        # The page must go before its profile: free the profile when the page is gone.
        page.destroyed.connect(profile.deleteLater)
        view.setPage(page)
        view.setAccessibleName(self._accessible_name)
        self._layout.addWidget(view)
        self._view, self._profile = view, profile
        self._allowed_origin = origin(url)
        view.load(QUrl(url))

    def url(self) -> str:
        return self._view.url().toString() if self._view is not None else ""

    def wipe(self) -> None:
        """Destroy the page and its profile (cookies, storage, cache, permissions)."""
        view, self._view, self._profile = self._view, None, None
        self._allowed_origin = None
        if self.media_granted:
            self.media_granted = False
            self.mediaGranted.emit(False)
        if view is not None:
            self._layout.removeWidget(view)
            view.hide()
            view.page().triggerAction(QWebEnginePage.WebAction.Stop)
            view.deleteLater()  # its page is its child; the page's end frees the profile

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        asked = permission.origin().toString().rstrip("/").casefold()
        kind = permission.permissionType()
        if kind in _MEDIA and self._allowed_origin is not None and asked == self._allowed_origin:
            permission.grant()
            if not self.media_granted:
                self.media_granted = True
                self.mediaGranted.emit(True)
        else:
            log.info("denied %s for %s", kind.name, asked)
            permission.deny()

    def _refuse_download(self, download: QWebEngineDownloadRequest) -> None:
        log.info("download refused")
        download.cancel()
