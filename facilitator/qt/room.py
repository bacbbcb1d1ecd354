"""The room's state beyond the session file: the tick, blackout, the time-up signal.

Every change to the session goes through here as a named operation on the history, so the
console's buttons, keys and menus all share one path, and errors reach the user as one sentence.
"""

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from ..errors import FacilitatorError
from ..model.operations import AddTime, CheckpointTimer, GoToModule, Operation, PauseTimer, ResetTimer, StartTimer
from ..model.timer import remaining
from .beamer.frame import BeamerFrame
from .beamer.frame_builder import build_frame
from .chime import Chime
from .context import AppContext
from .i18n import RoomText

TICK_MS = 250
CHECKPOINT_SECONDS = 5.0
FLASH_SECONDS = 6.0


class RoomController(QObject):
    frame_changed = Signal()      # the beamer picture changed
    ticked = Signal()             # time moved on (console clocks, agenda times)
    error = Signal(str)           # one sentence for the user
    time_up = Signal(str)         # module title; the chime and the flash start

    def __init__(self, context: AppContext, chime: Chime | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__()
        self.context = context
        self.chime = chime or Chime()
        self.blackout = False
        self.agreement_on_beamer = False
        self.agreement_page = 0     # the agreement page on the beamer (sign-off module, Ctrl+E's view)
        self.summary_for = lambda _kind: None  # a module kind's result in a few lines; set by the app
        self._flash_until: dt.datetime | None = None
        self._last_checkpoint = context.clock.now()
        self._was_positive: bool | None = None
        self._room_text = RoomText(context.session.meta.language.value)
        self._frame: BeamerFrame | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        context.document.changed.connect(self._on_changed)
        self._recover_interrupted_timers()
        self._timer.start()

    # -- state -----------------------------------------------------------------------------

    @property
    def now(self) -> dt.datetime:
        return self.context.clock.now()

    @property
    def session(self):
        return self.context.session

    @property
    def room_text(self) -> RoomText:
        """Translate a room-facing string into the session's language."""
        return self._room_text

    def frame(self) -> BeamerFrame:
        if self._frame is None:
            flash = self._flash_until is not None and self.now < self._flash_until
            self._frame = build_frame(self.session, self.now, self._room_text, blackout=self.blackout, flash=flash,
                                      agreement=self.agreement_on_beamer, summary_for=self.summary_for,
                                      page=self.agreement_page)
        return self._frame

    def refresh(self) -> None:
        """Rebuild the beamer picture now (e.g. after the theme changed)."""
        self._frame = None
        self.frame_changed.emit()

    def _refresh(self) -> None:
        old = self._frame
        self._frame = None
        if self.frame() != old:
            self.frame_changed.emit()

    def _on_changed(self, change) -> None:
        if ("meta", None) in change.touched:
            self._room_text = RoomText(self.session.meta.language.value)
        self._was_positive = self._positive()
        if any(part == "artefacts" for part, _ in change.touched):
            self.refresh()  # a module's own beamer picture reads its result, which the frame does not hold
        else:
            self._refresh()

    def _positive(self) -> bool | None:
        module = self.session.current_module
        if module is None or module.running_since is None:
            return None
        return remaining(module, self.now) > 0

    def tick(self) -> None:
        module = self.session.current_module
        now = self.now
        if module is not None and module.running_since is not None:
            positive = remaining(module, now) > 0
            if self._was_positive and not positive:
                self._flash_until = now + dt.timedelta(seconds=FLASH_SECONDS)
                self.chime.play()
                self.time_up.emit(module.title)
            self._was_positive = positive
            if (now - self._last_checkpoint).total_seconds() >= CHECKPOINT_SECONDS:
                self._last_checkpoint = now
                self._apply(CheckpointTimer(module_id=module.id, at=now), undoable=False)
        self.ticked.emit()
        self._refresh()

    def _recover_interrupted_timers(self) -> None:
        """A module still 'running' in the file means the app stopped without pausing it: pause it
        at its last checkpoint, so it resumes with the time it had left."""
        for module in list(self.session.agenda):
            if module.running_since is not None:
                self._apply(PauseTimer(module_id=module.id, at=module.running_since), undoable=False)

    # -- commands --------------------------------------------------------------------------

    def _apply(self, op: Operation, undoable: bool = True) -> bool:
        try:
            if undoable:
                self.context.history.do(op)
            else:
                self.context.document.apply(op)
        except FacilitatorError as exc:
            self.error.emit(exc.message)
            return False
        return True

    def run(self, op: Operation) -> bool:
        return self._apply(op)

    def start_pause(self) -> None:
        module = self.session.current_module
        if module is None:
            first = self.session.agenda[0] if self.session.agenda else None
            if first is None or not self.go_to(first.id):
                return
            module = self.session.current_module
        if module.running_since is None:
            self._last_checkpoint = self.now
            self._apply(StartTimer(module_id=module.id, at=self.now))
        else:
            self._apply(PauseTimer(module_id=module.id, at=self.now))

    def add_minutes(self, minutes: int) -> None:
        module = self.session.current_module
        if module is not None:
            self._apply(AddTime(module_id=module.id, seconds=minutes * 60))

    def reset_timer(self) -> None:
        module = self.session.current_module
        if module is not None:
            self._apply(ResetTimer(module_id=module.id))

    def go_to(self, module_id: str) -> bool:
        self._flash_until = None
        self.agreement_page = 0
        return self._apply(GoToModule(module_id=module_id, at=self.now))

    def step(self, offset: int) -> None:
        agenda = self.session.agenda
        if not agenda:
            return
        ids = [m.id for m in agenda]
        current = self.session.room.current_module_id
        if current not in ids:
            target = 0 if offset > 0 else len(ids) - 1
        else:
            target = ids.index(current) + offset
            # Skipped modules are passed over when stepping.
            while 0 <= target < len(ids) and agenda[target].state == "skipped":
                target += 1 if offset > 0 else -1
        if 0 <= target < len(ids) and ids[target] != current:
            self.go_to(ids[target])

    def set_blackout(self, on: bool) -> None:
        self.blackout = on
        self._refresh()

    def set_agreement_on_beamer(self, on: bool) -> None:
        self.agreement_on_beamer = on
        self.agreement_page = 0
        self._refresh()

    def turn_page(self, offset: int) -> None:
        """Next or previous page of the agreement on the beamer; the painter wraps around."""
        self.agreement_page += offset
        self._refresh()

    def toggle_blackout(self) -> None:
        self.set_blackout(not self.blackout)

    def shutdown(self) -> None:
        """Stop ticking; a running timer is checkpointed so reopening resumes from here."""
        self._timer.stop()
        module = self.session.current_module
        if module is not None and module.running_since is not None:
            self._apply(CheckpointTimer(module_id=module.id, at=self.now), undoable=False)
