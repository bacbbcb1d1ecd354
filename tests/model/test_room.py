"""Timers, moving through the agenda, and the projected end of the session (with a manual clock)."""

import datetime as dt

import pytest
from factories import session

from facilitator.errors import OperationError
from facilitator.model import History, SessionDocument
from facilitator.model.agenda_plan import plan
from facilitator.model.clock import ManualClock
from facilitator.model.operations import (
    AddTime,
    CheckpointTimer,
    GoToModule,
    PauseTimer,
    ResetTimer,
    SetSkipped,
    StartTimer,
)
from facilitator.model.timer import TimerPhase, elapsed, format_clock, phase, remaining, warning_seconds


@pytest.fixture
def room():
    clock = ManualClock()
    doc = SessionDocument(session(modules=3))
    return clock, doc, History(doc)


def test_timer_counts_only_while_running(room):
    clock, doc, history = room
    m = lambda: doc.session.module("m0")  # noqa: E731
    assert phase(m(), clock.now()) == TimerPhase.IDLE
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(100)
    assert elapsed(m(), clock.now()) == 100
    history.do(PauseTimer(module_id="m0", at=clock.now()))
    clock.advance(1000)
    assert elapsed(m(), clock.now()) == 100 and m().state == "paused"
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(50)
    assert remaining(m(), clock.now()) == 600 - 150


def test_phases_normal_warning_overtime(room):
    clock, doc, history = room
    history.do(StartTimer(module_id="m0", at=clock.now()))  # 600 s timebox: warn in the last 120 s
    assert warning_seconds(600) == 120
    clock.advance(479)
    assert phase(doc.session.module("m0"), clock.now()) == TimerPhase.NORMAL
    clock.advance(2)
    assert phase(doc.session.module("m0"), clock.now()) == TimerPhase.WARNING
    clock.advance(120)
    assert phase(doc.session.module("m0"), clock.now()) == TimerPhase.OVERTIME
    assert format_clock(remaining(doc.session.module("m0"), clock.now())) == "+0:01"


@pytest.mark.parametrize("timebox,warn", [(120, 60), (300, 60), (600, 120), (2700, 300)])
def test_warning_is_the_last_minute_or_20_percent_capped_at_five_minutes(timebox, warn):
    assert warning_seconds(timebox) == warn


@pytest.mark.parametrize("seconds,text", [(600, "10:00"), (59.2, "1:00"), (0.5, "0:01"), (0, "0:00"),
                                          (-61, "+1:01"), (3725, "1:02:05")])
def test_clock_format(seconds, text):
    assert format_clock(seconds) == text


def test_add_time_and_reset_are_undoable(room):
    clock, doc, history = room
    history.do(AddTime(module_id="m0", seconds=300))
    assert doc.session.module("m0").timebox_seconds == 900
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(30)
    history.do(ResetTimer(module_id="m0"))
    assert elapsed(doc.session.module("m0"), clock.now()) == 0
    history.undo()
    assert elapsed(doc.session.module("m0"), clock.now()) == 30
    with pytest.raises(OperationError, match="at least one minute"):
        history.do(AddTime(module_id="m0", seconds=-900))


def test_checkpoint_keeps_elapsed_and_moves_the_start(room):
    clock, doc, history = room
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(42)
    doc.apply(CheckpointTimer(module_id="m0", at=clock.now()))
    m = doc.session.module("m0")
    assert m.spent_seconds == 42 and m.running_since == clock.now() and elapsed(m, clock.now()) == 42


def test_starting_twice_or_pausing_a_stopped_timer_is_refused(room):
    clock, doc, history = room
    with pytest.raises(OperationError, match="not running"):
        history.do(PauseTimer(module_id="m0", at=clock.now()))
    history.do(StartTimer(module_id="m0", at=clock.now()))
    with pytest.raises(OperationError, match="already running"):
        history.do(StartTimer(module_id="m0", at=clock.now()))


def test_going_to_the_next_module_closes_the_one_left_and_undo_reopens_it(room):
    clock, doc, history = room
    history.do(GoToModule(module_id="m0", at=clock.now()))
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(200)
    history.do(GoToModule(module_id="m1", at=clock.now()))
    s = doc.session
    assert s.room.current_module_id == "m1"
    assert s.module("m0").state == "done" and s.module("m0").running_since is None
    assert elapsed(s.module("m0"), clock.now()) == 200
    history.undo()  # an accidental advance
    assert s.room.current_module_id == "m0" and s.module("m0").state == "running"
    clock.advance(10)
    assert elapsed(s.module("m0"), clock.now()) == 210, "the timer kept running through the mistake"


def test_projected_end_follows_modules_running_long_or_short(room):
    clock, doc, history = room
    start = clock.now()
    assert plan(doc.session, clock.now(), start).projected_end == start + dt.timedelta(seconds=1800)
    history.do(GoToModule(module_id="m0", at=clock.now()))
    history.do(StartTimer(module_id="m0", at=clock.now()))
    clock.advance(900)  # 5 minutes over on a 10-minute module
    p = plan(doc.session, clock.now(), start)
    assert p.planned_end == start + dt.timedelta(seconds=1800)
    assert p.projected_end == clock.now() + dt.timedelta(seconds=1200)
    assert p.drift_seconds == 300
    history.do(GoToModule(module_id="m1", at=clock.now()))
    history.do(SetSkipped(module_id="m2", skipped=True, at=clock.now()))
    p = plan(doc.session, clock.now(), start)
    assert p.projected_end == clock.now() + dt.timedelta(seconds=600)
    assert p.rows[0].projected_end is None and p.rows[0].spent_seconds == 900
    assert p.planned_end == start + dt.timedelta(seconds=1200), "a skipped module takes no planned time"


def test_session_not_started_late_projects_from_now(room):
    clock, doc, _ = room
    start = clock.now() - dt.timedelta(minutes=10)
    p = plan(doc.session, clock.now(), start)
    assert p.projected_end == clock.now() + dt.timedelta(seconds=1800)
    assert p.drift_seconds == 600
