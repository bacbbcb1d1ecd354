"""The agenda in the console: go to, reorder, skip, add and re-time modules."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model.operations import MoveModule, SetSkipped
from ..retranslate import Retranslating
from ..room import RoomController
from .agenda_model import AgendaModel


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, 600)
        editor.setSuffix(" min")
        return editor


class AgendaPanel(Retranslating, QWidget):
    add_requested = Signal()

    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.model = AgendaModel(room)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(1, MinutesDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._go_to_row)

        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setWordWrap(True)
        self.buttons = {name: QPushButton() for name in ("up", "down", "skip", "add", "go")}
        self.buttons["up"].clicked.connect(lambda: self.move_selected(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_selected(1))
        self.buttons["skip"].clicked.connect(self.toggle_skip_selected)
        self.buttons["add"].clicked.connect(self.add_requested)
        self.buttons["go"].clicked.connect(lambda: self._go_to_row(self.table.currentIndex()))
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        room.ticked.connect(self._update_summary)
        room.context.document.changed.connect(lambda _c: self._update_summary())
        self.model.modelReset.connect(self._restore_selection)
        self._selected_id: str | None = None
        self.table.selectionModel().currentRowChanged.connect(self._remember_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Agenda"))
        labels = {"up": self.tr("Up"), "down": self.tr("Down"), "skip": self.tr("Skip"), "add": self.tr("Add…"),
                  "go": self.tr("Go to")}
        tips = {"up": "Alt+Up", "down": "Alt+Down", "skip": "Ctrl+K", "add": "Ctrl+Shift+N", "go": "Enter"}
        for name, button in self.buttons.items():
            button.setText(labels[name])
            button.setToolTip(tips[name])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._update_summary()


    def _update_summary(self) -> None:
        self.summary.setText(self.model.summary())

    def _remember_selection(self, current, _previous) -> None:
        self._selected_id = self.model.module_id(current.row())

    def _restore_selection(self) -> None:
        ids = [m.id for m in self.room.session.agenda]
        if self._selected_id in ids:
            self.table.selectRow(ids.index(self._selected_id))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.module_id(index.row()) if index.isValid() else None

    def _go_to_row(self, index) -> None:
        module_id = self.model.module_id(index.row()) if index.isValid() else None
        if module_id:
            self.room.go_to(module_id)

    def move_selected(self, offset: int) -> None:
        module_id = self.selected_id()
        if module_id is None:
            return
        ids = [m.id for m in self.room.session.agenda]
        target = ids.index(module_id) + offset
        if 0 <= target < len(ids):
            self.room.run(MoveModule(module_id=module_id, index=target))

    def toggle_skip_selected(self) -> None:
        module_id = self.selected_id()
        if module_id is None:
            return
        module = self.room.session.module(module_id)
        self.room.run(SetSkipped(module_id=module_id, skipped=module.state.value != "skipped", at=self.room.now))
