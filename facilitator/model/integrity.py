"""Cross-record checks that field validation alone cannot make (dangling references, duplicates)."""

from .session import Session


def problems(session: Session) -> list[str]:
    """Every broken link in ``session``, as plain sentences; empty when the session is sound."""
    found: list[str] = []
    participants = {p.id for p in session.participants}
    modules = {m.id for m in session.agenda}
    _duplicates(found, "participant", [p.id for p in session.participants])
    _duplicates(found, "module", [m.id for m in session.agenda])
    _duplicates(found, "action", [a.id for a in session.actions])
    for key, note in session.notes.items():
        if key != note.id:
            found.append(f"notes.{key}: stored under a different id than its own ({note.id!r})")
        if note.module_id not in modules:
            found.append(f"notes.{key}.module_id: module {note.module_id!r} is not on the agenda")
        if note.speaker_id is not None and note.speaker_id not in participants:
            found.append(f"notes.{key}.speaker_id: {note.speaker_id!r} is not a participant")
        group = session.groups.get(note.group_id) if note.group_id else None
        if note.group_id is not None and (group is None or group.module_id != note.module_id):
            found.append(f"notes.{key}.group_id: cluster {note.group_id!r} is not on the note's board")
    for key, group in session.groups.items():
        if key != group.id:
            found.append(f"groups.{key}: stored under a different id than its own ({group.id!r})")
        if group.module_id not in modules:
            found.append(f"groups.{key}.module_id: module {group.module_id!r} is not on the agenda")
    for key, artefact in session.artefacts.items():
        if key != artefact.module_id:
            found.append(f"artefacts.{key}: stored under another module ({artefact.module_id!r})")
        if artefact.module_id not in modules:
            found.append(f"artefacts.{key}.module_id: module {artefact.module_id!r} is not on the agenda")
    current = session.room.current_module_id
    if current is not None and current not in modules:
        found.append(f"room.current_module_id: module {current!r} is not on the agenda")
    for i, action in enumerate(session.actions):
        if action.owner_id is not None and action.owner_id not in participants:
            found.append(f"actions.{i}.owner_id: {action.owner_id!r} is not a participant")
        if action.module_id is not None and action.module_id not in modules:
            found.append(f"actions.{i}.module_id: module {action.module_id!r} is not on the agenda")
    return found


def _duplicates(found: list[str], what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            found.append(f"{what} id {item!r} appears more than once")
        seen.add(item)
