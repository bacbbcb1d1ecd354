"""The beamer window: what the room sees, nothing else (no menus, no cursor)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ..board.picture import BoardPicture
from ..room import RoomController
from .painter import paint

WINDOW_TITLE = "Facilitator — beamer"


class BeamerCanvas(QWidget):
    """Paints the room's current frame, and the board, at the widget's own size."""

    def __init__(self, room: RoomController, picture: BoardPicture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.picture = picture
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        room.frame_changed.connect(self.update)
        picture.scene.board_changed.connect(self.update)
        picture.scene.changed.connect(lambda _rects: self.update())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint(painter, self.width(), self.height(), self.room.frame(), self.picture.draw)
        painter.end()


class BeamerWindow(BeamerCanvas):
    painted = Signal()

    def __init__(self, room: RoomController, picture: BoardPicture) -> None:
        super().__init__(room, picture)
        self.setWindowTitle(WINDOW_TITLE)
        self.setObjectName("beamer")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMinimumSize(320, 180)
        self.resize(960, 540)

    def set_fullscreen_on(self, geometry) -> None:
        """Cover a whole screen: a frameless window with the screen's geometry (works with and
        without a window manager, unlike showFullScreen)."""
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setGeometry(geometry)
        self.show()

    def set_windowed(self, geometry) -> None:
        self.setWindowFlags(Qt.WindowType.Window)
        self.setGeometry(geometry)
        self.show()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted.emit()
