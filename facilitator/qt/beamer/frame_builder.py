"""Turn the session, the time and the room's switches into a BeamerFrame."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Session
from ...model.timer import TimerPhase, format_clock, phase, remaining
from ..i18n import RoomText
from .frame import BeamerFrame, Card

LETTERS = {
    "marketing": QT_TRANSLATE_NOOP("Room", "M"),
    "sales": QT_TRANSLATE_NOOP("Room", "S"),
    "joint": QT_TRANSLATE_NOOP("Room", "J"),
}
NO_MODULE = QT_TRANSLATE_NOOP("Room", "Welcome")
EMPTY_BOARD = QT_TRANSLATE_NOOP("Room", "Your input will appear here.")
MORE = QT_TRANSLATE_NOOP("Room", "+{n} earlier")


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isupper()]
    return "".join(p[0] for p in parts[:3])


def build_frame(session: Session, now: dt.datetime, text: RoomText, *, blackout: bool = False,
                flash: bool = False) -> BeamerFrame:
    module = session.current_module
    if module is None:
        meta = session.meta
        who = " · ".join(part for part in (meta.company, meta.place) if part)
        return BeamerFrame(title=meta.title, prompt=who, placeholder=text(NO_MODULE), blackout=blackout,
                           welcome=True)
    names = {p.id: p.name for p in session.participants}
    notes = sorted((n for n in session.notes.values() if n.module_id == module.id), key=lambda n: n.created_at)
    cards = [Card(n.text, n.department.value, text(LETTERS[n.department.value]),
                  initials(names.get(n.speaker_id, "")) if n.speaker_id else "") for n in notes]
    timer_phase = phase(module, now)
    left = remaining(module, now)
    position = f"{session.agenda.index(module) + 1} / {len(session.agenda)}"
    return BeamerFrame(
        title=module.title, prompt=module.prompt, timer_text=format_clock(left),
        timer_phase=timer_phase.value, flash=flash and timer_phase == TimerPhase.OVERTIME,
        position=position, cards=cards, more_text=text(MORE), placeholder=text(EMPTY_BOARD), blackout=blackout,
    )
