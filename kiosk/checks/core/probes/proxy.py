"""``proxy``: the system proxy the terminal's web traffic would use, if any.

Read the way Python's standard library does (environment variables; the Windows registry; the
macOS network settings). A proxy does not block anything by itself, but WebRTC media cannot
pass most HTTP proxies: with one in use, direct connections must still be allowed.
"""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit, urlunsplit

from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text

IN_USE = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP "
    "443, and UDP 3478 or higher): ask IT to allow them next to the proxy.",
)


def without_credentials(url: str) -> str:
    """The proxy URL without a user name or password: reports are shared."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


async def probe_proxy(
    url: str,
    proxies: Callable[[], Mapping[str, str]] = urllib.request.getproxies,
    bypass: Callable[[str], bool] = urllib.request.proxy_bypass,
) -> Outcome:
    """The proxy used for ``url`` (the SRS API, or the bandwidth endpoint in training mode)."""
    parts = urlsplit(url)

    def lookup() -> str | None:
        table = {k.casefold(): v for k, v in proxies().items()}
        proxy = table.get(parts.scheme.casefold()) or table.get("all")
        return None if not proxy or (parts.hostname and bypass(parts.hostname)) else proxy

    # In a thread: on Windows the bypass check resolves host names, which blocks.
    proxy = await asyncio.to_thread(lookup)
    if proxy is None:
        return Outcome(Status.PASS, "none", "", None, None, f"direct connection for {url}")
    shown = without_credentials(proxy)
    return Outcome(
        Status.WARN,
        shown,
        "",
        None,
        text(IN_USE, shown),
        f"{parts.scheme} traffic to {parts.hostname} via {shown}",
    )
