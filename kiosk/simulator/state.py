"""Everything the simulator holds in memory, in one object (handy for tests and benchmarks)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.simulator.auth import TokenStore
from kiosk.simulator.clock import SimClock
from kiosk.simulator.dialects import Dialect
from kiosk.simulator.faults import FaultBook
from kiosk.simulator.orders import UNPACED, OrderStore, Pace


@dataclass
class SimulatorState:
    clock: SimClock
    tokens: TokenStore
    orders: OrderStore
    faults: FaultBook
    # Where phones reach the simulator (training on the branch network): the eID deep link's
    # origin, e.g. "http://192.168.1.20:8765". None: the caller's origin (loopback).
    phone_base: str | None = None
    # The readings of the guide's ambiguities this simulator plays (empty: the default).
    dialect: Dialect = field(default_factory=Dialect)

    @classmethod
    def create(
        cls, speed: float = 60.0, dialects: Iterable[str] = (), pace: Pace = UNPACED
    ) -> SimulatorState:
        """`dialects`: names from `kiosk.simulator.dialects.DIALECTS` (UnknownDialectError
        names a wrong one); `pace`: the simulated customer's, for people watching."""
        dialect = dialects if isinstance(dialects, Dialect) else Dialect(dialects)
        clock = SimClock(speed)
        return cls(
            clock=clock,
            tokens=TokenStore(),
            orders=OrderStore(clock, dialect, pace),
            faults=FaultBook(),
            dialect=dialect,
        )
