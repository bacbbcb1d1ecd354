"""Start the app: one session, a console on the laptop and the beamer on the wall."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..errors import FacilitatorError
from ..model import History, SessionDocument
from ..model.clock import Clock, MonotonicClock
from ..store import SessionFile
from .beamer.window import BeamerWindow
from .board.note_actions import NoteActions
from .board.scene import BoardScene
from .console.window import ConsoleWindow
from .context import AppContext
from .fonts import family
from .i18n import UiLanguage, system_language
from .room import RoomController
from .screens import ScreenPlacer

APP_NAME = "Facilitator"


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt itself would abort the process instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return "no display to show the app on (DISPLAY is not set)"
    return _x11_problem(os.environ["DISPLAY"])


def _x11_problem(display: str) -> str | None:
    import ctypes
    import ctypes.util

    if ctypes.util.find_library("xcb-cursor") is None:
        return "the system library libxcb-cursor0 is missing (run: sudo apt-get install libxcb-cursor0)"
    name = ctypes.util.find_library("X11")
    if name is None:
        return None  # cannot probe; let Qt try
    xlib = ctypes.cdll.LoadLibrary(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return f"cannot connect to the display {display}"
    xlib.XCloseDisplay(handle)
    return None


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    family()  # register the bundled fonts before any window paints
    return app


class RoomApp:
    """One open session with its windows; kept alive for as long as the console is open."""

    def __init__(self, file: SessionFile, settings: QSettings, ui_language: UiLanguage,
                 clock: Clock | None = None, note_actions: NoteActions | None = None) -> None:
        document = SessionDocument(file.session, file)
        self.context = AppContext(file=file, document=document, history=History(document),
                                  clock=clock or MonotonicClock(), settings=settings, ui_language=ui_language)
        self.room = RoomController(self.context)
        self.room.chime.muted = settings.value("chime/muted", False, type=bool)
        self.board = BoardScene(self.room)
        self.console = ConsoleWindow(self.room, self.board, note_actions)
        self.beamer = BeamerWindow(self.room, self.board)
        self.placer = ScreenPlacer(self.console, self.beamer, settings.value("beamer/screen", "", type=str))
        self.placer.placed.connect(self._remember_screen)
        self.console.placer = self.placer
        self.console.actions_by_name["mute"].setChecked(self.room.chime.muted)
        self.console.closing.connect(self.close)
        self._closed = False

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

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.room.shutdown()
        self.beamer.close()
        self.console.close()
        self.context.file.close()


def choose_session(parent=None) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getOpenFileName(parent, "Open a session", folder, "Facilitator sessions (*.session)")
    return Path(path) if path else None


def run(path: str | None) -> int:
    problem = display_problem()
    if problem:
        raise FacilitatorError(f"cannot open the app: {problem}. Try 'facilitator --help' for the commands.")
    app = application()
    settings = QSettings()
    ui_language = UiLanguage()
    ui_language.set(settings.value("ui/language", system_language(), type=str))
    target = Path(path) if path else choose_session()
    if target is None:
        return 0
    try:
        file = SessionFile.open(target)
    except FacilitatorError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        raise
    room_app = RoomApp(file, settings, ui_language)
    room_app.show()
    if os.environ.get("FACILITATOR_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, room_app)
    code = app.exec()
    room_app.close()
    return code


def _exit_after_first_paint(app: QApplication, room_app: RoomApp) -> None:
    """For the start-up benchmark: quit once both windows have painted."""
    painted = {"console": False, "beamer": False}

    def mark(which: str) -> None:
        painted[which] = True
        if all(painted.values()) and not painted.get("done"):
            painted["done"] = True
            launched = float(os.environ.get("FACILITATOR_BENCH_T0", "0") or 0)
            if launched:
                import time

                print(f"painted {time.time() - launched:.4f}", flush=True)
            app.quit()

    room_app.beamer.painted.connect(lambda: mark("beamer"))
    from PySide6.QtCore import QEvent, QObject

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                mark("console")
            return False

    watcher = PaintWatcher(room_app.console)
    room_app.console.preview.installEventFilter(watcher)
