"""The facilitator's script for the current module: what to say, what to ask, tips."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..retranslate import Retranslating
from ..room import RoomController


class ScriptPanel(Retranslating, QWidget):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.label = QLabel()
        self.text = QPlainTextEdit()
        self.text.setObjectName("moduleScript")
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        room.context.document.changed.connect(lambda _c: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Your script"))
        self.refresh()


    def refresh(self) -> None:
        module = self.room.session.current_module
        script = module.script if module else ""
        if self.text.toPlainText() != script:
            self.text.setPlainText(script)
