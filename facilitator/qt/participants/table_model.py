"""The participant list as an editable Qt table: name, department, role, signs, e-mail."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ...model.operations import UpdateParticipant
from ...model.types import one_line
from ..room import RoomController

COLUMNS = ("name", "department", "role", "signs", "email")


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, room: RoomController) -> None:
        super().__init__()
        self.room = room
        room.context.document.changed.connect(self._changed)

    def _changed(self, change) -> None:
        if ("participants", None) in change.touched:
            self.beginResetModel()
            self.endResetModel()

    def departments(self) -> dict[str, str]:
        return {"marketing": self.tr("Marketing"), "sales": self.tr("Sales"), "other": self.tr("Other")}

    @property
    def people(self):
        return self.room.session.participants

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.people)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [self.tr("Name"), self.tr("Department"), self.tr("Role"), self.tr("Signs"),
                self.tr("E-mail")][section]

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] == "signs":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        column = COLUMNS[index.column()]
        if column == "signs":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if person.signs else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "department":
                return self.departments()[person.department.value] if role == Qt.ItemDataRole.DisplayRole \
                    else person.department.value
            return getattr(person, column) or ""  # no e-mail is None
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        person = self.people[index.row()]
        column = COLUMNS[index.column()]
        if column == "signs" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.room.run(UpdateParticipant(participant_id=person.id, changes={"signs": checked}))
        if role != Qt.ItemDataRole.EditRole or column == "signs":
            return False
        text = one_line(str(value)).strip()
        if column == "name" and not text:
            return False
        new = (text or None) if column == "email" else text[:200]  # an invalid address is refused with a message
        if getattr(person, column) == new:
            return False
        return self.room.run(UpdateParticipant(participant_id=person.id, changes={column: new}))
