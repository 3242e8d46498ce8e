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
    # Where phones reach the simulator (training on the branch network): the eID deep link's
    # origin, e.g. "http://192.168.1.20:8765". None: the caller's origin (loopback).
    phone_base: str | None = None

    @classmethod
    def create(cls, speed: float = 60.0) -> SimulatorState:
        clock = SimClock(speed)
        return cls(clock=clock, tokens=TokenStore(), orders=OrderStore(clock), faults=FaultBook())
