"""Turn the session, the time and the room's switches into a BeamerFrame."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Session
from ...model.timer import TimerPhase, format_clock, phase, remaining
from ..i18n import RoomText
from .frame import BeamerFrame, Count

LETTERS = {
    "marketing": QT_TRANSLATE_NOOP("Room", "M"),
    "sales": QT_TRANSLATE_NOOP("Room", "S"),
    "joint": QT_TRANSLATE_NOOP("Room", "J"),
}
OTHER_LETTER = QT_TRANSLATE_NOOP("Room", "O")
NAMES = {
    "marketing": QT_TRANSLATE_NOOP("Room", "Marketing"),
    "sales": QT_TRANSLATE_NOOP("Room", "Sales"),
    "joint": QT_TRANSLATE_NOOP("Room", "Joint"),
}
NO_MODULE = QT_TRANSLATE_NOOP("Room", "Welcome")
EMPTY_BOARD = QT_TRANSLATE_NOOP("Room", "Your input will appear here.")


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isupper()]
    return "".join(p[0] for p in parts[:3])


AGREEMENT = QT_TRANSLATE_NOOP("Room", "Our agreement")
ACTIONS = QT_TRANSLATE_NOOP("Room", "Action items")
REVIEW = QT_TRANSLATE_NOOP("Room", "Review")
SIGNED = QT_TRANSLATE_NOOP("Room", "Signed by")
NOBODY = QT_TRANSLATE_NOOP("Room", "not signed yet")


def agreement_frame(session: Session, text: RoomText, blackout: bool) -> BeamerFrame:
    from ...formatting import long_date
    from ...model.agreement import included_actions, included_modules

    names = {p.id: p.name for p in session.participants}
    lines = []
    modules = included_modules(session)
    if modules:
        lines += [f"## {m.title}" for m in modules]
    lines.append(f"## {text(ACTIONS)}")
    for action in included_actions(session):
        owner = names.get(action.owner_id, action.owner) if action.owner_id else action.owner
        due = long_date(action.due, session.meta.language.value)
        lines.append("• " + action.what + (f" — {owner}" if owner else "") + (f", {due}" if due else ""))
    review = session.agreement.review
    lines.append(f"## {text(REVIEW)}: {long_date(review.first_review, session.meta.language.value) or '—'}")
    signed = ", ".join(s.name for s in session.agreement.signatures) or text(NOBODY)
    lines.append(f"{text(SIGNED)}: {signed}")
    meta = session.meta
    return BeamerFrame(title=text(AGREEMENT), prompt=" · ".join(p for p in (meta.company, meta.title) if p),
                       lines=lines, blackout=blackout)


def build_frame(session: Session, now: dt.datetime, text: RoomText, *, blackout: bool = False,
                flash: bool = False, agreement: bool = False) -> BeamerFrame:
    if agreement:
        return agreement_frame(session, text, blackout)
    module = session.current_module
    if module is None:
        meta = session.meta
        who = " · ".join(part for part in (meta.company, meta.place) if part)
        return BeamerFrame(title=meta.title, prompt=who, placeholder=text(NO_MODULE), blackout=blackout,
                           welcome=True)
    notes = [n for n in session.notes.values() if n.module_id == module.id]
    counts = []
    if module.hidden:
        counts = [Count(d, text(LETTERS[d]), text(NAMES[d]), sum(1 for n in notes if n.department.value == d))
                  for d in ("marketing", "sales", "joint")]
    timer_phase = phase(module, now)
    return BeamerFrame(
        title=module.title, prompt=module.prompt, timer_text=format_clock(remaining(module, now)),
        timer_phase=timer_phase.value, flash=flash and timer_phase == TimerPhase.OVERTIME,
        position=f"{session.agenda.index(module) + 1} / {len(session.agenda)}",
        board=bool(notes) and not module.hidden, hidden_counts=counts,
        placeholder=text(EMPTY_BOARD) if not notes else "", blackout=blackout,
    )
