"""Sending one HTTP request with a timeout, an overall deadline, a size limit and, where it is
safe, retries.

Which failures are retried depends on whether repeating the request is harmless:

* idempotent calls (token, list, status, cancel, verify): connect errors, timeouts, dropped
  connections, 5xx and 429 are retried with exponential backoff and jitter, waiting for the
  server's ``Retry-After`` when it sends one;
* a start creates an order at the provider. Once its bytes may have reached the server, a retry
  could create a second order (a second target URL, a second bill) and we cannot tell from a
  timeout, a dropped connection or a 500/502/504 whether the first one was made. So only failures
  that prove nothing was processed are retried: connect errors and pool timeouts (never sent),
  429 and 503 (the server says it did not take the request: RFC 6585 §4, RFC 9110 §15.6.4), at
  most ``START_ATTEMPTS`` times. Everything else surfaces at once as ServiceUnavailable.

Every call (all its attempts and waits) ends within ``deadline_s``: a server that drips its answer
a byte at a time never trips the per-read timeout, so the deadline is what stops it. A retry whose
wait would end past the deadline is not made. Answers are read as a stream and refused past
``max_answer_bytes``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import httpx

from .errors import MalformedResponse, ServiceUnavailable
from .retry import RetryPolicy, parse_retry_after
from .wire import error_body

log = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 1 << 20  # 1 MiB: a method list or a status is a few KiB
START_ATTEMPTS = 3  # a start refused with 429/503, tried again after Retry-After
_MAX_REDIRECTS = 5  # a POST sent on to a new address at most this often
_RESEND = frozenset({301, 302, 307, 308})  # a POST goes on to Location as it was (not 303)
# Failures where the request cannot have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport failures that are our own bug or configuration, never worth a retry.
_PERMANENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
# Answers that say the server did not process the request at all.
_NOT_PROCESSED = frozenset({429, 503})
# Headers that describe the body as it came over the wire, not the decoded bytes we keep.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


# The loop time by which the current call (token fetch, retries and all) must be done.
_CALL_DEADLINE: ContextVar[float | None] = ContextVar("srs_call_deadline", default=None)


class _TooLarge(Exception):  # noqa: N818 (a signal, not an error)
    pass


def _is_retryable_status(status: int, idempotent: bool) -> bool:
    if idempotent:
        return status == 429 or 500 <= status <= 599
    return status in _NOT_PROCESSED


def _describe(exc: BaseException, service: str, timeout_s: float) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"{service} did not answer within {timeout_s:g} s; check the network and try again"
    if isinstance(exc, httpx.ConnectError):
        return f"{service} could not be reached; check the network connection and the address"
    # A reset (ReadError/WriteError) is the same event as a clean close seen a moment later.
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return f"{service} closed the connection without answering; try again shortly"
    return f"{service} could not be reached ({type(exc).__name__}); try again shortly"


class Sender:
    """Sends requests through one shared ``httpx.AsyncClient`` with a timeout and retries."""

    def __init__(
        self,
        http: httpx.AsyncClient | Callable[[], httpx.AsyncClient],
        timeout_s: float,
        policy: RetryPolicy,
        *,
        deadline_s: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self._http_source = http  # or what makes it on the first request
        self._timeout = httpx.Timeout(timeout_s)
        self._timeout_s = timeout_s
        self._policy = policy
        self.deadline_s = deadline_s if deadline_s is not None else 2 * timeout_s
        self._max_bytes = max_answer_bytes

    @property
    def _http(self) -> httpx.AsyncClient:
        source = self._http_source
        return source if isinstance(source, httpx.AsyncClient) else source()

    @contextlib.contextmanager
    def call(self) -> Iterator[None]:
        """One deadline of ``deadline_s`` for every request sent inside (the token fetch, the
        call, its retries); a call inside another keeps the outer deadline."""
        if _CALL_DEADLINE.get() is not None:
            yield
            return
        reset = _CALL_DEADLINE.set(asyncio.get_running_loop().time() + self.deadline_s)
        try:
            yield
        finally:
            _CALL_DEADLINE.reset(reset)

    async def send(
        self,
        method: str,
        url: str,
        *,
        service: str,
        idempotent: bool,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        json: Any = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The server's answer. A 5xx/429 comes back only where it may not be retried; when
        retries run out, the deadline passes or the server was never reached this raises
        ServiceUnavailable; an answer over the size limit raises MalformedResponse."""
        loop = asyncio.get_running_loop()
        deadline = _CALL_DEADLINE.get() or loop.time() + self.deadline_s
        attempts = self._policy.attempts
        path = httpx.URL(url).path
        attempt = 0
        while True:
            attempt += 1
            failure: httpx.TransportError | None = None
            response: httpx.Response | None = None
            try:
                async with asyncio.timeout_at(deadline):
                    response = await self._once(method, url, headers, params, json, data)
            except TimeoutError:
                log.warning("%s %s: no complete answer within %g s", method, path, self.deadline_s)
                raise ServiceUnavailable(
                    f"{service} did not answer within {self.deadline_s:g} s (all attempts "
                    "included); check the network and try again"
                ) from None
            except _TooLarge:
                log.error("%s %s: answer over %d bytes, not read", method, path, self._max_bytes)
                raise MalformedResponse(
                    f"{service} sent an answer larger than {self._max_bytes // 1024} KiB; "
                    "it was not read (check the service address)"
                ) from None
            except _PERMANENT as exc:
                raise ServiceUnavailable(_describe(exc, service, self._timeout_s)) from exc
            except httpx.TransportError as exc:
                failure = exc
            if response is not None and not _is_retryable_status(response.status_code, idempotent):
                return response
            retry_after = (
                parse_retry_after(response.headers.get("Retry-After")) if response else None
            )
            may_retry = (
                idempotent
                or isinstance(failure, _NOT_SENT)
                or (response is not None and attempt < START_ATTEMPTS)
            )
            wait_s = self._policy.wait_s(attempt, retry_after)
            if not may_retry or attempt >= attempts or loop.time() + wait_s >= deadline:
                if response is not None:
                    raise unavailable_from(response, service)
                assert failure is not None
                raise ServiceUnavailable(_describe(failure, service, self._timeout_s)) from failure
            log.warning(
                "%s %s failed (%s); retry %d of %d in %.2f s",
                method,
                path,
                f"HTTP {response.status_code}" if response is not None else _short(failure),
                attempt,
                (attempts if idempotent or failure else min(attempts, START_ATTEMPTS)) - 1,
                wait_s,
            )
            await asyncio.sleep(wait_s)

    async def _once(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        params: Any,
        json: Any,
        data: Mapping[str, str] | None,
    ) -> httpx.Response:
        """One request, its body read as a stream up to the size limit."""
        request = self._http.build_request(
            method,
            url,
            headers=headers,
            params=params,
            json=json,
            data=data,
            timeout=self._timeout,
        )
        # GET and DELETE follow redirects as httpx does; a POST is sent again, as it was, to
        # where a 301/302/307/308 points (httpx would turn a 301/302 POST into a bodiless GET),
        # but only on the same origin: its body may hold the client secret or a customer's data.
        response = await self._http.send(request, stream=True, follow_redirects=method != "POST")
        for _ in range(_MAX_REDIRECTS):
            location = response.headers.get("Location")
            if method != "POST" or response.status_code not in _RESEND or not location:
                break
            target = request.url.join(location)
            if not _same_origin(request.url, target):
                log.warning(
                    "%s %s: not sent on to another host (%s)", method, request.url.path, target.host
                )
                break
            await response.aclose()
            request = self._moved(request, target)
            response = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self._max_bytes:
                raise _TooLarge
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > self._max_bytes:
                    raise _TooLarge
        finally:
            await response.aclose()
        kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(
            response.status_code, headers=kept, content=bytes(body), request=request
        )

    def _moved(self, request: httpx.Request, url: httpx.URL) -> httpx.Request:
        """``request`` again, headers and body, to ``url`` (of the same origin)."""
        headers = {
            k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")
        }
        return self._http.build_request(
            request.method,
            url,
            headers=headers,
            content=request.content,
            timeout=self._timeout,
        )


def _same_origin(old: httpx.URL, new: httpx.URL) -> bool:
    """Whether a POST (its credentials and body) may follow a redirect from ``old`` to ``new``:
    the same host and port, or the same host moved from http to https (as httpx rules)."""
    if old.host != new.host:
        return False
    if (old.scheme, old.port) == (new.scheme, new.port):
        return True
    return (old.scheme, new.scheme) == ("http", "https") and new.port in (None, 443)


def _short(exc: BaseException | None) -> str:
    if exc is None:
        return "?"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def moved_to(response: httpx.Response) -> str:
    """Where a redirect not followed points, for a message: "HTTP 308 to host"."""
    location = response.headers.get("Location", "")
    host = response.request.url.join(location).host if location else ""
    return f"HTTP {response.status_code} to {host}" if host else f"HTTP {response.status_code}"


def unavailable_from(response: httpx.Response, service: str) -> ServiceUnavailable:
    """ServiceUnavailable for a 5xx/429 answer."""
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    status = response.status_code
    if status == 429:
        message = f"{service} is busy (too many requests); try again"
    else:
        message = f"{service} answered with a server error (HTTP {status}); try again"
    message += f" in {retry_after:.0f} s" if retry_after else " in a moment"
    body = error_body(response)
    return ServiceUnavailable(
        message,
        status_code=status,
        code=body.error,
        retry_after_s=retry_after,
        server_text=body.text or "",
    )
