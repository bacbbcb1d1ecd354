"""Every change to a session is one of these named, validated, invertible operations."""

from .actions import AddAction, RemoveAction, UpdateAction
from .agenda import AddModule, MoveModule, RemoveModule, UpdateModule
from .agreement import AGREED_PARTS, SIGNING_OPERATIONS, Reopen, RestoreAgreement, SetExcluded, Sign, UpdateReview
from .artefacts import PutArtefact, RemoveArtefact
from .base import Applied, Operation, Touched
from .batch import Batch
from .groups import AddGroup, DeleteGroup, GroupNotes, RenameGroup
from .meta import UpdateMeta
from .notes import (
                    AddNote,
                    DeleteNote,
                    EditNote,
                    MoveNote,
                    SetNoteDepartment,
                    SetNoteGroup,
                    SetNoteSpeaker,
                    VoteNote,
                    utc_now,
)
from .participants import (
                    AddParticipant,
                    MoveParticipant,
                    RemoveParticipant,
                    UpdateParticipant,
)
from .room import (
                    AddTime,
                    CheckpointTimer,
                    GoToModule,
                    PauseTimer,
                    ResetTimer,
                    SetHidden,
                    SetRoom,
                    SetSkipped,
                    StartTimer,
)

__all__ = [
    "AGREED_PARTS", "SIGNING_OPERATIONS", "Reopen", "RestoreAgreement", "SetExcluded", "Sign", "UpdateReview",
    "AddTime", "CheckpointTimer", "GoToModule", "PauseTimer", "ResetTimer", "SetHidden", "SetRoom", "SetSkipped",
    "StartTimer",
    "AddAction", "AddGroup", "AddModule", "AddNote", "AddParticipant", "Applied", "Batch",
    "DeleteGroup", "GroupNotes", "DeleteNote", "EditNote", "MoveModule", "MoveNote", "MoveParticipant",
    "Operation", "PutArtefact", "RemoveAction", "RemoveArtefact", "RemoveModule",
    "RemoveParticipant", "RenameGroup", "SetNoteDepartment", "SetNoteGroup", "SetNoteSpeaker",
    "Touched", "UpdateAction", "UpdateMeta", "UpdateModule", "UpdateParticipant", "VoteNote",
    "utc_now",
]
