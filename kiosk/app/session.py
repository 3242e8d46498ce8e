"""The terminal's services and the customer's flow on them, as the composition root
(kiosk.composition) builds them: what the window attaches to, closed as one."""

from __future__ import annotations

from dataclasses import dataclass

from .clean_up import close_steps
from .flow import CustomerFlow
from .terminal import Terminal


@dataclass(frozen=True)
class Session:
    """``terminal``: the services (staff screens take one of them); ``flow``: the customer's
    path on them (the terminal is its child: deleting the flow deletes both)."""

    flow: CustomerFlow
    terminal: Terminal

    async def aclose(self) -> None:
        """The flow's timers stopped, then the services closed (``await
        terminal.start_tracking()`` on the loop started them)."""
        close_steps(self.flow.shutdown)  # a failure here must not keep the services open
        await self.terminal.aclose()
