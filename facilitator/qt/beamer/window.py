"""The beamer window: what the room sees, nothing else (no menus, no cursor)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ..board.beamer_view import BeamerBoardView
from ..board.scene import BoardScene
from ..room import RoomController
from .painter import layout, paint_room

WINDOW_TITLE = "Facilitator — beamer"


class BeamerCanvas(QWidget):
    """Paints the room's current frame at the widget's own size; the board lives in a child view
    placed over the content area, so a new note repaints only itself."""

    def __init__(self, room: RoomController, board: BoardScene, parent: QWidget | None = None,
                 views=None) -> None:
        super().__init__(parent)
        self.room = room
        self.views = views
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.board_view = BeamerBoardView(board, self)
        self.board_view.hide()
        room.frame_changed.connect(self._frame_changed)

    def _frame_changed(self) -> None:
        self._place_board()
        self.update()

    def _place_board(self) -> None:
        frame = self.room.frame()
        box = layout(self.width(), self.height(), with_timer=bool(frame.timer_text))
        module = self.room.session.current_module
        own_view = self.views.get(module.kind) if self.views is not None and module is not None else None
        show = frame.board and not frame.blackout and not (own_view and own_view.beamer)
        if show:
            rect = box.content.toAlignedRect()
            if self.board_view.geometry() != rect:
                self.board_view.setGeometry(rect)
        self.board_view.setVisible(show)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_board()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_room(painter, self.width(), self.height(), self.room, None, self.views)
        painter.end()


class BeamerWindow(BeamerCanvas):
    painted = Signal()

    def __init__(self, room: RoomController, board: BoardScene, views=None) -> None:
        super().__init__(room, board, views=views)
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
