"""`/_sim/bandwidth/...`: payloads for the terminal's throughput check."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from kiosk.simulator.errors import ApiError, FieldProblem, invalid_query, json_response

MAX_TRANSFER_BYTES = 100_000_000  # 100 MB
CHUNK_BYTES = 64 * 1024
# Not all zeros, so a compressing proxy cannot fake a fast link.
_PATTERN = bytes(range(256)) * (CHUNK_BYTES // 256)


async def _stream(total: int) -> AsyncIterator[bytes]:
    remaining = total
    while remaining > 0:
        size = min(remaining, CHUNK_BYTES)
        yield _PATTERN[:size]
        remaining -= size


def _too_large() -> ApiError:
    return ApiError(
        413, "payload_too_large", f"Upload at most {MAX_TRANSFER_BYTES} bytes per measurement."
    )


class BandwidthEndpoints:
    def routes(self) -> list[BaseRoute]:
        return [
            Route("/_sim/bandwidth/download", self.download, methods=["GET"]),
            Route("/_sim/bandwidth/upload", self.upload, methods=["POST"]),
        ]

    async def download(self, request: Request) -> Response:
        text = request.query_params.get("bytes", "")
        if not text.isdigit() or int(text) > MAX_TRANSFER_BYTES:
            raise invalid_query(
                [FieldProblem("bytes", f"must be a whole number from 0 to {MAX_TRANSFER_BYTES}")]
            )
        total = int(text)
        return StreamingResponse(
            _stream(total),
            media_type="application/octet-stream",
            headers={"Content-Length": str(total), "Cache-Control": "no-store"},
        )

    async def upload(self, request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_TRANSFER_BYTES:
            raise _too_large()
        started = time.perf_counter()
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > MAX_TRANSFER_BYTES:
                raise _too_large()
        seconds = time.perf_counter() - started
        return json_response({"bytes": received, "seconds": round(seconds, 6)})
