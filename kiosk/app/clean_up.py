"""Clean-up at shutdown that runs to the end: a step that fails (a bug, a Qt object deleted
meanwhile, a disk error) is logged and the next ones still run, so the journal, the tracker
and the simulator are closed whatever came before them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


def _name(step: object) -> str:
    return str(getattr(step, "__qualname__", step))


def close_steps(*steps: Callable[[], object]) -> None:
    """Run each clean-up step in turn; one that fails is logged, the next ones still run."""
    for step in steps:
        try:
            step()
        except Exception:  # the rest of the clean-up goes on
            log.exception("shutdown: %s failed", _name(step))


async def aclose_steps(*steps: Callable[[], Awaitable[object]]) -> None:
    """``close_steps`` for awaited steps."""
    for step in steps:
        try:
            await step()
        except Exception:
            log.exception("shutdown: %s failed", _name(step))
