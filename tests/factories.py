"""Small, explicit builders for test sessions (real model objects, nothing mocked)."""

import datetime as dt

from facilitator.model import (
    ActionItem,
    ModuleInstance,
    Note,
    NoteGroup,
    Participant,
    Session,
    SessionMeta,
)

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)

# Text that is just text and must be stored and shown literally: markup, NUL, emoji, RTL, huge.
HOSTILE = ["<b>bold</b> & <font color=red>R&D</font>", "nul\x00byte", "emoji 😀👍🏽",
           "עברית ثم العربية", "x" * 100_000, "", "  spaced  \n\ttabs\r\n"]


def session(modules: int = 2, participants: int = 3) -> Session:
    s = Session(meta=SessionMeta(title="Marketing & sales", company="Acme B.V.", date=dt.date(2026, 11, 28)))
    for i in range(modules):
        s.agenda.append(ModuleInstance(id=f"m{i}", kind="brainstorm", title=f"Module {i}", timebox_seconds=600))
    departments = ["marketing", "sales", "other"]
    for i in range(participants):
        s.participants.append(Participant(id=f"p{i}", name=f"Person {i}", department=departments[i % 3]))
    return s


def note(i: int | str, module: str = "m0", text: str | None = None, **fields) -> Note:
    return Note(id=f"n{i}", module_id=module, text=text if text is not None else f"note {i}",
                department=fields.pop("department", "sales"), created_at=fields.pop("created_at", T0), **fields)


def group(i: int | str, module: str = "m0", name: str = "Cluster") -> NoteGroup:
    return NoteGroup(id=f"g{i}", module_id=module, name=name)


def action(i: int | str, **fields) -> ActionItem:
    return ActionItem(id=f"a{i}", what=fields.pop("what", f"action {i}"), **fields)


def populated(notes: int = 10) -> Session:
    s = session()
    s.groups["g0"] = group(0)
    for i in range(notes):
        n = note(i, speaker_id="p0" if i % 2 else None, group_id="g0" if i % 3 == 0 else None)
        s.notes[n.id] = n
    s.actions.append(action(0, owner_id="p1", module_id="m1"))
    return s


def other_session(notes: int) -> Session:
    """Another workshop entirely: its own modules, people and notes (no id shared with ``session``)."""
    s = Session(meta=SessionMeta(title="Een andere sessie", company="Ander B.V.", date=dt.date(2026, 12, 1)))
    s.agenda.append(ModuleInstance(id="xm0", kind="brainstorm", title="Anders", timebox_seconds=300))
    s.participants.append(Participant(id="xp0", name="Iemand", department="sales"))
    for i in range(notes):
        s.notes[f"xn{i}"] = Note(id=f"xn{i}", module_id="xm0", text=f"ander {i}", department="marketing",
                                 created_at=T0)
    return s
