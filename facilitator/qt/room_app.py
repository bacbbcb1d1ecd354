"""One open session with its windows: the console on the laptop, the beamer on the wall."""

from PySide6.QtCore import QSettings, QTimer

from ..model import History, SessionDocument
from ..model.clock import Clock, MonotonicClock
from ..store import SessionFile
from . import palette
from .beamer.window import BeamerWindow
from .board.note_actions import NoteActions
from .board.scene import BoardScene
from .console.window import ConsoleWindow
from .context import AppContext
from .i18n import UiLanguage
from .quiet_checkpoint import QuietCheckpoint
from .room import RoomController
from .screens import ScreenPlacer


class RoomApp:
    """Kept alive for as long as the session is open; ``files`` handles new/open/close (optional)."""

    def __init__(self, file: SessionFile, settings: QSettings, ui_language: UiLanguage,
                 clock: Clock | None = None, note_actions: NoteActions | None = None, files=None,
                 sections=None, views=None) -> None:
        document = SessionDocument(file.session, file)
        self.context = AppContext(file=file, document=document, history=History(document),
                                  clock=clock or MonotonicClock(), settings=settings, ui_language=ui_language)
        self.room = RoomController(self.context)
        self.quiet_checkpoint = QuietCheckpoint(document, file)
        if views is not None:
            self.room.summary_for = views.summary_for
        self.board = BoardScene(self.room)
        self.console = ConsoleWindow(self.room, self.board, note_actions, files=files, sections=sections,
                                     views=views)
        self.beamer = BeamerWindow(self.room, self.board, views=views)
        self.console._show_work_area()
        self.placer = ScreenPlacer(self.console, self.beamer, settings.value("beamer/screen", "", type=str))
        self.placer.placed.connect(self._remember_screen)
        self.console.placer = self.placer
        self.console.closing.connect(self.close)
        self._closed = False
        self.apply_settings()

    def apply_settings(self) -> None:
        """Take over what QSettings says now (after the settings dialog, or at start)."""
        settings = self.context.settings
        self.room.chime.muted = settings.value("chime/muted", False, type=bool)
        self.console.actions_by_name["mute"].setChecked(self.room.chime.muted)
        theme = palette.use(settings.value("beamer/theme", "light", type=str))
        self.beamer.board_view.set_theme_background(theme.background)
        self.board.update()
        self.room.refresh()
        preferred = settings.value("beamer/screen", "", type=str)
        if preferred != self.placer.preferred:
            self.placer.preferred = preferred
            if self.console.isVisible():
                self.placer.place()

    def _remember_screen(self, where: str) -> None:
        if where.startswith("fullscreen:"):
            self.context.settings.setValue("beamer/screen", where.split(":", 1)[1])
            self.console.preview.set_reference(self.beamer.size())

    def show(self) -> None:
        screen = self.console.screen()
        if screen is not None:  # fill the laptop screen, also where no window manager would maximise
            self.console.setGeometry(screen.availableGeometry())
        self.console.show()
        self.placer.place()
        self.console.raise_()
        self.console.activateWindow()
        self.console.capture.field.setFocus()
        QTimer.singleShot(1000, self._warm_up)  # after the first paint: the room sees the console at once

    def _warm_up(self) -> None:
        from ..export import warm_up

        if not self._closed:
            warm_up.start()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.room.shutdown()
        self.quiet_checkpoint.stop()
        self.beamer.close()
        self.console.close()
        self.context.file.close()  # checkpoints too: the -wal is emptied and removed
