"""The simulated clock: real elapsed time times a speed factor, plus manual advances."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class SimClock:
    """Simulated seconds since the simulator started (its epoch is the real start time).

    Changing the speed re-bases the clock so simulated time never jumps backwards.
    """

    def __init__(self, speed: float = 60.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._lock = threading.Lock()
        self._epoch = datetime.now(UTC).replace(microsecond=0)
        self._base_real = time.monotonic()
        self._base_sim = 0.0
        self._speed = speed

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        with self._lock:
            return self._now_locked()

    def _now_locked(self) -> float:
        return self._base_sim + (time.monotonic() - self._base_real) * self._speed

    def set_speed(self, speed: float) -> None:
        """A new speed from now on; 0 freezes the clock (tests step it with `advance`)."""
        if speed < 0:
            raise ValueError("speed must not be negative")
        with self._lock:
            self._base_sim = self._now_locked()
            self._base_real = time.monotonic()
            self._speed = speed

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._base_sim += seconds

    def wall(self, sim_seconds: float) -> datetime:
        return self._epoch + timedelta(seconds=sim_seconds)

    def iso(self, sim_seconds: float) -> str:
        """ISO-8601 UTC with a `Z`, whole seconds, as the status history carries it."""
        return self.wall(sim_seconds).strftime("%Y-%m-%dT%H:%M:%SZ")
