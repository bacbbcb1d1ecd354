"""What the app offers from the workshop content, handed in by the command line.

The engine's windows need agendas, a way to make a new session and the demo, but may not import
the ``workshops`` package (import-linter forbids it); ``facilitator.cli`` wires them in here."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..export.sections import Sections
from ..model import Session
from .board.note_actions import NoteActions
from .module_views import ModuleViews


@dataclass
class Catalogue:
    agendas: Callable[[str], list[tuple[str, str]]]          # language -> [(key, name)]
    new_session: Callable[..., Session]                      # language, title, company, place, facilitator, day, agenda
    demo: Callable[[str], Session]                           # language -> a filled-in example session
    note_actions: NoteActions = field(default_factory=NoteActions)
    sections: Sections = field(default_factory=Sections)      # module pages of the agreement PDF
    module_views: ModuleViews = field(default_factory=ModuleViews)  # console work areas, beamer pictures
    default_title: Callable[[str], str] = lambda language: ""


def empty_catalogue() -> Catalogue:
    """For tests of the engine alone: no agendas, sessions without modules."""
    from ..model import SessionMeta

    def blank(language: str = "en", title: str = "", company: str = "", place: str = "", facilitator: str = "",
              day: dt.date | None = None, agenda: str = "") -> Session:
        return Session(meta=SessionMeta(title=title or "Session", company=company, place=place,
                                        facilitator=facilitator, date=day or dt.date.today(), language=language))

    return Catalogue(agendas=lambda language: [], new_session=blank, demo=lambda language: blank(language))
