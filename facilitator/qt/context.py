"""Everything a window needs, passed explicitly (no global main window)."""

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..model import History, SessionDocument
from ..model.clock import Clock
from ..store import SessionFile
from .i18n import UiLanguage


@dataclass
class AppContext:
    file: SessionFile
    document: SessionDocument
    history: History
    clock: Clock
    settings: QSettings
    ui_language: UiLanguage

    @property
    def session(self):
        return self.document.session
