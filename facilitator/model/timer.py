"""Reading a module's timer: elapsed, remaining, and the colour phase the room sees."""

import datetime as dt
from enum import StrEnum

from .records import ModuleInstance

WARNING_MIN_SECONDS = 60      # always warn in the last minute
WARNING_SHARE = 0.2           # ... or in the last 20% of a long module
WARNING_MAX_SECONDS = 300     # ... but never turn orange more than five minutes before the end


class TimerPhase(StrEnum):
    IDLE = "idle"          # not started yet
    NORMAL = "normal"
    WARNING = "warning"    # nearly out of time
    OVERTIME = "overtime"  # past the timebox, counting up


def elapsed(module: ModuleInstance, now: dt.datetime) -> float:
    running = (now - module.running_since).total_seconds() if module.running_since else 0.0
    return module.spent_seconds + max(0.0, running)


def remaining(module: ModuleInstance, now: dt.datetime) -> float:
    """Seconds left; negative once in overtime."""
    return module.timebox_seconds - elapsed(module, now)


def warning_seconds(timebox: float) -> float:
    return min(WARNING_MAX_SECONDS, max(WARNING_MIN_SECONDS, WARNING_SHARE * timebox))


def phase(module: ModuleInstance, now: dt.datetime) -> TimerPhase:
    if module.running_since is None and module.spent_seconds == 0:
        return TimerPhase.IDLE
    left = remaining(module, now)
    if left < 0:
        return TimerPhase.OVERTIME
    if left <= warning_seconds(module.timebox_seconds):
        return TimerPhase.WARNING
    return TimerPhase.NORMAL


def format_clock(seconds: float) -> str:
    """'12:05' for time left, '+3:20' in overtime; whole seconds, rounded up while counting down."""
    if seconds < 0:
        whole = int(-seconds)
        sign = "+"
    else:
        whole = int(seconds) + (0 if seconds == int(seconds) else 1)
        sign = ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
