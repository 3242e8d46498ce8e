"""GUI test helpers: asyncio on the Qt loop (qasync), as the kiosk runs it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
import qasync
from PySide6.QtWidgets import QApplication


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)


def wait_for(loop: qasync.QEventLoop, predicate: Callable[[], bool],
             timeout: float = 10.0) -> None:
    """Run the Qt + asyncio loop until ``predicate`` holds (or fail after ``timeout``)."""

    async def until() -> None:
        while not predicate():  # noqa: ASYNC110 - polls widget state: no event to await
            await asyncio.sleep(0.01)

    loop.run_until_complete(asyncio.wait_for(until(), timeout))
