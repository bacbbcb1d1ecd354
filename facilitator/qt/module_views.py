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


@dataclass(frozen=True)
class ModuleView:
    console: Callable[..., QWidget]          # (room) -> the console's work area for this module
    beamer: BeamerPainter | None = None      # paints the beamer's content area; None: the board


@dataclass
class ModuleViews:
    views: dict[str, ModuleView] = field(default_factory=dict)

    def register(self, kind: str, view: ModuleView) -> None:
        self.views[kind] = view

    def get(self, kind: str | None) -> ModuleView | None:
        return self.views.get(kind) if kind else None
