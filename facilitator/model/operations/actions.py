"""Operations on the action list."""

from typing import Any, ClassVar

from pydantic import Field

from ..records import ActionItem
from ..session import Session
from ..types import Id
from .base import (
    Applied,
    Operation,
    clamp_index,
    index_of,
    old_values,
    replace_patched,
    require,
    whole,
)


def _check_links(session: Session, action: ActionItem) -> None:
    require(action.owner_id is None or session.participant(action.owner_id) is not None,
            f"The action's owner {action.owner_id!r} is not a participant.")
    require(action.module_id is None or session.module(action.module_id) is not None,
            f"The action refers to module {action.module_id!r}, which is not on the agenda.")


class AddAction(Operation):
    label: ClassVar[str] = "add action"
    action: ActionItem = Field(description="The new action item")
    index: int | None = Field(default=None, description="Position in the list; end when omitted")

    def apply(self, session: Session) -> Applied:
        require(session.action(self.action.id) is None, f"An action with id {self.action.id!r} already exists.")
        _check_links(session, self.action)
        session.actions.insert(clamp_index(self.index, len(session.actions)), self.action)
        return Applied(RemoveAction(action_id=self.action.id), whole("actions"))


class UpdateAction(Operation):
    label: ClassVar[str] = "edit action"
    action_id: Id = Field(description="The action item")
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        old = replace_patched(session.actions, self.action_id, "action", self.changes,
                              check=lambda new: _check_links(session, new))
        return Applied(UpdateAction(action_id=old.id, changes=old_values(old, self.changes)), whole("actions"))


class RemoveAction(Operation):
    label: ClassVar[str] = "remove action"
    action_id: Id = Field(description="The action item")

    def apply(self, session: Session) -> Applied:
        i = index_of(session.actions, self.action_id, "action")
        action = session.actions.pop(i)
        return Applied(AddAction(action=action, index=i), whole("actions"))
