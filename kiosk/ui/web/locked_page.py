"""A QWebEnginePage that keeps to its policy: allow-listed navigation only, pop-ups in place
(never a page of their own), no native JavaScript or file dialogs, certificate errors refused,
nothing but camera and microphone for the allowed origins. The view around it shows what it
reports. Every address reaches the policy in its ASCII (``xn--``) form, as the browser
compares origins: never the Unicode form QUrl shows by default, which the policy refuses."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineFileSystemAccessRequest,
    QWebEngineFullScreenRequest,
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
)

from kiosk.app.web_policy import WebPolicy

log = logging.getLogger(__name__)

_MEDIA = frozenset(
    {
        QWebEnginePermission.PermissionType.MediaAudioCapture,
        QWebEnginePermission.PermissionType.MediaVideoCapture,
        QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
    }
)
_NavigationType = QWebEnginePage.NavigationType


def ascii_url(url: QUrl | str) -> str:
    """The URL as the browser compares it: host in ASCII (ACE), everything encoded."""
    return QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)


class LockedPage(QWebEnginePage):
    navigationBlocked = Signal(str)  # noqa: N815 - the refused URL
    certificateRefused = Signal(str)  # noqa: N815 - the URL whose certificate was refused
    mediaGranted = Signal()  # noqa: N815
    dialogShown = Signal(str)  # noqa: N815 - a JavaScript alert/confirm text, for our banner
    filesRefused = Signal()  # noqa: N815 - the page asked to choose or open local files

    def __init__(
        self, profile: QWebEngineProfile, policy: WebPolicy, parent: QObject | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.policy = policy
        self.permissionRequested.connect(self._on_permission)
        self.certificateError.connect(self._on_certificate_error)
        self.fullScreenRequested.connect(self._refuse_full_screen)
        self.newWindowRequested.connect(self._open_popup)
        self.fileSystemAccessRequested.connect(self._refuse_file_system)
        self._kiosk_navigation = False  # the kiosk itself reloads: "leave this page?" is yes
        self.loadFinished.connect(self._end_kiosk_navigation)

    def open_target(self) -> None:
        """Load the target URL again, past the page's "leave this page?" question."""
        self._kiosk_navigation = True
        self.setUrl(QUrl(self.policy.target_url))

    def _end_kiosk_navigation(self, _ok: bool) -> None:
        self._kiosk_navigation = False

    # -- navigation ----------------------------------------------------------------------------

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: _NavigationType, is_main_frame: bool
    ) -> bool:
        text = ascii_url(url)
        if self.policy.may_load(text):
            return True
        log.info("navigation refused (%s, main frame: %s)", QUrl(url).host(), is_main_frame)
        if is_main_frame:
            self.navigationBlocked.emit(text)
        return False

    def createWindow(  # type: ignore[override]  # None: no window (Qt's documented answer)
        self, kind: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        """No page for a pop-up, ever (a flood of them would pile up hidden pages): Qt then
        asks ``newWindowRequested``, which knows the address, and the page opens in place.
        (Only pop-ups a person's tap opened get here: see the view's JavascriptCanOpenWindows.)"""
        return None

    def _open_popup(self, request: QWebEngineNewWindowRequest) -> None:
        """A pop-up opens in place when its address is allowed; the request itself is
        dropped (not opened in a page), so the engine discards the window it prepared."""
        url = request.requestedUrl()
        if self.policy.may_load(ascii_url(url)):
            self.setUrl(url)
        else:
            log.info("pop-up refused (%s)", url.host())
            self.navigationBlocked.emit(ascii_url(url))

    # -- local files: never a native file dialog (a way out of kiosk mode) ----------------------

    def chooseFiles(
        self,
        mode: QWebEnginePage.FileSelectionMode,
        old_files: Sequence[str],
        accepted_mime_types: Sequence[str],
    ) -> list[str]:
        """``<input type=file>`` and ``showOpenFilePicker()``: nothing is chosen."""
        log.info("file choice refused")
        self.filesRefused.emit()
        return []

    def _refuse_file_system(self, request: QWebEngineFileSystemAccessRequest) -> None:
        log.info("file system access refused")
        request.reject()
        self.filesRefused.emit()

    # -- safety ----------------------------------------------------------------------------------

    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        log.warning("certificate refused for %s: %s", error.url().host(), error.description())
        error.rejectCertificate()
        self.certificateRefused.emit(error.url().toString())

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        asked = ascii_url(permission.origin())
        kind = permission.permissionType()
        if kind in _MEDIA and self.policy.may_use_media(asked):
            permission.grant()
            self.mediaGranted.emit()
        else:
            log.info("denied %s for %s", kind.name, QUrl(asked).host())
            permission.deny()

    def _refuse_full_screen(self, request: QWebEngineFullScreenRequest) -> None:
        request.reject()

    # -- JavaScript dialogs: never native (a native window could escape kiosk mode) -----------

    def javaScriptAlert(self, security_origin: QUrl | str, text: str) -> None:
        self.dialogShown.emit(text)

    def javaScriptConfirm(self, security_origin: QUrl | str, text: str) -> bool:
        """Also asked for the page's "leave this page?" (beforeunload) question."""
        if self._kiosk_navigation:
            return True
        self.dialogShown.emit(text)
        return False  # the safe answer: whatever it asked is not done

    def javaScriptPrompt(
        self, security_origin: QUrl | str, text: str, default: str
    ) -> tuple[bool, str]:
        self.dialogShown.emit(text)
        return False, ""
