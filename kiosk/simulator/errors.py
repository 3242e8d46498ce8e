"""Error answers in the contract's shape, and the JSON media types the simulator speaks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

JSON = "application/json"
PROVIDER_JSON = "application/vnd.sc.miss.provider.v1+json"
EVIDENCE_JSON = "application/vnd.sc.ras.evidence.v1+json"


@dataclass(frozen=True)
class FieldProblem:
    field: str
    problem: str

    def as_json(self) -> dict[str, str]:
        return {"field": self.field, "problem": self.problem}


class ApiError(Exception):
    """Raised by handlers; the app turns it into a JSON error answer.

    `oauth=True` uses RFC 6749's `error_description` instead of `message`.
    """

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        fields: Sequence[FieldProblem] = (),
        headers: Mapping[str, str] | None = None,
        *,
        oauth: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.fields = tuple(fields)
        self.headers = dict(headers or {})
        self.oauth = oauth

    def body(self) -> dict[str, object]:
        if self.oauth:
            return {"error": self.error, "error_description": self.message}
        body: dict[str, object] = {"error": self.error, "message": self.message}
        if self.fields:
            body["fields"] = [problem.as_json() for problem in self.fields]
        return body

    def google_body(self) -> dict[str, object]:
        """The `errors-google` dialect: Google's API error model (google.rpc.Status), field
        problems as a `BadRequest` detail's `fieldViolations`."""
        error: dict[str, object] = {
            "code": self.status,
            "status": _GOOGLE_STATUS.get(self.status, "UNKNOWN"),
            "message": self.message,
        }
        if self.fields:
            violations = [{"field": p.field, "description": p.problem} for p in self.fields]
            error["details"] = [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": violations,
                }
            ]
        return {"error": error}

    def response(self, dialect: frozenset[str] = frozenset()) -> Response:
        if "errors-code-message" in dialect and not self.oauth:
            # The enterprise style: a code and a text, the fields named in the text only.
            body = {"errorCode": self.error.upper(), "errorMessage": self.message}
            return json_response(body, status=self.status, headers=self.headers)
        if "errors-google" in dialect and not self.oauth:
            # Google answers every invalid argument with 400 (our 422 too).
            status = 400 if self.status == 422 else self.status
            return json_response(self.google_body(), status=status, headers=self.headers)
        return json_response(self.body(), status=self.status, headers=self.headers)


# google.rpc.Code names by HTTP status (Google's API design guide, "Errors").
_GOOGLE_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    413: "INVALID_ARGUMENT",
    415: "INVALID_ARGUMENT",
    422: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


def _dialect_of(request: Request) -> frozenset[str]:
    state = getattr(request.app.state, "simulator", None)
    return getattr(state, "dialect", frozenset())


def json_response(
    content: object,
    status: int = 200,
    media_type: str = JSON,
    headers: Mapping[str, str] | None = None,
) -> Response:
    return JSONResponse(content, status_code=status, media_type=media_type, headers=headers)


def invalid_fields(problems: Sequence[FieldProblem]) -> ApiError:
    names = ", ".join(dict.fromkeys(problem.field for problem in problems))
    count = len(problems)
    noun = "problem" if count == 1 else "problems"
    return ApiError(
        422,
        "invalid_fields",
        f"The request has {count} field {noun} ({names}); correct them and send it again.",
        problems,
    )


def invalid_query(problems: Sequence[FieldProblem]) -> ApiError:
    names = ", ".join(dict.fromkeys(problem.field for problem in problems))
    return ApiError(
        400,
        "invalid_request",
        f"Invalid query parameter value ({names}); see 'fields' for the values allowed.",
        problems,
    )


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)


_HTTP_ERROR_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    410: "gone",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_fields",
    429: "rate_limited",
    500: "server_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


def error_code(status: int) -> str:
    return _HTTP_ERROR_CODES.get(status, "server_error" if status >= 500 else "invalid_request")


async def api_error_handler(request: Request, exc: Exception) -> Response:
    if isinstance(exc, ApiError):
        return exc.response(_dialect_of(request))
    raise exc


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """Starlette's own 404/405 (no route, wrong verb) in the contract's shape."""
    status = getattr(exc, "status_code", 500)
    headers: Mapping[str, str] = getattr(exc, "headers", None) or {}
    where = f"{request.method} {request.url.path}"
    if status == 404:
        message = (
            f"There is no endpoint {where}. The simulator serves /oauth/token, /api/providers, "
            "/api/identifications/{refId}, /api/evidences/verify, /isp/... and /_sim/..."
        )
    elif status == 405:
        allowed = headers.get("Allow") or headers.get("allow") or "another method"
        message = f"{request.method} is not allowed on {request.url.path}; use {allowed}."
    else:
        message = str(getattr(exc, "detail", "")) or f"{where} failed with HTTP {status}."
    return ApiError(status, error_code(status), message, headers=headers).response(
        _dialect_of(request)
    )


async def server_error_handler(request: Request, exc: Exception) -> Response:
    return ApiError(
        500,
        "server_error",
        f"The simulator failed on {request.method} {request.url.path} ({type(exc).__name__}); "
        "this is a simulator bug, please report it.",
    ).response(_dialect_of(request))
