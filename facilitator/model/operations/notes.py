"""Operations on sticky notes."""

import datetime as dt
from typing import Any, ClassVar

from pydantic import AwareDatetime, Field

from ..records import Note
from ..session import Session
from ..types import Department, Id, NoteDepartment, Text
from .base import Applied, Operation, keyed, patched, require


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _note(session: Session, note_id: str) -> Note:
    note = session.notes.get(note_id)
    require(note is not None, f"There is no note with id {note_id!r}.")
    return note


def _check_links(session: Session, note: Note) -> None:
    require(session.module(note.module_id) is not None,
            f"The note refers to module {note.module_id!r}, which is not on the agenda.")
    require(note.speaker_id is None or session.participant(note.speaker_id) is not None,
            f"The note's speaker {note.speaker_id!r} is not a participant.")
    group = session.groups.get(note.group_id) if note.group_id else None
    require(note.group_id is None or (group is not None and group.module_id == note.module_id),
            f"The note's cluster {note.group_id!r} is not on the same board.")


def _replace(session: Session, note_id: str, changes: dict[str, Any], inverse_of) -> Applied:
    old = _note(session, note_id)
    new = patched(old, changes)
    _check_links(session, new)
    session.notes[note_id] = new
    return Applied(inverse_of(old), keyed("notes", note_id))


class AddNote(Operation):
    label: ClassVar[str] = "add note"
    note: Note = Field(description="The new note")

    def apply(self, session: Session) -> Applied:
        require(self.note.id not in session.notes, f"A note with id {self.note.id!r} already exists.")
        _check_links(session, self.note)
        session.notes[self.note.id] = self.note
        return Applied(DeleteNote(note_id=self.note.id), keyed("notes", self.note.id))


class DeleteNote(Operation):
    label: ClassVar[str] = "delete note"
    note_id: Id = Field(description="The note to delete")

    def apply(self, session: Session) -> Applied:
        note = _note(session, self.note_id)
        del session.notes[self.note_id]
        return Applied(AddNote(note=note), keyed("notes", self.note_id))


class EditNote(Operation):
    label: ClassVar[str] = "edit note"
    note_id: Id = Field(description="The note to edit")
    text: Text = Field(description="The new text")
    at: AwareDatetime | None = Field(default_factory=utc_now, description="Edit time (UTC)")

    def apply(self, session: Session) -> Applied:
        return _replace(session, self.note_id, {"text": self.text, "edited_at": self.at},
                        lambda old: EditNote(note_id=old.id, text=old.text, at=old.edited_at))


class MoveNote(Operation):
    label: ClassVar[str] = "move note"
    note_id: Id = Field(description="The note to move")
    x: float = Field(allow_inf_nan=False, description="New board position")
    y: float = Field(allow_inf_nan=False, description="New board position")

    def apply(self, session: Session) -> Applied:
        return _replace(session, self.note_id, {"x": self.x, "y": self.y},
                        lambda old: MoveNote(note_id=old.id, x=old.x, y=old.y))


class SetNoteDepartment(Operation):
    label: ClassVar[str] = "change department"
    note_id: Id = Field(description="The note to retag")
    department: NoteDepartment = Field(description="marketing, sales or joint")

    def apply(self, session: Session) -> Applied:
        return _replace(session, self.note_id, {"department": self.department},
                        lambda old: SetNoteDepartment(note_id=old.id, department=old.department))


class SetNoteSpeaker(Operation):
    label: ClassVar[str] = "change speaker"
    note_id: Id = Field(description="The note")
    speaker_id: Id | None = Field(description="A participant, or None for unknown")

    def apply(self, session: Session) -> Applied:
        return _replace(session, self.note_id, {"speaker_id": self.speaker_id},
                        lambda old: SetNoteSpeaker(note_id=old.id, speaker_id=old.speaker_id))


class SetNoteGroup(Operation):
    label: ClassVar[str] = "group note"
    note_id: Id = Field(description="The note")
    group_id: Id | None = Field(description="A cluster on the same board, or None to ungroup")

    def apply(self, session: Session) -> Applied:
        return _replace(session, self.note_id, {"group_id": self.group_id},
                        lambda old: SetNoteGroup(note_id=old.id, group_id=old.group_id))


class VoteNote(Operation):
    label: ClassVar[str] = "vote"
    note_id: Id = Field(description="The note")
    department: Department = Field(description="Whose dots these are")
    delta: int = Field(ge=-1000, le=1000, description="Dots to add (negative to take away)")

    def apply(self, session: Session) -> Applied:
        old = _note(session, self.note_id)
        count = getattr(old.votes, self.department.value) + self.delta
        require(count >= 0, "A note cannot have fewer than zero votes.")
        votes = patched(old.votes, {self.department.value: count})
        return _replace(session, self.note_id, {"votes": votes},
                        lambda o: VoteNote(note_id=o.id, department=self.department, delta=-self.delta))
