"""The private booth: one participant at a time steps up to the laptop and answers the scan alone.

It covers the console's screen (so nobody sees the script, the means or anyone's answers) and is
modal (so PgDn, B or F9 pressed by a participant do nothing to the room). Flow: pick your name →
one statement at a time, digits 1–5 (Backspace goes back, Esc stops) → a clear "thank you" → the
list of names again for the next person. Only answers given during this visit are ever shown, so
the next person never sees the previous one's. Every answer is a SetAnswer operation, on disk
before the booth moves on. F12 (the facilitator) closes the booth.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from facilitator.qt.fonts import family

from . import content
from .model import COUNT, complete
from .operations import SetAnswer

ANSWER_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
CLOSE_KEY = Qt.Key.Key_F12


def booth_respondents(session) -> list[tuple[str, str, str]]:
    """(side, participant id, name) of everyone who answers the scan in person."""
    return [(p.department.value, p.id, p.name) for p in session.participants
            if p.department.value in ("marketing", "sales")]


def _label(px: float, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(family())
    font.setPixelSize(max(14, round(px)))
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setEnabled(False)  # the palette's disabled text: visibly secondary
    return label


class ScanBooth(QWidget):
    closed = Signal()

    def __init__(self, room, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("scanBooth")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.room = room
        self.module_id = module_id
        self.language = room.session.meta.language.value
        self.who: tuple[str, str, str] | None = None   # (side, id, name) answering now
        self.index = 0
        self.given: dict[int, int] = {}                 # this visit's answers: the only ones shown
        if parent is not None:
            parent.installEventFilter(self)  # the session closes: the booth goes with it
        screen = (parent.screen() if parent is not None else self.screen()).geometry()
        self.setGeometry(screen)
        px = max(24.0, screen.height() * 0.045)         # large type, whatever the laptop

        self.pages = QStackedWidget()
        pick = QWidget()
        self.pick_title = _label(px * 1.2, bold=True)
        self.pick_hint = _label(px * 0.6)
        self.names = QListWidget()
        self.names.setObjectName("boothNames")
        names_font = QFont(family())
        names_font.setPixelSize(round(px * 0.8))
        self.names.setFont(names_font)
        self.names.itemActivated.connect(self._start)
        self.names.itemClicked.connect(self._start)
        self.facilitator_hint = _label(px * 0.4, muted=True)
        pick_layout = QVBoxLayout(pick)
        for widget in (self.pick_title, self.pick_hint):
            pick_layout.addWidget(widget)
        pick_layout.addWidget(self.names, 1)
        pick_layout.addWidget(self.facilitator_hint)

        question = QWidget()
        self.progress = _label(px * 0.55, muted=True)
        self.statement = _label(px * 1.1, bold=True)
        self.statement.setObjectName("boothStatement")
        self.scale = _label(px * 0.75)
        self.your_answer = _label(px * 0.75, bold=True)
        self.keys_hint = _label(px * 0.45, muted=True)
        self.problem = _label(px * 0.5, bold=True)   # a refused answer: said here, the console is hidden
        self.problem.setObjectName("boothProblem")
        room.error.connect(self._problem)
        question_layout = QVBoxLayout(question)
        question_layout.addWidget(self.progress)
        question_layout.addStretch(1)
        question_layout.addWidget(self.statement)
        question_layout.addStretch(1)
        for widget in (self.scale, self.your_answer, self.problem, self.keys_hint):
            question_layout.addWidget(widget)

        done = QWidget()
        self.done_title = _label(px * 1.4, bold=True)
        self.done_text = _label(px * 0.7)
        done_layout = QVBoxLayout(done)
        done_layout.addStretch(1)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.done_text)
        done_layout.addStretch(1)

        for page in (pick, question, done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        margin = round(px)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.pages)
        self.show_names()

    def text(self, key: str, **values) -> str:
        return content.booth_text(key, self.language, **values)

    # -- pages ---------------------------------------------------------------------------------

    def show_names(self) -> None:
        """The list of names: who answered is marked, what anyone answered is not shown."""
        self.who, self.index, self.given = None, 0, {}
        data = self._data()
        self.pick_title.setText(self.text("title"))
        self.names.clear()
        people = booth_respondents(self.room.session)
        for side, pid, name in people:
            done = complete(data.get("answers", {}).get(side, {}).get(pid))
            item = QListWidgetItem(f"{name}   ✓ {self.text('answered')}" if done else name)
            item.setData(Qt.ItemDataRole.UserRole, (side, pid, name))
            self.names.addItem(item)
        self.pick_hint.setText(self.text("pick") if people else self.text("nobody"))
        self.facilitator_hint.setText(self.text("facilitator"))
        self.pages.setCurrentIndex(0)
        self.names.setFocus()
        if self.names.count():
            self.names.setCurrentRow(0)

    def _start(self, item: QListWidgetItem) -> None:
        if self.pages.currentIndex() != 0:
            return
        self.who = tuple(item.data(Qt.ItemDataRole.UserRole))
        self.index, self.given = 0, {}
        self._show_statement()

    def _problem(self, message: str) -> None:
        if self.isVisible():
            self.problem.setText(message)

    def _show_statement(self) -> None:
        self.problem.clear()
        statement = content.statements()[self.index]
        self.progress.setText(self.text("progress", name=self.who[2], n=self.index + 1, count=COUNT))
        self.statement.setText(statement.text(self.language))
        self.scale.setText(self.text("scale"))
        value = self.given.get(self.index)
        self.your_answer.setText(self.text("your_answer", value=value) if value is not None else "")
        self.keys_hint.setText(self.text("keys"))
        self.pages.setCurrentIndex(1)
        self.setFocus()

    def _show_done(self) -> None:
        self.done_title.setText(self.text("done_title", name=self.who[2]))
        self.done_text.setText(self.text("done", count=COUNT))
        self.pages.setCurrentIndex(2)
        self.setFocus()

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, page = event.key(), self.pages.currentIndex()
        if key == CLOSE_KEY:
            self.close()
        elif page == 1 and key in ANSWER_KEYS:
            self._answer(ANSWER_KEYS[key])
        elif page == 1 and key == Qt.Key.Key_Backspace:
            if self.index == 0:
                self.show_names()
            else:
                self.index -= 1
                self._show_statement()
        elif page == 1 and key == Qt.Key.Key_Escape:
            self.show_names()
        elif page == 2 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.show_names()
        # everything else is swallowed: the booth never passes a key on to the console

    def _answer(self, value: int) -> None:
        side, pid, _name = self.who
        if not self.room.run(SetAnswer(module_id=self.module_id, side=side, respondent=pid, index=self.index,
                                       value=value)):
            return  # refused (e.g. the disk): the error is shown, the statement stays
        self.given[self.index] = value
        if self.index + 1 < COUNT:
            self.index += 1
            self._show_statement()
        else:
            self._show_done()

    def _data(self) -> dict:
        artefact = self.room.session.artefacts.get(self.module_id)
        return artefact.data if artefact is not None else {}

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == event.Type.Close and self.isVisible():
            self.close()
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.room.error.disconnect(self._problem)
        super().closeEvent(event)
        self.closed.emit()
