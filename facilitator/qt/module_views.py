"""How a module kind shows itself: its own work area in the console and its own picture on the
beamer, instead of the notes board. Workshop packages register these; the engine only asks."""

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ..model import ModuleInstance, Session

# (painter, content area, session, module, translate-for-the-room, body text px)
BeamerPainter = Callable[[QPainter, QRectF, Session, ModuleInstance, Callable[[str], str], float], None]
# (session, module, translate-for-the-room) -> the module's result in a few lines, for the agreement
# on the beamer in the room's language
ResultSummary = Callable[[Session, ModuleInstance, Callable[[str], str]], list[str]]


@dataclass(frozen=True)
class ModuleView:
    console: Callable[..., QWidget]          # (room) -> the console's work area for this module
    beamer: BeamerPainter | None = None      # paints the beamer's content area; None: the board
    summary: ResultSummary | None = None     # its result as lines on the agreement's beamer pages


@dataclass
class ModuleViews:
    views: dict[str, ModuleView] = field(default_factory=dict)

    def register(self, kind: str, view: ModuleView) -> None:
        self.views[kind] = view

    def get(self, kind: str | None) -> ModuleView | None:
        return self.views.get(kind) if kind else None

    def summary_for(self, kind: str) -> ResultSummary | None:
        view = self.views.get(kind)
        return view.summary if view is not None else None
