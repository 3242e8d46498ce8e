"""What the embedded web view may do for one customer's identification (DESIGN §7): which
origins may load, which get the camera and microphone, and whether the target URL may be
opened once more (Klarna: 5 uses within the 60-minute session, guide appendix 3).

Pure policy: no widgets, no web engine; the UI asks, this module answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from urllib.parse import urlsplit

from kiosk.srs import MethodSpec
from kiosk.tracking import TrackedOrder

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Inside an allowed page: the empty document and inline frames carry no origin of their own.
_ORIGINLESS = frozenset({"about:blank", "about:srcdoc"})


def origin(url: str) -> str:
    """``scheme://host[:port]`` in lower case, the scheme's default port left out; "" when the
    URL has no network origin (``data:``, ``file:``, ...)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.casefold()
    host = (parts.hostname or "").casefold()
    if scheme not in _DEFAULT_PORTS or not host:
        return ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _origins(values: Iterable[str]) -> frozenset[str]:
    return frozenset(o for o in (origin(v) for v in values) if o)


@dataclass(frozen=True)
class WebPolicy:
    """The rules for one customer's page: built from the target URL and the method's settings."""

    target_url: str
    media_origins: frozenset[str]  # camera and microphone (always includes the target's origin)
    page_origins: frozenset[str]  # may load at all (includes every media origin)

    @classmethod
    def for_target(cls, target_url: str, *, media: Iterable[str] = (),
                   pages: Iterable[str] = ()) -> WebPolicy:
        own = _origins([target_url])
        media_origins = own | _origins(media)
        return cls(target_url, media_origins, media_origins | _origins(pages))

    def may_load(self, url: str) -> bool:
        if url.strip().casefold() in _ORIGINLESS:
            return True
        return origin(url) in self.page_origins

    def may_use_media(self, asking_origin: str) -> bool:
        return origin(asking_origin) in self.media_origins


def configured_origins(mapping: Mapping[str, Iterable[object]], method_key: str
                       ) -> tuple[str, ...]:
    """The entries of a per-method setting (keys ``ISSUER/method``, any case), as text."""
    wanted = method_key.casefold()
    return tuple(str(v) for k, values in mapping.items() if k.casefold() == wanted
                 for v in values)


class Refusal(StrEnum):
    """Why the target URL must not be opened again: the customer has to start over."""

    USED_UP = "used_up"  # the method's allowed number of loads is reached
    EXPIRED = "expired"  # the method's session ran out


def target_url_refusal(order: TrackedOrder | None, spec: MethodSpec | None, now: datetime
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


# Chromium switches that would undo the lock-down (parts of their names): the fake media UI
# (grants every camera request past our handler), certificate and same-origin checks, dev tools.
_UNSAFE_SWITCHES = ("fake-ui", "ignore-certificate-errors", "disable-web-security",
                    "remote-debugging", "devtools", "remote-allow-origins")
_UNSAFE_VARIABLES = ("QTWEBENGINE_REMOTE_DEBUGGING",)


def unsafe_engine_switches(environ: Mapping[str, str], argv: Sequence[str]) -> list[str]:
    """The switches in the environment or the command line that the web engine would obey and
    that undo the lock-down; the kiosk shows no customer page while there are any."""
    found = [name for name in _UNSAFE_VARIABLES if environ.get(name)]
    words = [*environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split(), *argv]
    found += [w for w in words if w.startswith("-") and any(s in w for s in _UNSAFE_SWITCHES)]
    return found
