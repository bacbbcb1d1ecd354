"""Which screen shows the beamer: chosen by name or geometry, never by list position, and
re-chosen when screens come and go (the beamer plugged in late, a cable pulled)."""

from PySide6.QtCore import QObject, QPoint, QRect, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from .beamer.window import BeamerWindow


def _distance(a: QPoint, b: QPoint) -> int:
    return (a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2


def choose_beamer_screen(screens: list[QScreen], console: QScreen | None, preferred: str = "") -> QScreen | None:
    """Any screen but the console's; the one named ``preferred`` if present, else the farthest away."""
    others = [s for s in screens if console is None or s.name() != console.name()]
    if not others:
        return None
    for screen in others:
        if preferred and screen.name() == preferred:
            return screen
    centre = console.geometry().center() if console else QPoint(0, 0)
    return max(others, key=lambda s: (_distance(s.geometry().center(), centre), s.name()))


class ScreenPlacer(QObject):
    """Keeps the beamer on the right screen; F5 shows/hides it, swap trades the two screens."""

    placed = Signal(str)  # a short description of where the beamer is now

    def __init__(self, console: QWidget, beamer: BeamerWindow, preferred: str = "") -> None:
        super().__init__(console)
        self.console = console
        self.beamer = beamer
        self.preferred = preferred
        self.beamer_on = True
        self.beamer_screen: QScreen | None = None
        app = QGuiApplication.instance()
        app.screenAdded.connect(lambda _s: self.place())
        app.screenRemoved.connect(lambda _s: self.place())

    def console_screen(self) -> QScreen | None:
        return self.console.screen() or QGuiApplication.primaryScreen()

    def place(self) -> None:
        if not self.beamer_on:
            self.beamer.hide()
            self.beamer_screen = None
            self.placed.emit("hidden")
            return
        console = self.console_screen()
        target = choose_beamer_screen(QGuiApplication.screens(), console, self.preferred)
        self.beamer_screen = target
        if target is not None:
            self.beamer.set_fullscreen_on(target.geometry())
            self.placed.emit(f"fullscreen:{target.name()}")
        else:
            # One screen: a normal window the facilitator can move (the console preview helps too).
            area = console.availableGeometry() if console else QRect(0, 0, 1280, 800)
            if self.beamer.isVisible() and not self._is_frameless():
                return
            size = area.size() / 2
            self.beamer.set_windowed(QRect(area.right() - size.width(), area.top() + 40, size.width(), size.height()))
            self.placed.emit("window")

    def _is_frameless(self) -> bool:
        from PySide6.QtCore import Qt

        return bool(self.beamer.windowFlags() & Qt.WindowType.FramelessWindowHint)

    def toggle(self) -> None:
        self.beamer_on = not self.beamer_on
        self.place()

    def swap(self) -> None:
        """Trade screens: the console goes where the beamer was, the beamer where the console was."""
        console, beamer = self.console_screen(), self.beamer_screen
        if console is None or beamer is None:
            return
        self.preferred = console.name()
        area = beamer.availableGeometry()
        handle = self.console.windowHandle()
        if handle is not None:
            handle.setScreen(beamer)
        self.console.move(area.topLeft())
        self.console.resize(min(self.console.width(), area.width()), min(self.console.height(), area.height()))
        self.beamer.hide()
        self.beamer.set_fullscreen_on(console.geometry())
        self.beamer_screen = console
        self.placed.emit(f"fullscreen:{console.name()}")
