"""Run a coroutine on its own event loop in a worker thread, awaitable from any loop.

The bandwidth probes pump megabytes through Python; on the GUI's event loop every chunk would be
a callback between two frames. In a worker thread the GUI thread only waits for the GIL, which
Python hands over every few milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def in_worker_thread(
    work: Callable[[threading.Event], Coroutine[Any, Any, T]], name: str
) -> T:
    """Run ``work(stop)`` in a new thread with its own loop. Cancelling the caller sets
    ``stop``; ``work`` must check it often and must end by itself (its own deadline)."""
    caller = asyncio.get_running_loop()
    result: asyncio.Future[T] = caller.create_future()
    stop = threading.Event()

    def deliver(outcome: Callable[[], None]) -> None:
        with contextlib.suppress(RuntimeError):  # the caller's loop is closed: nobody waits
            caller.call_soon_threadsafe(outcome)

    def settle_value(value: T) -> None:
        if not result.done():
            result.set_result(value)

    def settle_error(exc: BaseException) -> None:
        if not result.done():
            result.set_exception(exc)

    def target() -> None:
        try:
            value = asyncio.run(work(stop))
        except BaseException as exc:  # handed to the caller, which decides
            deliver(functools.partial(settle_error, exc))
        else:
            deliver(functools.partial(settle_value, value))

    threading.Thread(target=target, name=name, daemon=True).start()
    try:
        return await result
    finally:
        stop.set()
