"""Planned and projected times for the agenda, recomputed as modules run long or short."""

import datetime as dt
from dataclasses import dataclass

from .records import ModuleInstance, ModuleState
from .session import Session
from .timer import elapsed

FINISHED = (ModuleState.DONE, ModuleState.SKIPPED)


@dataclass(frozen=True)
class PlanRow:
    module_id: str
    planned_start: dt.datetime
    planned_end: dt.datetime
    spent_seconds: float
    projected_start: dt.datetime | None  # None once a module is done or skipped
    projected_end: dt.datetime | None


@dataclass(frozen=True)
class AgendaPlan:
    rows: list[PlanRow]
    planned_end: dt.datetime
    projected_end: dt.datetime

    @property
    def drift_seconds(self) -> float:
        """Positive when the session runs late."""
        return (self.projected_end - self.planned_end).total_seconds()


def session_start(session: Session, now: dt.datetime) -> dt.datetime:
    """The planned start: the meta's date and start time on this machine's clock; else when the
    first module began; else now (nothing has started and no time was planned)."""
    if session.meta.start_time is not None:
        return dt.datetime.combine(session.meta.date, session.meta.start_time).astimezone().astimezone(dt.UTC)
    return session.room.started_at or now


def still_needed(module: ModuleInstance, now: dt.datetime) -> float:
    if module.state in FINISHED:
        return 0.0
    return max(0.0, module.timebox_seconds - elapsed(module, now))


def plan(session: Session, now: dt.datetime, start: dt.datetime | None = None) -> AgendaPlan:
    """Planned times run from ``start``; projected times from ``now``.

    Every module not yet done or skipped still needs the rest of its timebox: the current one
    first, then the ones after it, then any earlier ones that were passed over.
    """
    start = start or session_start(session, now)
    planned: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    cursor = start
    for module in session.agenda:
        end = cursor + dt.timedelta(seconds=0 if module.state == ModuleState.SKIPPED else module.timebox_seconds)
        planned[module.id] = (cursor, end)
        cursor = end
    planned_end = cursor

    order = list(session.agenda)
    current = session.room.current_module_id
    ids = [m.id for m in order]
    if current in ids:
        i = ids.index(current)
        order = order[i:] + order[:i]
    projected: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    cursor = now if current in ids else max(start, now)
    for module in order:
        if module.state in FINISHED:
            continue
        end = cursor + dt.timedelta(seconds=still_needed(module, now))
        projected[module.id] = (cursor, end)
        cursor = end

    rows = [PlanRow(m.id, *planned[m.id], elapsed(m, now), *projected.get(m.id, (None, None)))
            for m in session.agenda]
    return AgendaPlan(rows, planned_end, cursor)
