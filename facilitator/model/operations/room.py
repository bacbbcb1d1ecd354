"""Running the session: module timers and moving through the agenda.

Timer operations carry the time they happened (``at``), so replaying or undoing them is exact
and a crash loses at most the stretch since the last checkpoint.
"""

from typing import Any, ClassVar

from pydantic import AwareDatetime, Field

from ..records import ModuleInstance, ModuleState
from ..session import Session
from ..timer import elapsed
from ..types import Id
from .agenda import UpdateModule
from .base import Applied, Operation, old_values, patched, require, whole
from .batch import Batch

MAX_ADJUST = 4 * 3600


def _module(session: Session, module_id: str) -> ModuleInstance:
    module = session.module(module_id)
    require(module is not None, f"There is no module with id {module_id!r}.")
    return module


def _paused(module: ModuleInstance, at) -> dict[str, Any]:
    return {"spent_seconds": elapsed(module, at), "running_since": None}


class SetRoom(Operation):
    label: ClassVar[str] = "change current module"
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        new = patched(session.room, self.changes)
        require(new.current_module_id is None or session.module(new.current_module_id) is not None,
                f"There is no module with id {new.current_module_id!r}.")
        inverse = SetRoom(changes=old_values(session.room, self.changes))
        session.room = new
        return Applied(inverse, whole("room"))


class _ModuleChange(Operation):
    """Base for operations that compute new field values for one module."""

    module_id: Id = Field(description="The module")

    def changes(self, module: ModuleInstance) -> dict[str, Any]:
        raise NotImplementedError

    def apply(self, session: Session) -> Applied:
        module = _module(session, self.module_id)
        return UpdateModule(module_id=self.module_id, changes=self.changes(module)).apply(session)


class StartTimer(_ModuleChange):
    label: ClassVar[str] = "start timer"
    at: AwareDatetime = Field(description="When it started (UTC)")

    def changes(self, module):
        require(module.running_since is None, f"The timer of {module.title!r} is already running.")
        return {"running_since": self.at, "state": ModuleState.RUNNING}


class PauseTimer(_ModuleChange):
    label: ClassVar[str] = "pause timer"
    at: AwareDatetime = Field(description="When it paused (UTC)")

    def changes(self, module):
        require(module.running_since is not None, f"The timer of {module.title!r} is not running.")
        return {**_paused(module, self.at), "state": ModuleState.PAUSED}


class CheckpointTimer(_ModuleChange):
    """Fold the running stretch into ``spent_seconds`` so a crash loses at most a few seconds."""

    label: ClassVar[str] = "timer checkpoint"
    at: AwareDatetime = Field(description="Now (UTC)")

    def changes(self, module):
        require(module.running_since is not None, f"The timer of {module.title!r} is not running.")
        return {"spent_seconds": elapsed(module, self.at), "running_since": self.at}


class AddTime(_ModuleChange):
    label: ClassVar[str] = "add time"
    seconds: int = Field(ge=-MAX_ADJUST, le=MAX_ADJUST, description="Seconds to add to the timebox")

    def changes(self, module):
        new = module.timebox_seconds + self.seconds
        require(new >= 60, "A module needs at least one minute.")
        return {"timebox_seconds": new}


class ResetTimer(_ModuleChange):
    label: ClassVar[str] = "reset timer"

    def changes(self, module):
        return {"spent_seconds": 0.0, "running_since": None, "state": ModuleState.PLANNED}


class SetSkipped(_ModuleChange):
    label: ClassVar[str] = "skip module"
    skipped: bool = Field(description="True to skip the module, False to put it back")
    at: AwareDatetime = Field(description="When (UTC); a running timer stops then")

    def changes(self, module):
        if not self.skipped:
            require(module.state == ModuleState.SKIPPED, f"{module.title!r} is not skipped.")
            return {"state": ModuleState.PAUSED if module.spent_seconds else ModuleState.PLANNED}
        return {**_paused(module, self.at), "state": ModuleState.SKIPPED}


class SetHidden(_ModuleChange):
    label: ClassVar[str] = "silent writing"
    hidden: bool = Field(description="True: the beamer shows only counts; False: reveal the notes")

    def changes(self, module):
        return {"hidden": self.hidden}


class GoToModule(Operation):
    """Make another module current; the one left is paused and, if it ran, marked done."""

    label: ClassVar[str] = "go to module"
    module_id: Id = Field(description="The module to go to")
    at: AwareDatetime = Field(description="When (UTC)")

    def apply(self, session: Session) -> Applied:
        target = _module(session, self.module_id)
        leaving = session.current_module
        ops: list[Operation] = []
        if leaving is not None and leaving.id != target.id:
            changes: dict[str, Any] = {}
            if leaving.running_since is not None:
                changes.update(_paused(leaving, self.at))
            if leaving.state in (ModuleState.RUNNING, ModuleState.PAUSED):
                changes["state"] = ModuleState.DONE
            if changes:
                ops.append(UpdateModule(module_id=leaving.id, changes=changes))
        room = {"current_module_id": target.id}
        if session.room.started_at is None:
            room["started_at"] = self.at
        ops.append(SetRoom(changes=room))
        return Batch(ops=ops, name=self.label).apply(session)
