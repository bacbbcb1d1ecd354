"""The current module in the console: its title, prompt, the timer and its controls."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...model.timer import format_clock, phase, remaining
from .. import palette
from ..retranslate import Retranslating
from ..room import RoomController


class ModulePanel(Retranslating, QWidget):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.title = QLabel()
        self.title.setObjectName("moduleTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("modulePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)

        self.clock = QLabel()
        self.clock.setObjectName("consoleTimer")
        clock_font = QFont(self.clock.font())
        clock_font.setPointSizeF(clock_font.pointSizeF() * 3.2)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.buttons = {name: QPushButton() for name in ("prev", "start", "plus1", "plus5", "reset", "next")}
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the capture field
        self.buttons["prev"].clicked.connect(lambda: room.step(-1))
        self.buttons["next"].clicked.connect(lambda: room.step(1))
        self.buttons["start"].clicked.connect(room.start_pause)
        self.buttons["plus1"].clicked.connect(lambda: room.add_minutes(1))
        self.buttons["plus5"].clicked.connect(lambda: room.add_minutes(5))
        self.buttons["reset"].clicked.connect(room.reset_timer)

        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.clock, 0, 1, 2, 1)
        head.addWidget(self.prompt, 1, 0)
        head.setColumnStretch(0, 1)
        controls = QHBoxLayout()
        for button in self.buttons.values():
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(controls)

        room.ticked.connect(self.update_clock)
        room.context.document.changed.connect(lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        labels = {"prev": self.tr("◀ Previous"), "start": self.tr("Start / pause"), "plus1": self.tr("+1 min"),
                  "plus5": self.tr("+5 min"), "reset": self.tr("Reset"), "next": self.tr("Next ▶")}
        keys = {"prev": "PgUp", "start": "F9", "plus1": "Ctrl+1", "plus5": "Ctrl+5", "reset": "Ctrl+R",
                "next": "PgDown"}
        for name, button in self.buttons.items():
            button.setText(labels[name])
            button.setToolTip(keys[name])
        self.refresh()


    def refresh(self) -> None:
        module = self.room.session.current_module
        if module is None:
            self.title.setText(self.tr("Not started yet"))
            self.prompt.setText(self.tr("Press F9 to start the first module, or double-click a module in the agenda."))
        else:
            self.title.setText(module.title)
            self.prompt.setText(module.prompt)
        self.update_clock()

    def update_clock(self) -> None:
        module = self.room.session.current_module
        if module is None:
            self.clock.setText("")
            return
        now = self.room.now
        text = format_clock(remaining(module, now))
        colour = palette.LIGHT.timer[phase(module, now).value]
        running = module.running_since is not None
        self.clock.setText(text if running else f"{text} ‖")
        self.clock.setStyleSheet(f"color: {colour};")
        self.buttons["start"].setText(self.tr("Pause") if running else self.tr("Start"))
