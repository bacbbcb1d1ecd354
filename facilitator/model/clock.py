"""Time for timers: wall-clock readings that never jump, and a clock tests can drive."""

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""


class MonotonicClock:
    """UTC time anchored once at start, then advanced by the monotonic clock.

    A timer must not jump when the laptop's clock is corrected mid-session (NTP, a time zone
    change); times stored in the session still read as ordinary UTC timestamps.
    """

    def __init__(self) -> None:
        self._wall = dt.datetime.now(dt.UTC)
        self._mono = time.monotonic()

    def now(self) -> dt.datetime:
        return self._wall + dt.timedelta(seconds=time.monotonic() - self._mono)


class ManualClock:
    """A clock that moves only when told to: for tests and benchmarks."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += dt.timedelta(seconds=seconds)
