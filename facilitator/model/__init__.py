"""The session document and the operations on it. Pure Python: never imports Qt.

Names are loaded on first use (PEP 562): reading a file needs the records, not the dozens of
operation classes, and `facilitator check` starts noticeably faster without them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "Change": "document", "Journal": "document", "SessionDocument": "document",
    "History": "history",
    "ActionItem": "records", "ActionStatus": "records", "Artefact": "records", "ModuleInstance": "records",
    "ModuleState": "records", "Note": "records", "NoteGroup": "records", "Participant": "records",
    "SessionMeta": "records", "Votes": "records",
    "KEYED_PARTS": "session", "WHOLE_PARTS": "session", "Session": "session",
    "Department": "types", "Language": "types", "NoteDepartment": "types", "new_id": "types",
}

__all__ = [
    "ActionItem", "ActionStatus", "Artefact", "Change", "Department", "History", "Journal",
    "KEYED_PARTS", "Language", "ModuleInstance", "ModuleState", "Note", "NoteDepartment",
    "NoteGroup", "Participant", "Session", "SessionDocument", "SessionMeta", "Votes",
    "WHOLE_PARTS", "new_id",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # for type checkers and editors: the same names, eagerly
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
