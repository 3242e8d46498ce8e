"""Everything the simulator holds in memory, in one object (handy for tests and benchmarks)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.simulator.auth import TokenStore
from kiosk.simulator.clock import SimClock
from kiosk.simulator.faults import FaultBook
from kiosk.simulator.orders import OrderStore


@dataclass
class SimulatorState:
    clock: SimClock
    tokens: TokenStore
    orders: OrderStore
    faults: FaultBook

    @classmethod
    def create(cls, speed: float = 60.0) -> SimulatorState:
        clock = SimClock(speed)
        return cls(clock=clock, tokens=TokenStore(), orders=OrderStore(clock), faults=FaultBook())
