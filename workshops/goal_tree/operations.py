"""Named operations on the goal tree; each replaces the artefact, so undo restores it exactly."""

from typing import Any, ClassVar

from pydantic import Field, ValidationError

from facilitator.errors import OperationError
from facilitator.model import Session
from facilitator.model.operations import Applied, Operation

from ..artefact_ops import load, store
from .model import KIND, Goal, goals, validate_funnel, would_cycle


def _data(session: Session, module_id: str) -> dict:
    return load(session, module_id, lambda _s: {"goals": [], "funnel": None})


def _put(session: Session, module_id: str, data: dict) -> Applied:
    return store(session, module_id, KIND, data)


def _index(data: dict, goal_id: str) -> int:
    for i, goal in enumerate(data["goals"]):
        if goal["id"] == goal_id:
            return i
    raise OperationError(f"There is no goal with id {goal_id!r}.")


class AddGoal(Operation):
    label: ClassVar[str] = "add goal"
    module_id: str = Field(description="The goal-tree module")
    goal: Goal = Field(description="The new goal")
    after: str | None = Field(default=None, description="Insert after this goal (display order); end if None")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        ids = {g["id"] for g in data["goals"]}
        if self.goal.id in ids:
            raise OperationError("That goal already exists.")
        if self.goal.parent is not None and self.goal.parent not in ids:
            raise OperationError("The goal above it does not exist.")
        position = _index(data, self.after) + 1 if self.after else len(data["goals"])
        data["goals"].insert(position, self.goal.model_dump(mode="json"))
        return _put(session, self.module_id, data)


class UpdateGoal(Operation):
    label: ClassVar[str] = "edit goal"
    module_id: str = Field(description="The goal-tree module")
    goal_id: str = Field(description="The goal")
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        i = _index(data, self.goal_id)
        if "id" in self.changes or "parent" in self.changes:
            raise OperationError("Use 'move goal' to change where a goal hangs.")
        try:
            data["goals"][i] = Goal.model_validate({**data["goals"][i], **self.changes}).model_dump(mode="json")
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise OperationError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
        return _put(session, self.module_id, data)


class MoveGoal(Operation):
    """Hang a goal (with everything under it) under another goal, or at the top."""

    label: ClassVar[str] = "move goal"
    module_id: str = Field(description="The goal-tree module")
    goal_id: str = Field(description="The goal")
    parent: str | None = Field(description="Its new parent; None for the top")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        i = _index(data, self.goal_id)
        if self.parent is not None:
            _index(data, self.parent)
        if would_cycle(goals(data), self.goal_id, self.parent):
            raise OperationError("A goal cannot hang under itself or under one of its own sub-goals.")
        data["goals"][i]["parent"] = self.parent
        return _put(session, self.module_id, data)


class RemoveGoal(Operation):
    """Remove a goal; the goals under it move up to its parent rather than disappearing."""

    label: ClassVar[str] = "remove goal"
    module_id: str = Field(description="The goal-tree module")
    goal_id: str = Field(description="The goal")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        removed = data["goals"].pop(_index(data, self.goal_id))
        for goal in data["goals"]:
            if goal["parent"] == self.goal_id:
                goal["parent"] = removed["parent"]
        return _put(session, self.module_id, data)


class SetFunnel(Operation):
    label: ClassVar[str] = "reverse funnel"
    module_id: str = Field(description="The goal-tree module")
    values: dict[str, float] | None = Field(description="Revenue, deal size and rates; None clears")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        if self.values is None:
            data["funnel"] = None
        else:
            try:
                data["funnel"] = validate_funnel(self.values).model_dump(mode="json")
            except ValueError as exc:
                raise OperationError(str(exc)) from None
        return _put(session, self.module_id, data)
