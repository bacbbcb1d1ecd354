"""Board controls under the board: department filter, silent writing, sort, fit, dots used."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from ...model.operations import SetHidden, UpdateModule
from ..board.scene import BoardScene
from ..board.view import BoardView
from ..retranslate import Retranslating
from ..room import RoomController

FILTERS = ("marketing", "sales", "joint")


class BoardBar(Retranslating, QWidget):
    def __init__(self, room: RoomController, scene: BoardScene, view: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.scene = scene
        self.view = view
        self.filters = {d: QPushButton() for d in FILTERS}
        for button in self.filters.values():
            button.setCheckable(True)
            button.setChecked(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._apply_filter)
        self.hide_button = QPushButton()
        self.hide_button.setCheckable(True)
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.sort_button = QPushButton()
        self.sort_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sort_button.clicked.connect(view.sort_by_votes)
        self.fit_button = QPushButton()
        self.fit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fit_button.clicked.connect(lambda: (setattr(view, "_auto_fit", True), view.fit()))
        self.dots = QLabel()
        self.dots.setObjectName("dotsUsed")
        self.budget = QSpinBox()
        self.budget.setObjectName("dotsPerPerson")
        self.budget.setRange(0, 50)
        self.budget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.budget.editingFinished.connect(self._set_budget)
        # Two rows, so the console still fits a 1366-pixel laptop screen.
        self.dots.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in self.filters.values():
            first.addWidget(button)
        first.addSpacing(12)
        first.addWidget(self.hide_button)
        first.addStretch(1)
        for widget in (self.sort_button, self.fit_button, self.budget):
            second.addWidget(widget)
        second.addWidget(self.dots, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(first)
        layout.addLayout(second)
        # Counting dots is not urgent: coalesce bursts of changes so typing stays instant.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(120)
        self._later.timeout.connect(self.refresh)
        room.context.document.changed.connect(lambda _c: self._later.start())
        self.retranslate()

    def retranslate(self) -> None:
        names = {"marketing": self.tr("Marketing"), "sales": self.tr("Sales"), "joint": self.tr("Joint")}
        for i, (department, button) in enumerate(self.filters.items(), start=1):
            button.setText(names[department])
            button.setToolTip(self.tr("Show or hide this department's notes (Alt+{0})").format(i))
        self.hide_button.setText(self.tr("Silent writing (Ctrl+H)"))
        self.hide_button.setToolTip(
            self.tr("The beamer shows only how many notes each side has, until you reveal them"))
        self.sort_button.setText(self.tr("Sort by dots (V)"))
        self.fit_button.setText(self.tr("Fit (Ctrl+0)"))
        self.budget.setSuffix(self.tr(" dots each"))
        self.budget.setToolTip(self.tr("How many dots every participant may give in this module"))
        self.refresh()


    def toggle_filter(self, department: str) -> None:
        self.filters[department].toggle()

    def _apply_filter(self) -> None:
        self.scene.set_filter({d for d, b in self.filters.items() if not b.isChecked()})

    def toggle_hidden(self) -> None:
        module = self.room.session.current_module
        if module is not None:
            self.room.run(SetHidden(module_id=module.id, hidden=not module.hidden))
        self.refresh()

    def _set_budget(self) -> None:
        module = self.room.session.current_module
        if module is not None and module.dots_per_person != self.budget.value():
            self.room.run(UpdateModule(module_id=module.id, changes={"dots_per_person": self.budget.value()}))

    def refresh(self) -> None:
        module = self.room.session.current_module
        self.hide_button.setChecked(bool(module and module.hidden))
        self.budget.setEnabled(module is not None)
        if module is not None and not self.budget.hasFocus():
            self.budget.setValue(module.dots_per_person)
        self.dots.setText(self.dots_text() if module else "")

    def dots_text(self) -> str:
        """Dots given against the budget, per department: 'Dots M 12/12 · S 9/15 · O 1/3'."""
        session = self.room.session
        module = session.current_module
        used = {"marketing": 0, "sales": 0, "other": 0}
        for note in session.notes.values():
            if note.module_id == module.id:
                for department in used:
                    used[department] += getattr(note.votes, department)
        people = {d: sum(1 for p in session.participants if p.department.value == d) for d in used}
        parts = []
        for department, letter in (("marketing", "M"), ("sales", "S"), ("other", "O")):
            budget = people[department] * module.dots_per_person
            if budget or used[department]:
                mark = " ⚠" if used[department] > budget else ""
                parts.append(f"{letter} {used[department]}/{budget}{mark}")
        return self.tr("Dots") + " " + " · ".join(parts) if parts else ""
