"""The session document: everything one workshop produces."""

from pydantic import Field

from .base import Model
from .records import (
    ActionItem,
    Agreement,
    Artefact,
    ModuleInstance,
    Note,
    NoteGroup,
    Participant,
    RoomState,
    SessionMeta,
)

# How the document splits into stored rows. Small ordered parts are one row each; the parts
# that grow with the room's input (notes) are one row per record so an edit writes one row.
WHOLE_PARTS = ("meta", "room", "participants", "agenda", "actions", "agreement")
KEYED_PARTS = ("notes", "groups", "artefacts")


class Session(Model):
    # The container is mutable (operations swap records in and out); records themselves are frozen.
    model_config = Model.model_config | {"frozen": False}

    meta: SessionMeta = Field(description="Title, company, date, language, facilitator")
    room: RoomState = Field(default_factory=RoomState, description="Where the session stands now")
    participants: list[Participant] = Field(default_factory=list, description="People in the room, in order")
    agenda: list[ModuleInstance] = Field(default_factory=list, description="Modules in running order")
    notes: dict[str, Note] = Field(default_factory=dict, description="Sticky notes by id")
    groups: dict[str, NoteGroup] = Field(default_factory=dict, description="Note clusters by id")
    actions: list[ActionItem] = Field(default_factory=list, description="Action items, in order")
    artefacts: dict[str, Artefact] = Field(
        default_factory=dict, description="Module results by module id"
    )
    agreement: Agreement = Field(default_factory=Agreement, description="What is signed, by whom")

    # Lookups used by operations; linear scans are fine for lists of a few dozen.
    def participant(self, pid: str) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def module(self, mid: str) -> ModuleInstance | None:
        return next((m for m in self.agenda if m.id == mid), None)

    def action(self, aid: str) -> ActionItem | None:
        return next((a for a in self.actions if a.id == aid), None)

    @property
    def current_module(self) -> ModuleInstance | None:
        mid = self.room.current_module_id
        return self.module(mid) if mid else None
