"""The trailing-slash-redirect dialect: the API and token paths live at ``<path>/``; the path
without the slash answers 301 there, whatever the method (as frameworks that append slashes,
or a proxy that moved the service, do)."""

from __future__ import annotations

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send


def _moved(path: str) -> bool:
    return path.startswith("/api/") or path == "/oauth/token"


class TrailingSlashMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] == "http" and _moved(path.rstrip("/")):
            if not path.endswith("/"):
                query = scope.get("query_string", b"").decode("latin-1")
                location = f"{path}/?{query}" if query else f"{path}/"
                await Response(status_code=301, headers={"Location": location})(
                    scope, receive, send
                )
                return
            bare = path.rstrip("/")  # served by the routes without the slash
            scope = {**scope, "path": bare, "raw_path": bare.encode("latin-1")}
        await self.app(scope, receive, send)
