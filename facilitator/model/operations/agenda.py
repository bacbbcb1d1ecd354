"""Operations on the agenda: the modules of the session, in running order."""

from typing import Any, ClassVar

from pydantic import Field

from ..records import ModuleInstance
from ..session import Session
from ..types import Id
from .base import (
    Applied,
    Operation,
    clamp_index,
    index_of,
    keyed,
    move_within,
    old_values,
    replace_patched,
    require,
    whole,
)
from .batch import Batch


class AddModule(Operation):
    label: ClassVar[str] = "add module"
    module: ModuleInstance = Field(description="The new module")
    index: int | None = Field(default=None, description="Position in the agenda; end when omitted")

    def apply(self, session: Session) -> Applied:
        require(session.module(self.module.id) is None, f"A module with id {self.module.id!r} already exists.")
        session.agenda.insert(clamp_index(self.index, len(session.agenda)), self.module)
        return Applied(RemoveModule(module_id=self.module.id), whole("agenda"))


class UpdateModule(Operation):
    label: ClassVar[str] = "edit module"
    module_id: Id = Field(description="The module")
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        old = replace_patched(session.agenda, self.module_id, "module", self.changes)
        inverse = UpdateModule(module_id=old.id, changes=old_values(old, self.changes))
        return Applied(inverse, whole("agenda"))


class MoveModule(Operation):
    label: ClassVar[str] = "reorder agenda"
    module_id: Id = Field(description="The module")
    index: int = Field(description="New position in the agenda")

    def apply(self, session: Session) -> Applied:
        i = move_within(session.agenda, self.module_id, self.index, "module")
        return Applied(MoveModule(module_id=self.module_id, index=i), whole("agenda"))


class RemoveModule(Operation):
    """Take a module off the agenda together with its board and result; undo brings all back."""

    label: ClassVar[str] = "remove module"
    module_id: Id = Field(description="The module")

    def apply(self, session: Session) -> Applied:
        from .actions import UpdateAction
        from .artefacts import PutArtefact
        from .groups import AddGroup
        from .notes import AddNote

        i = index_of(session.agenda, self.module_id, "module")
        notes = [n for n in session.notes.values() if n.module_id == self.module_id]
        groups = [g for g in session.groups.values() if g.module_id == self.module_id]
        artefact = session.artefacts.get(self.module_id)
        # Actions that came from this module outlive it; they just lose the link.
        unlink = Batch(ops=[UpdateAction(action_id=a.id, changes={"module_id": None})
                            for a in session.actions if a.module_id == self.module_id]).apply(session)
        module = session.agenda.pop(i)
        for n in notes:
            del session.notes[n.id]
        for g in groups:
            del session.groups[g.id]
        touched = (unlink.touched | whole("agenda") | keyed("notes", *(n.id for n in notes))
                   | keyed("groups", *(g.id for g in groups)))
        restore: list[Operation] = [AddModule(module=module, index=i)]
        restore += [AddGroup(group=g) for g in groups]
        restore += [AddNote(note=n) for n in notes]
        if artefact is not None:
            del session.artefacts[self.module_id]
            touched |= keyed("artefacts", self.module_id)
            restore.append(PutArtefact(artefact=artefact))
        restore.append(unlink.inverse)
        return Applied(Batch(ops=restore, name=self.label), touched)
