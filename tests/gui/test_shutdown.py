"""Shutting down closes every service, also when Qt has already deleted the window's native
window (the X server went away, the window was made again) or one clean-up step fails."""

from __future__ import annotations

import asyncio
import logging

import pytest
from shiboken6 import Shiboken

from kiosk.app.clean_up import aclose_steps, close_steps
from kiosk.app.session import Session
from tests.gui.conftest import Kiosk, run


def test_services_close_after_the_native_window_is_gone(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    handle = kiosk.window.windowHandle()
    assert handle is not None
    kiosk.window.destroy()  # Qt deletes the QWindow the idle timer watches
    assert not Shiboken.isValid(handle)
    run(
        kiosk.loop, Session(kiosk.ctl, kiosk.terminal).aclose()
    )  # raised "already deleted" and left the journal open
    with pytest.raises(RuntimeError):
        run(kiosk.loop, kiosk.terminal.holder.tracking.journal_orders())
    assert "shutdown:" not in caplog.text  # the idle timer let go of the deleted window


def test_a_failing_step_does_not_skip_the_next(caplog: pytest.LogCaptureFixture) -> None:
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("Internal C++ object already deleted")

    async def closing() -> None:
        done.append("async")

    caplog.set_level(logging.ERROR)
    close_steps(broken, lambda: done.append("sync"))
    asyncio.run(aclose_steps(closing))
    assert done == ["sync", "async"]
    assert "shutdown: test_a_failing_step_does_not_skip_the_next.<locals>.broken failed" in (
        caplog.text
    )
