"""Paste a list of people from an e-mail or spreadsheet, check the preview, add them all."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.roster import RosterRow, parse_roster


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, departments: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a list of participants"))
        self.departments = departments or {"marketing": "Marketing", "sales": "Sales", "other": "Other"}
        self.text = QPlainTextEdit()
        self.text.setObjectName("pasteText")
        self.text.setPlaceholderText(self.tr("One person per line. Columns (tab, ; or ,) may give the department, "
                                             "the role and whether they sign. E-mail addresses are fine too."))
        self.default_department = QComboBox()
        for key, name in self.departments.items():
            self.default_department.addItem(name, key)
        self.default_department.setCurrentIndex(self.default_department.findData("other"))
        self.preview = QTableWidget(0, 6)
        self.preview.setObjectName("pastePreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Department"),
                                                self.tr("Role"), self.tr("Signs"), self.tr("E-mail")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Department when a line gives none"), self.default_department)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 2)
        layout.addLayout(form)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.update_preview)
        self.default_department.currentIndexChanged.connect(self.update_preview)
        self.rows: list[RosterRow] = []
        self.update_preview()
        self.resize(720, 560)

    def update_preview(self) -> None:
        self.rows = parse_roster(self.text.toPlainText())
        self.preview.setRowCount(len(self.rows))
        default = self.default_department.currentData()
        for r, row in enumerate(self.rows):
            department = row.department.value if row.department else default
            cells = [str(row.line), row.name or row.warning, self.departments[department], row.role,
                     "✓" if row.signs else "", row.email]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if row.warning:
                    item.setToolTip(row.warning)
                self.preview.setItem(r, c, item)
        usable = len(self.people())
        self.summary.setText(self.tr("{0} people will be added.").format(usable))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable > 0)

    def people(self) -> list[tuple[str, str, str, bool, str | None]]:
        """(name, department, role, signs, e-mail or None) for every usable row."""
        default = self.default_department.currentData()
        return [(row.name, row.department.value if row.department else default, row.role, row.signs,
                 row.email or None) for row in self.rows if row.name]
