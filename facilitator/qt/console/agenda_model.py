"""The agenda as a Qt table model: planned and actual times, projected start, state."""

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...model.agenda_plan import AgendaPlan, plan
from ...model.operations import UpdateModule
from ...model.timer import format_clock
from ..room import RoomController

COLUMNS = ("module", "planned", "actual", "start", "state")


def local_hhmm(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


class AgendaModel(QAbstractTableModel):
    def __init__(self, room: RoomController) -> None:
        super().__init__()
        self.room = room
        self.plan: AgendaPlan = plan(room.session, room.now)
        room.context.document.changed.connect(self._reset)
        room.ticked.connect(self._times_changed)

    def _reset(self, change=None) -> None:
        if change is not None and not change.touched & {("agenda", None), ("room", None), ("meta", None)}:
            return  # notes and the like do not change the agenda
        self.beginResetModel()
        self.plan = plan(self.room.session, self.room.now)
        self.endResetModel()

    def _times_changed(self) -> None:
        self.plan = plan(self.room.session, self.room.now)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 3))

    def headers(self) -> list[str]:
        return [self.tr("Module"), self.tr("Planned"), self.tr("Actual"), self.tr("Start"), self.tr("State")]

    def states(self) -> dict[str, str]:
        return {"planned": self.tr("planned"), "running": self.tr("running"), "paused": self.tr("paused"),
                "done": self.tr("done"), "skipped": self.tr("skipped")}

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.room.session.agenda)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers()[section]
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if COLUMNS[index.column()] == "planned":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        module = self.room.session.agenda[index.row()]
        column = COLUMNS[index.column()]
        row = self.plan.rows[index.row()] if index.row() < len(self.plan.rows) else None
        current = module.id == self.room.session.room.current_module_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "module":
                return module.title
            if column == "planned":
                return f"{module.timebox_seconds // 60} min"
            if column == "actual":
                return format_clock(row.spent_seconds) if row and row.spent_seconds else ""
            if column == "start":
                return local_hhmm(row.projected_start if row else None)
            return self.states()[module.state.value]
        if role == Qt.ItemDataRole.EditRole and column == "planned":
            return module.timebox_seconds // 60
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and module.state.value == "skipped":
            return QBrush(QColor("#6B6B6B"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return module.prompt or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or COLUMNS[index.column()] != "planned":
            return False
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        module = self.room.session.agenda[index.row()]
        return self.room.run(UpdateModule(module_id=module.id, changes={"timebox_seconds": minutes * 60}))

    def module_id(self, row: int) -> str | None:
        agenda = self.room.session.agenda
        return agenda[row].id if 0 <= row < len(agenda) else None

    def summary(self) -> str:
        p = self.plan
        drift = round(p.drift_seconds / 60)
        text = self.tr("Planned end {planned} · expected end {projected}").format(
            planned=local_hhmm(p.planned_end), projected=local_hhmm(p.projected_end))
        if drift:
            text += f" ({'+' if drift > 0 else '−'}{abs(drift)} min)"
        return text
