"""Sending one HTTP request with a timeout and, where it is safe, retries.

Which failures are retried depends on whether repeating the request is harmless:

* idempotent calls (token, list, status, cancel, verify): connect errors, timeouts, dropped
  connections, 5xx and 429 are retried with exponential backoff and jitter, waiting for the
  server's ``Retry-After`` when it sends one;
* a start creates an order at the provider. Once its bytes may have reached the server, a retry
  could create a second order (a second target URL, a second bill) and we cannot tell from a
  timeout or a 503 whether the first one was made. So only failures that prove the request never
  left this machine are retried: connect errors and pool timeouts. Everything else surfaces at once
  as ServiceUnavailable and staff decide (the tracker's order list shows what exists).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from .errors import ServiceUnavailable
from .retry import RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)

# Failures where the request cannot have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport failures that are our own bug or configuration, never worth a retry.
_PERMANENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class _RetryableAnswer(Exception):  # noqa: N818 (a signal, not an error)
    """A 5xx or 429 answer, raised inside the retry loop so tenacity sees it."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.retry_after_s = parse_retry_after(response.headers.get("Retry-After"))


def _is_retryable_status(status: int) -> bool:
    return status == 429 or 500 <= status <= 599


def _short(exc: BaseException | None) -> str:
    if exc is None:
        return "?"
    text = str(exc)
    if isinstance(exc, _RetryableAnswer):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


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

    def __init__(self, http: httpx.AsyncClient, timeout_s: float, policy: RetryPolicy) -> None:
        self._http = http
        self._timeout = httpx.Timeout(timeout_s)
        self._timeout_s = timeout_s
        self._policy = policy

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
        """The server's answer. 5xx/429 come back only where retries are not allowed; when
        retries run out (or the server was never reached) this raises ServiceUnavailable."""

        def should_retry(exc: BaseException) -> bool:
            if isinstance(exc, _RetryableAnswer):
                return idempotent
            if isinstance(exc, _PERMANENT) or not isinstance(exc, httpx.TransportError):
                return False
            return idempotent or isinstance(exc, _NOT_SENT)

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            retry_after = exc.retry_after_s if isinstance(exc, _RetryableAnswer) else None
            return self._policy.wait_s(state.attempt_number, retry_after)

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            wait_s = state.next_action.sleep if state.next_action else 0.0
            log.warning(
                "%s %s failed (%s); retry %d of %d in %.2f s",
                method,
                httpx.URL(url).path,
                _short(exc),
                state.attempt_number,
                self._policy.attempts - 1,
                wait_s,
            )

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._policy.attempts),
            wait=wait,
            retry=retry_if_exception(should_retry),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    response = await self._http.request(
                        method,
                        url,
                        headers=headers,
                        params=params,
                        json=json,
                        data=data,
                        timeout=self._timeout,
                    )
                    if idempotent and _is_retryable_status(response.status_code):
                        await response.aread()
                        raise _RetryableAnswer(response)
                    return response
        except _RetryableAnswer as exc:
            raise unavailable_from(exc.response, service) from None
        except httpx.TransportError as exc:
            raise ServiceUnavailable(_describe(exc, service, self._timeout_s)) from exc
        raise AssertionError("unreachable: tenacity either returns or re-raises")


def unavailable_from(response: httpx.Response, service: str) -> ServiceUnavailable:
    """ServiceUnavailable for a 5xx/429 answer."""
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    status = response.status_code
    if status == 429:
        message = f"{service} is busy (too many requests); try again"
    else:
        message = f"{service} answered with a server error (HTTP {status}); try again"
    message += f" in {retry_after:.0f} s" if retry_after else " in a moment"
    return ServiceUnavailable(message, status_code=status, retry_after_s=retry_after)
