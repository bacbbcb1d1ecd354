"""Action items as an editable table: in the agreement or not, what, owner, due date, status."""

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ...model.agreement import action_key
from ...model.operations import SetExcluded, UpdateAction
from ...model.types import one_line
from ..room import RoomController

COLUMNS = ("included", "what", "owner", "due", "status")
STATUSES = ("open", "doing", "done")


def parse_date(text: str) -> dt.date | None:
    """'2027-02-26', '26-02-2027' or '26/2/2027'; None for empty; ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class ActionsModel(QAbstractTableModel):
    def __init__(self, room: RoomController) -> None:
        super().__init__()
        self.room = room
        room.context.document.changed.connect(self._changed)

        self._rows = len(room.session.actions)

    def _changed(self, change) -> None:
        if not change.touched & {("actions", None), ("agreement", None), ("participants", None)}:
            return
        rows = len(self.actions)
        if rows == self._rows and rows:
            # Same rows: repaint them. A reset here would destroy the editor that is committing this
            # very change ("commitData called with an editor that does not belong to this view").
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def actions(self):
        return self.room.session.actions

    def statuses(self) -> dict[str, str]:
        return {"open": self.tr("open"), "doing": self.tr("in progress"), "done": self.tr("done")}

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.actions)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("In"), self.tr("What"), self.tr("Owner"), self.tr("Due"), self.tr("Status")][section]

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] == "included":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def owner_name(self, action) -> str:
        person = self.room.session.participant(action.owner_id) if action.owner_id else None
        return person.name if person else action.owner

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.actions[index.row()]
        column = COLUMNS[index.column()]
        if column == "included":
            if role == Qt.ItemDataRole.CheckStateRole:
                left_out = action_key(action.id) in self.room.session.agreement.excluded
                return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == "what":
            return action.what
        if column == "owner":
            return self.owner_name(action)
        if column == "due":  # shown as the PDF writes it, edited as digits
            if role == Qt.ItemDataRole.DisplayRole:
                from ...formatting import long_date

                return long_date(action.due, self.room.session.meta.language.value)
            return action.due.isoformat() if action.due else ""
        return self.statuses()[action.status.value] if role == Qt.ItemDataRole.DisplayRole else action.status.value

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        action = self.actions[index.row()]
        column = COLUMNS[index.column()]
        if column == "included" and role == Qt.ItemDataRole.CheckStateRole:
            include = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.room.run(SetExcluded(key=action_key(action.id), excluded=not include))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if column == "owner":
            text = one_line(text).strip()
        if column == "what":
            changes = {"what": text} if text else {}
        elif column == "owner":
            person = next((p for p in self.room.session.participants if p.name.casefold() == text.casefold()), None)
            changes = {"owner_id": person.id, "owner": ""} if person else {"owner_id": None, "owner": text[:200]}
        elif column == "due":
            try:
                changes = {"due": parse_date(text)}
            except ValueError:
                self.room.error.emit(self.tr("Not a date: {0}. Use for example 2027-02-26.").format(text))
                return False
        else:
            reverse = {v: k for k, v in self.statuses().items()}
            status = text if text in STATUSES else reverse.get(text)
            changes = {"status": status} if status else {}
        if not changes:
            return False
        return self.room.run(UpdateAction(action_id=action.id, changes=changes))
