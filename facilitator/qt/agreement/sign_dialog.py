"""One signatory signs: draw in the box, or type the name where drawing is impossible."""

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...model.records import Participant, Signature
from ..one_line import keep_one_line
from .signature_pad import SignaturePad


class SignDialog(QDialog):
    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.person = person
        self.setWindowTitle(self.tr("Sign: {0}").format(person.name))
        intro = QLabel(self.tr("{0}, please sign in the box below.").format(person.name))
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.use_typed = QCheckBox(self.tr("Type my name instead (when drawing is not possible)"))
        self.typed = QLineEdit(person.name)
        self.typed.setMaxLength(200)
        keep_one_line(self.typed)
        self.typed.setEnabled(False)
        self.use_typed.toggled.connect(self._typed_toggled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.pad, self.clear_button, self.use_typed, self.typed, self.buttons):
            layout.addWidget(widget)
        self.pad.changed.connect(self._update)
        self.typed.textChanged.connect(self._update)
        self._update()
        self.resize(640, 420)

    def _typed_toggled(self, on: bool) -> None:
        self.typed.setEnabled(on)
        self.pad.setEnabled(not on)
        self._update()

    def _update(self) -> None:
        ready = bool(self.typed.text().strip()) if self.use_typed.isChecked() else not self.pad.is_empty()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def signature(self, at: dt.datetime) -> Signature:
        typed = self.use_typed.isChecked()
        return Signature(participant_id=self.person.id, name=(self.typed.text().strip() if typed else
                                                              self.person.name)[:200],
                         role=self.person.role, signed_at=at, strokes=[] if typed else self.pad.strokes,
                         typed=typed)
