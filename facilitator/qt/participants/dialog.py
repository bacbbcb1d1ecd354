"""Who is in the room: add, edit, remove and reorder participants by keyboard, or paste a list.

Non-modal, so a late arrival is added while the room goes on with the current module.

Keys: Enter in the name field adds; F2 or typing edits a cell; Del removes; Alt+Up/Down reorders.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model import Participant, new_id
from ...model.operations import AddParticipant, Batch, MoveParticipant, RemoveParticipant, UpdateParticipant
from ...model.roster import duplicate_names, parse_roster
from ..one_line import keep_one_line
from ..retranslate import Retranslating
from ..room import RoomController
from .paste_dialog import PasteDialog
from .table_model import ParticipantsModel


class DepartmentDelegate(QStyledItemDelegate):
    def __init__(self, model: ParticipantsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for key, name in self.model.departments().items():
            editor.addItem(name, key)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        person = self.model.people[index.row()]
        chosen = editor.currentData()
        if chosen != person.department.value:
            self.model.room.run(UpdateParticipant(participant_id=person.id, changes={"department": chosen}))


class ParticipantsDialog(Retranslating, QDialog):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants")
        self.setModal(False)
        self.room = room
        self.model = ParticipantsModel(room)
        self.name = QLineEdit()
        self.name.setObjectName("participantName")
        self.name.setMaxLength(200)
        self.department = QComboBox()
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        keep_one_line(self.name, self.role)
        self.signs = QCheckBox()
        self.add_button = QPushButton()
        self.paste_button = QPushButton()
        for button in (self.add_button, self.paste_button):
            button.setAutoDefault(False)  # Return belongs to the field or cell being edited
        self.table = QTableView()
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(1, DepartmentDelegate(self.model, self.table))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warnings = QLabel()
        self.warnings.setObjectName("participantWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8F3600;")
        self.help = QLabel()
        self.help.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.name, 3)
        row.addWidget(self.department, 1)
        row.addWidget(self.role, 2)
        row.addWidget(self.signs)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        bottom = QHBoxLayout()
        bottom.addWidget(self.help, 1)
        bottom.addWidget(self.paste_button)
        layout.addLayout(bottom)

        self.name.returnPressed.connect(self.add)
        self.role.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.paste_button.clicked.connect(self.paste)
        QShortcut(QKeySequence("Del"), self.table, activated=self.remove_selected)
        QShortcut(QKeySequence("Alt+Up"), self, activated=lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, activated=lambda: self.move_selected(1))
        QShortcut(QKeySequence("Alt+N"), self, activated=self.name.setFocus)
        room.context.document.changed.connect(lambda change: self._update_warnings()
                                              if ("participants", None) in change.touched else None)
        self.retranslate()
        self.resize(820, 560)
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participants"))
        current = self.department.currentData() or "other"
        self.department.clear()
        for key, name in self.model.departments().items():
            self.department.addItem(name, key)
        self.department.setCurrentIndex(self.department.findData(current))
        self.name.setPlaceholderText(self.tr("Name (Enter adds)"))
        self.role.setPlaceholderText(self.tr("Role"))
        self.signs.setText(self.tr("Signs"))
        self.add_button.setText(self.tr("Add"))
        self.paste_button.setText(self.tr("Paste a list…"))
        self.help.setText(self.tr("Enter adds · F2 or typing edits a cell · Del removes · Alt+↑/↓ reorders · "
                                  "Alt+N back to the name field"))
        self._update_warnings()

    def add(self) -> None:
        text = self.name.text().strip()
        if not text:
            return
        # The name field also takes a whole line, "Ruud Bakker; verkoop; directeur; ja", as when pasting.
        rows = parse_roster(text)
        row = rows[0] if len(rows) == 1 and rows[0].name else None
        name = row.name if row else text
        department = row.department.value if row and row.department else self.department.currentData()
        role = self.role.text().strip() or (row.role if row else "")
        signs = self.signs.isChecked() or bool(row and row.signs)
        person = Participant(id=new_id(), name=name[:200], department=department, role=role[:200], signs=signs,
                             email=row.email if row and row.email else None)
        if self.room.run(AddParticipant(participant=person)):
            self.name.clear()
            self.role.clear()
            self.signs.setChecked(False)
            self.name.setFocus()
            self.table.scrollToBottom()

    def paste(self) -> None:
        dialog = PasteDialog(self, self.model.departments())
        if dialog.exec():
            people = [Participant(id=new_id(), name=n[:200], department=d, role=r[:200], signs=s, email=e)
                      for n, d, r, s, e in dialog.people()]
            if people:
                self.room.run(Batch(ops=[AddParticipant(participant=p) for p in people], name="add participants"))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        people = self.room.session.participants
        return people[index.row()].id if index.isValid() and index.row() < len(people) else None

    def remove_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            row = self.table.currentIndex().row()
            self.room.run(RemoveParticipant(participant_id=person_id))
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move_selected(self, offset: int) -> None:
        person_id = self.selected_id()
        if person_id:
            row = self.table.currentIndex().row()
            if 0 <= row + offset < self.model.rowCount():
                self.room.run(MoveParticipant(participant_id=person_id, index=row + offset))
                self.table.selectRow(row + offset)

    def problems(self) -> list[str]:
        people = self.room.session.participants
        found = [self.tr("Listed twice: {0}").format(name) for name in duplicate_names([p.name for p in people])]
        if people:
            for department, missing in (("marketing", self.tr("Nobody from marketing signs the agreement yet.")),
                                        ("sales", self.tr("Nobody from sales signs the agreement yet."))):
                if not any(p.signs and p.department.value == department for p in people):
                    found.append(missing)
        return found

    def _update_warnings(self) -> None:
        problems = self.problems()
        self.warnings.setText("⚠ " + "  ·  ".join(problems) if problems else "")
