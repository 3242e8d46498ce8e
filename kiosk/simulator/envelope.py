"""The answers-enveloped dialect: every successful JSON answer of the API and the RA service
comes inside an envelope, `{"success": true, "data": <the answer>}` (a house style of many
Node and .NET services; the guide shows no answer body at all). Errors and the token answer
(RFC 6749 fixes its shape) stay as they are."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _enveloped(path: str) -> bool:
    return path.rstrip("/").startswith("/api/")


class EnvelopeMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _enveloped(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def collect(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            assert start is not None
            body = b"".join(chunks)
            if 200 <= start["status"] < 300 and body:
                body = json.dumps({"success": True, "data": json.loads(body)}).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, collect)
