"""What the kiosk knows about the customer at the terminal: in memory, for one session only."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.srs import IdentityData, Method, MethodSpec, StartedIdentification


@dataclass
class CustomerSession:
    language: str
    method: Method | None = None
    spec: MethodSpec | None = None
    identity: IdentityData | None = None
    # The current order's start answer (target URL, tokens); the order itself is tracked
    # outside the session and outlives it.
    started: StartedIdentification | None = None
    match_all_data: bool = False

    @property
    def method_name(self) -> str:
        return self.method.name if self.method is not None else ""
