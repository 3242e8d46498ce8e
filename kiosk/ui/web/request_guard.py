"""Every request a customer's page makes, held to its policy (issue 17): navigation is checked
by the page itself, and this interceptor on the customer's profile also stops the requests no
navigation check sees (images, scripts, fetch and XHR, beacons, WebSockets, media, workers)
that go to an origin outside the method's allowed ones, or that are plain HTTP under an HTTPS
page. A page can then send nothing to anywhere else.

Known gap (Qt): when an allowed server answers a sub-resource with a redirect, Qt follows it
before asking the interceptor again, so the redirected request may reach its target (its
answer is then dropped). Only the allowed servers can do that (an open redirect on the
provider's site); a frame's redirect is a navigation and is checked before it is followed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.app.web_policy import WebPolicy

from .locked_page import ascii_url

log = logging.getLogger(__name__)

_Type = QWebEngineUrlRequestInfo.ResourceType
# Requests that load a document: the same rule as the page's navigation check.
_DOCUMENTS = frozenset(
    {
        _Type.ResourceTypeMainFrame,
        _Type.ResourceTypeSubFrame,
        _Type.ResourceTypeNavigationPreloadMainFrame,
        _Type.ResourceTypeNavigationPreloadSubFrame,
    }
)


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Set on one customer's profile (Qt 6 calls it on the GUI thread). ``refused`` counts
    the requests stopped; each refused host is logged once."""

    def __init__(self, policy: WebPolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.refused = 0
        self._logged: set[str] = set()

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = ascii_url(info.requestUrl())
        kind = info.resourceType()
        if kind in _DOCUMENTS:
            allowed = self.policy.may_load(url)
        else:
            allowed = self.policy.may_request(url, ascii_url(info.firstPartyUrl()))
        if allowed:
            return
        info.block(True)
        self.refused += 1
        host = info.requestUrl().host()
        if host not in self._logged:  # a page may send thousands: the host once is enough
            self._logged.add(host)
            log.info("request refused (%s to %s)", kind.name, host or url.partition(":")[0])
