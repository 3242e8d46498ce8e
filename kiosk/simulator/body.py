"""Reading request bodies safely: size cap, media type, JSON object."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.requests import Request

from kiosk.simulator.errors import ApiError

MAX_BODY_BYTES = 64 * 1024


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "payload_too_large",
        f"The request body is larger than {limit // 1024} KiB; send a smaller body.",
    )


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The whole body, refused with 413 beyond `limit`.

    The declared Content-Length is checked first, but the bytes are counted as they arrive too:
    a client may lie or use chunked encoding.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise ApiError(
                400, "invalid_request", "The Content-Length header is not a number."
            ) from None
        if length > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def media_type(request: Request) -> str:
    """The Content-Type without parameters, lower case ('' when absent)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def require_media_type(request: Request, accepted: Iterable[str]) -> None:
    allowed = tuple(accepted)
    given = media_type(request)
    if given not in allowed:
        shown = given or "none"
        raise ApiError(
            415,
            "unsupported_media_type",
            f"Content-Type {shown} is not accepted here; send the body as "
            + " or ".join(allowed)
            + ".",
        )


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


def parse_json_object(raw: bytes, *, empty_is_object: bool = False) -> dict[str, object]:
    """The body as a JSON object, or 400 `invalid_json` saying what is wrong."""
    if not raw.strip():
        if empty_is_object:
            return {}
        raise ApiError(
            400, "invalid_json", "The request body is empty; send a JSON object (at least {})."
        )
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_json", "The request body is not UTF-8 text.") from None
    except ValueError as exc:
        raise ApiError(
            400, "invalid_json", f"The request body is not valid JSON ({exc}); fix the syntax."
        ) from None
    if not isinstance(value, dict):
        raise ApiError(
            400,
            "invalid_json",
            f"The request body must be a JSON object, not a JSON {_json_kind(value)}.",
        )
    return value


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"
