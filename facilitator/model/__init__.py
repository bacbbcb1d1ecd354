"""The session document and the operations on it. Pure Python: never imports Qt."""

from .document import Change, Journal, SessionDocument
from .history import History
from .records import (
                      ActionItem,
                      ActionStatus,
                      Artefact,
                      ModuleInstance,
                      ModuleState,
                      Note,
                      NoteGroup,
                      Participant,
                      SessionMeta,
                      Votes,
)
from .session import KEYED_PARTS, WHOLE_PARTS, Session
from .types import Department, Language, NoteDepartment, new_id

__all__ = [
    "ActionItem", "ActionStatus", "Artefact", "Change", "Department", "History", "Journal",
    "KEYED_PARTS", "Language", "ModuleInstance", "ModuleState", "Note", "NoteDepartment",
    "NoteGroup", "Participant", "Session", "SessionDocument", "SessionMeta", "Votes",
    "WHOLE_PARTS", "new_id",
]
