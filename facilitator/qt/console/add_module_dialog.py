"""A small dialog to add a module to the running agenda."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...model import ModuleInstance, new_id
from ..one_line import keep_one_line

KINDS = ("brainstorm", "opening", "break", "maturity_scan", "goal_tree", "journey_map", "lead_sla", "sign_off")


class AddModuleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a module"))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        keep_one_line(self.title)
        self.kind = QComboBox()
        self.kind.addItems(KINDS)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(15)
        self.minutes.setSuffix(" min")
        self.prompt = QLineEdit()
        self.script = QPlainTextEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Timebox"), self.minutes)
        form.addRow(self.tr("Question for the room"), self.prompt)
        form.addRow(self.tr("Your script"), self.script)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()
        else:
            self.title.setFocus()

    def module(self) -> ModuleInstance:
        return ModuleInstance(id=new_id(), kind=self.kind.currentText(), title=self.title.text().strip(),
                              prompt=self.prompt.text(), script=self.script.toPlainText(),
                              timebox_seconds=self.minutes.value() * 60)
