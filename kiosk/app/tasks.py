"""One pattern for asynchronous work started from the UI: a slot holds at most one task.

Starting a new run cancels the previous one; the slot keeps a strong reference (asyncio only
keeps weak ones), applies a timeout, and ``cancel()`` is what a screen calls when it is left.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class TaskSlot:
    """At most one task at a time; a new ``start`` cancels the one before."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._task: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def start(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run ``work``, cancelling the previous run. ``work`` awaits its calls through
        :func:`within` and shows its own errors."""
        self.cancel()
        task = asyncio.ensure_future(work)
        task.add_done_callback(self._done)
        self._task = task
        return task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def _done(self, task: asyncio.Task[None]) -> None:
        if task is self._task:
            self._task = None
        if not task.cancelled() and (exc := task.exception()) is not None:
            # Handlers show their errors themselves; anything left here is a programming error:
            # the loop's exception handler has it (in the kiosk: kiosk.app.recovery, which logs
            # it, wipes the session and tells staff).
            task.get_loop().call_exception_handler(
                {"message": f"task {self._name} failed", "exception": exc, "task": task}
            )


async def within(call: Coroutine[Any, Any, T], timeout_s: float) -> T:
    """Await ``call``, raising TimeoutError after ``timeout_s``."""
    return await asyncio.wait_for(call, timeout_s)
