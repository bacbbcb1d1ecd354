"""Turn the session, the time and the room's switches into a BeamerFrame."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Session
from ...model.timer import TimerPhase, format_clock, phase, remaining
from ..i18n import RoomText
from .agreement_lines import agreement_lines
from .frame import BeamerFrame, Count
from .pages import PAGE_OF

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
SIGN_OFF = "sign_off"  # the module kind that goes through the agreement with the room


def agreement_frame(session: Session, text: RoomText, blackout: bool, summary_for=None, page: int = 0) -> BeamerFrame:
    meta = session.meta
    return BeamerFrame(title=text(AGREEMENT), prompt=" · ".join(p for p in (meta.company, meta.title) if p),
                       lines=_agreement(session, text, summary_for), page=page, page_of=text(PAGE_OF),
                       blackout=blackout)


def _agreement(session: Session, text: RoomText, summary_for) -> list[str]:
    return agreement_lines(session, text, summary_for or (lambda _kind: None))


def build_frame(session: Session, now: dt.datetime, text: RoomText, *, blackout: bool = False,
                flash: bool = False, agreement: bool = False, summary_for=None, page: int = 0) -> BeamerFrame:
    """``summary_for(kind)`` gives a module kind's result in a few lines (or None); ``page`` is the
    agreement page the room sees, in the sign-off module or while the agreement is on the beamer."""
    if agreement:
        return agreement_frame(session, text, blackout, summary_for, page)
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
    frame = BeamerFrame(
        title=module.title, prompt=module.prompt, timer_text=format_clock(remaining(module, now)),
        timer_phase=timer_phase.value, flash=flash and timer_phase == TimerPhase.OVERTIME,
        position=f"{session.agenda.index(module) + 1} / {len(session.agenda)}",
        board=bool(notes) and not module.hidden, hidden_counts=counts,
        placeholder=text(EMPTY_BOARD) if not notes else "", blackout=blackout,
    )
    if module.kind == SIGN_OFF:  # the room goes through the agreement itself, not a board
        frame = dataclasses.replace(frame, board=False, hidden_counts=[], placeholder="",
                                    lines=_agreement(session, text, summary_for), page=page, page_of=text(PAGE_OF))
    return frame
