"""Operations on the participant list."""

from typing import Any, ClassVar

from pydantic import Field

from ..records import Participant
from ..session import Session
from .base import (
    Applied,
    Operation,
    clamp_index,
    index_of,
    move_within,
    old_values,
    replace_patched,
    require,
    whole,
)
from .batch import Batch


class AddParticipant(Operation):
    label: ClassVar[str] = "add participant"
    participant: Participant = Field(description="The new participant")
    index: int | None = Field(default=None, description="Position in the list; end when omitted")

    def apply(self, session: Session) -> Applied:
        require(session.participant(self.participant.id) is None,
                f"A participant with id {self.participant.id!r} already exists.")
        session.participants.insert(clamp_index(self.index, len(session.participants)), self.participant)
        return Applied(RemoveParticipant(participant_id=self.participant.id), whole("participants"))


class UpdateParticipant(Operation):
    label: ClassVar[str] = "edit participant"
    participant_id: str = Field(description="Who changes")
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        old = replace_patched(session.participants, self.participant_id, "participant", self.changes)
        inverse = UpdateParticipant(participant_id=old.id, changes=old_values(old, self.changes))
        return Applied(inverse, whole("participants"))


class MoveParticipant(Operation):
    label: ClassVar[str] = "reorder participants"
    participant_id: str = Field(description="Who moves")
    index: int = Field(description="New position")

    def apply(self, session: Session) -> Applied:
        i = move_within(session.participants, self.participant_id, self.index, "participant")
        return Applied(MoveParticipant(participant_id=self.participant_id, index=i), whole("participants"))


class RemoveParticipant(Operation):
    """Remove a participant; notes they said and actions they own keep their text, not their name."""

    label: ClassVar[str] = "remove participant"
    participant_id: str = Field(description="Who leaves the list")

    def apply(self, session: Session) -> Applied:
        from .actions import UpdateAction
        from .notes import SetNoteSpeaker

        i = index_of(session.participants, self.participant_id, "participant")
        unlink = [SetNoteSpeaker(note_id=n.id, speaker_id=None)
                  for n in session.notes.values() if n.speaker_id == self.participant_id]
        unlink += [UpdateAction(action_id=a.id, changes={"owner_id": None})
                   for a in session.actions if a.owner_id == self.participant_id]
        applied = Batch(ops=unlink).apply(session) if unlink else None
        person = session.participants.pop(i)
        restore: list[Operation] = [AddParticipant(participant=person, index=i)]
        touched = whole("participants")
        if applied:
            restore.append(applied.inverse)
            touched |= applied.touched
        return Applied(Batch(ops=restore, name=self.label), touched)
