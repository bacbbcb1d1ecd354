"""Operations on note clusters."""

from typing import ClassVar

from pydantic import Field

from ..records import NoteGroup
from ..session import Session
from ..types import Id, Name
from .base import Applied, Operation, keyed, patched, require
from .batch import Batch
from .notes import SetNoteGroup


class AddGroup(Operation):
    label: ClassVar[str] = "add cluster"
    group: NoteGroup = Field(description="The new cluster")

    def apply(self, session: Session) -> Applied:
        require(self.group.id not in session.groups, f"A cluster with id {self.group.id!r} already exists.")
        require(session.module(self.group.module_id) is not None,
                f"The cluster refers to module {self.group.module_id!r}, which is not on the agenda.")
        session.groups[self.group.id] = self.group
        return Applied(DeleteGroup(group_id=self.group.id), keyed("groups", self.group.id))


class RenameGroup(Operation):
    label: ClassVar[str] = "rename cluster"
    group_id: Id = Field(description="The cluster")
    name: Name = Field(description="Its new label")

    def apply(self, session: Session) -> Applied:
        old = session.groups.get(self.group_id)
        require(old is not None, f"There is no cluster with id {self.group_id!r}.")
        session.groups[self.group_id] = patched(old, {"name": self.name})
        return Applied(RenameGroup(group_id=old.id, name=old.name), keyed("groups", old.id))


class DeleteGroup(Operation):
    """Dissolve a cluster; its notes stay on the board, ungrouped."""

    label: ClassVar[str] = "dissolve cluster"
    group_id: Id = Field(description="The cluster")

    def apply(self, session: Session) -> Applied:
        group = session.groups.get(self.group_id)
        require(group is not None, f"There is no cluster with id {self.group_id!r}.")
        members = [n.id for n in session.notes.values() if n.group_id == self.group_id]
        ungroup = Batch(ops=[SetNoteGroup(note_id=m, group_id=None) for m in members]).apply(session)
        del session.groups[self.group_id]
        inverse = Batch(ops=[AddGroup(group=group), ungroup.inverse], name=self.label)
        return Applied(inverse, ungroup.touched | keyed("groups", group.id))


class GroupNotes(Operation):
    """Put notes into one cluster. Clusters the chosen notes already belong to are merged into it,
    so 'select, then group' also merges clusters; clusters left empty are dissolved."""

    label: ClassVar[str] = "group notes"
    group: NoteGroup = Field(description="The cluster to group into (new, or an existing one by id)")
    note_ids: list[Id] = Field(min_length=1, description="The notes to group")

    def apply(self, session: Session) -> Applied:
        chosen = []
        for note_id in self.note_ids:
            note = session.notes.get(note_id)
            require(note is not None, f"There is no note with id {note_id!r}.")
            require(note.module_id == self.group.module_id, "Only notes on the same board can be grouped.")
            chosen.append(note)
        target = self.group.id
        merged = {n.group_id for n in chosen if n.group_id and n.group_id != target}
        members = {n.id for n in chosen} | {n.id for n in session.notes.values() if n.group_id in merged}
        ops: list[Operation] = [] if target in session.groups else [AddGroup(group=self.group)]
        ops += [SetNoteGroup(note_id=m, group_id=target) for m in sorted(members)
                if session.notes[m].group_id != target]
        ops += [DeleteGroup(group_id=g) for g in sorted(merged)]
        return Batch(ops=ops, name=self.label).apply(session)
