"""What the embedded web view may do for one customer's identification (DESIGN §7): which
origins may load, which get the camera and microphone, and whether the target URL may be
opened once more (Klarna: 5 uses within the 60-minute session, guide appendix 3).

Pure policy: no widgets, no web engine; the UI asks, this module answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from urllib.parse import urlsplit

from kiosk.srs import MethodSpec
from kiosk.tracking import TrackedOrder

_DEFAULT_PORTS = {"http": 80, "https": 443}
# A WebSocket belongs to the origin of the same host and port over HTTP(S).
_WEB_SOCKET_PAGES = {"ws": "http", "wss": "https"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Schemes of sub-resources that reach no network: inline data and the page's own blobs.
_LOCAL_SCHEMES = frozenset({"data", "blob"})
# Inside an allowed page: the empty document and inline frames carry no origin of their own.
_ORIGINLESS = frozenset({"about:blank", "about:srcdoc"})


def origin(url: str) -> str:
    """``scheme://host[:port]`` as the browser compares origins: the host in its ASCII (ACE,
    ``xn--``) form, lower-cased as ASCII only, the scheme's default port left out; "" when the
    URL has no network origin (``data:``, ``file:``, ...) or its host is not ASCII.

    Never fold Unicode: ``www.xn--swicom-dta.ch`` (shown as ``www.swißcom.ch``) is another
    domain than ``www.swisscom.ch``. Callers pass the ASCII form (QUrl's ``FullyEncoded``); a
    host still in Unicode matches nothing rather than being guessed at."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    netloc = parts.netloc.rpartition("@")[2]
    if not netloc.isascii():
        return ""
    scheme = _ascii_lower(parts.scheme)
    scheme = _WEB_SOCKET_PAGES.get(scheme, scheme)
    host = _ascii_lower(parts.hostname or "")
    if scheme not in _DEFAULT_PORTS or not host:
        return ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _ascii_lower(text: str) -> str:
    """A-Z to a-z and nothing else (``str.lower`` also maps Unicode letters)."""
    return text.translate(_ASCII_LOWER)


def _origins(values: Iterable[str]) -> frozenset[str]:
    return frozenset(o for o in (origin(v) for v in values) if o)


@dataclass(frozen=True)
class WebPolicy:
    """The rules for one customer's page: built from the target URL and the method's settings."""

    target_url: str
    media_origins: frozenset[str]  # camera and microphone (always includes the target's origin)
    page_origins: frozenset[str]  # may load at all (includes every media origin)

    @classmethod
    def for_target(
        cls, target_url: str, *, media: Iterable[str] = (), pages: Iterable[str] = ()
    ) -> WebPolicy:
        own = _origins([target_url])
        media_origins = own | _origins(media)
        return cls(target_url, media_origins, media_origins | _origins(pages))

    def with_ascii_target(self, ascii_target: str) -> WebPolicy:
        """For a target URL with a Unicode host, which has no origin here: the rules
        ``for_target`` gives its ASCII spelling (the Qt layer converts it as the browser
        will load it). Any other policy is kept as it is."""
        if origin(self.target_url):
            return self
        own = _origins([ascii_target])
        return WebPolicy(self.target_url, self.media_origins | own, self.page_origins | own)

    def may_load(self, url: str) -> bool:
        """A page (main frame or frame) may be shown: its origin is allowed."""
        if _ascii_lower(url.strip()) in _ORIGINLESS:
            return True
        address = origin(url)
        return address in self.page_origins and not _is_web_socket(url)

    def may_request(self, url: str, page_url: str) -> bool:
        """A sub-resource (image, script, fetch, beacon, WebSocket, media, ...) of the page at
        ``page_url`` may be fetched: its origin is allowed, and it is not plain HTTP (or WS)
        under an HTTPS page. Inline ``data:`` and the page's ``blob:`` reach no network."""
        scheme = _ascii_lower(urlsplit(url.strip()).scheme)
        if scheme in _LOCAL_SCHEMES:
            return True
        if scheme in ("http", "ws") and origin(page_url).startswith("https://"):
            return False
        return origin(url) in self.page_origins

    def may_use_media(self, asking_origin: str) -> bool:
        return origin(asking_origin) in self.media_origins


def _is_web_socket(url: str) -> bool:
    return _ascii_lower(urlsplit(url.strip()).scheme) in _WEB_SOCKET_PAGES


def configured_origins(mapping: Mapping[str, Iterable[object]], method_key: str) -> tuple[str, ...]:
    """The entries of a per-method setting (keys ``ISSUER/method``, any case), as text."""
    wanted = method_key.casefold()
    return tuple(str(v) for k, values in mapping.items() if k.casefold() == wanted for v in values)


class Refusal(StrEnum):
    """Why the target URL must not be opened again: the customer has to start over."""

    USED_UP = "used_up"  # the method's allowed number of loads is reached
    EXPIRED = "expired"  # the method's session ran out


def target_url_refusal(
    order: TrackedOrder | None, spec: MethodSpec | None, now: datetime
) -> Refusal | None:
    """None when the target URL may be loaded once more (and that load is to be counted)."""
    if order is None or spec is None:
        return None
    if order.expires_at is not None and now >= order.expires_at:
        return Refusal.EXPIRED
    limit = spec.target_url_max_uses
    if limit is not None and order.target_url_uses >= limit:
        return Refusal.USED_UP
    return None
