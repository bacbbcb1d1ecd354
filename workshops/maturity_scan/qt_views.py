"""The scan in the room: fast keyboard entry on the console, the revealed result on the beamer.

Keys in the table: 1–5 answer and go to the next statement, 0/Del clears, Tab/arrows move.
"""

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.formatting import number, signed
from facilitator.model import ActionItem, new_id
from facilitator.model.operations import AddAction, Batch
from facilitator.qt import palette
from facilitator.qt.beamer.frame_builder import LETTERS
from facilitator.qt.fonts import family
from facilitator.qt.module_views import ModuleView
from facilitator.store import SessionFile

from . import content
from .model import (
    AGREED,
    COUNT,
    KIND,
    LEVELS,
    SIDES,
    booth_progress,
    empty,
    gaps,
    progress,
    recommend,
    side_result,
    statement_means,
    step_profile,
)
from .operations import SetAnswer, UpdateScan
from .qt_booth import ScanBooth, booth_respondents


def scan_data(session, module_id: str) -> dict:
    artefact = session.artefacts.get(module_id)
    return artefact.data if artefact is not None else empty()


class ScanPanel(QWidget):
    def __init__(self, room) -> None:
        super().__init__()
        self.setObjectName("scanPanel")
        self.room = room
        self.module_id = room.session.room.current_module_id
        self.language = room.session.meta.language.value
        self.mode = QComboBox()
        self.mode.addItem(self.tr("One agreed answer per department"), "department")
        self.mode.addItem(self.tr("Every participant answers"), "participant")
        self.respondent = QComboBox()
        self.reveal = QCheckBox(self.tr("Reveal both sides on the beamer"))
        self.table = QTableWidget(COUNT, 3)
        self.table.setObjectName("scanTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.summary = QLabel()
        self.summary.setObjectName("scanSummary")
        self.summary.setWordWrap(True)
        self.market = {q["key"]: QCheckBox(q.get(self.language, q["en"])) for q in content.market_questions()}
        self.advice = QLabel()
        self.advice.setObjectName("scanAdvice")
        self.advice.setWordWrap(True)
        self.target = QComboBox()
        self.target.addItem("—", None)
        for level in LEVELS:
            self.target.addItem(content.level_name(level, self.language), level)
        self.make_actions = QPushButton(self.tr("Make action items of the next steps"))
        self.compare = QPushButton(self.tr("Compare with an earlier session…"))
        self.open_booth = QPushButton(self.tr("Private booth (F12)"))
        self.open_booth.setObjectName("openBooth")
        self.open_booth.setShortcut("F12")
        self.booth: ScanBooth | None = None

        top = QHBoxLayout()
        top.addWidget(self.mode, 1)
        top.addWidget(self.reveal)
        people_row = QHBoxLayout()
        people_row.addWidget(self.respondent, 1)
        people_row.addWidget(self.open_booth)
        market_box = QVBoxLayout()
        market_box.addWidget(QLabel(self.tr("Where should we be? About our market:")))
        for box in self.market.values():
            market_box.addWidget(box)
        market_box.addWidget(self.advice)
        target_row = QFormLayout()
        target_row.addRow(self.tr("Agreed target level"), self.target)
        market_box.addLayout(target_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_actions)
        buttons.addWidget(self.compare)
        market_box.addLayout(buttons)
        lower = QHBoxLayout()
        lower.addWidget(self.summary, 1)
        lower.addLayout(market_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(people_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.reveal.toggled.connect(lambda on: self._update({"revealed": on}))
        for key, box in self.market.items():
            box.toggled.connect(lambda on, k=key: self._market_changed(k, on))
        self.target.currentIndexChanged.connect(lambda _i: self._update({"target": self.target.currentData()}))
        self.make_actions.clicked.connect(self.add_next_steps)
        self.compare.clicked.connect(lambda: self.compare_with_earlier())
        self.open_booth.clicked.connect(self.start_booth)
        self.respondent.currentIndexChanged.connect(lambda _i: None if self._loading else self.refresh())
        self._loading = False
        room.context.document.changed.connect(lambda change: self.refresh()
                                              if ("artefacts", self.module_id) in change.touched
                                              or ("participants", None) in change.touched else None)
        self.refresh()
        self.table.setCurrentCell(0, 1)

    # -- state ---------------------------------------------------------------------------------

    def data(self) -> dict:
        return scan_data(self.room.session, self.module_id)

    def _update(self, changes: dict) -> None:
        if not self._loading:
            self.room.run(UpdateScan(module_id=self.module_id, changes=changes))

    def _mode_changed(self) -> None:
        self._update({"mode": self.mode.currentData()})

    def _market_changed(self, key: str, on: bool) -> None:
        market = dict(self.data().get("market", {}))
        market[key] = on
        self._update({"market": market})

    def respondents(self) -> list[tuple[str, str, str]]:
        """(label, side, respondent id) that answers can be entered for."""
        if self.data().get("mode") == "participant":
            names = {"marketing": self.tr("Marketing"), "sales": self.tr("Sales")}
            return [(f"{name} ({names[side]})", side, pid) for side, pid, name in booth_respondents(self.room.session)]
        return []

    def chosen_respondent(self) -> tuple[str, str] | None:
        """(side, participant id) picked in the respondent list (the id is the item's data)."""
        pid = self.respondent.currentData()
        return next(((side, p) for _l, side, p in self.respondents() if p == pid), None)

    def entry_target(self, column: int) -> tuple[str, str] | None:
        """Which (side, respondent) a digit typed in ``column`` answers for."""
        if self.data().get("mode") == "participant":
            return self.chosen_respondent() if column == 3 else None
        return {1: ("marketing", AGREED), 2: ("sales", AGREED)}.get(column)

    def start_booth(self) -> None:
        """Hand the laptop to the participants, one at a time; the beamer shows only how many answered."""
        if self.booth is not None:
            return
        if not booth_respondents(self.room.session):
            self.room.error.emit(self.tr("Add the participants from marketing and sales first (Ctrl+P)."))
            return
        changes = {"mode": "participant", "revealed": False}
        data = self.data()
        if any(data.get(k) != v for k, v in changes.items()):
            if not self.room.run(UpdateScan(module_id=self.module_id, changes=changes)):
                return
        self.booth = ScanBooth(self.room, self.module_id, self.window())
        self.booth.closed.connect(self._booth_closed)
        self.booth.show()
        self.booth.activateWindow()

    def _booth_closed(self) -> None:
        self.booth.deleteLater()
        self.booth = None
        self.refresh()

    # -- keyboard entry ------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == event.Type.KeyPress:
            text = event.text()
            row, column = self.table.currentRow(), self.table.currentColumn()
            if text in ("1", "2", "3", "4", "5") or text == "0" or event.key() == Qt.Key.Key_Delete:
                self.answer(row, column, int(text) if text in "12345" and text else None)
                return True
        return super().eventFilter(watched, event)

    def answer(self, row: int, column: int, value: int | None) -> None:
        target = self.entry_target(column)
        if target is None or row < 0:
            return
        side, respondent = target
        if self.room.run(SetAnswer(module_id=self.module_id, side=side, respondent=respondent, index=row,
                                   value=value)):
            self.table.setCurrentCell(min(row + 1, COUNT - 1), column)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self.data()
        self._loading = True
        participant_mode = data.get("mode") == "participant"
        self.mode.setCurrentIndex(1 if participant_mode else 0)
        current = self.respondent.currentData()
        choices = self.respondents()
        listed = [(self.respondent.itemText(i), self.respondent.itemData(i)) for i in range(self.respondent.count())]
        nobody = (self.tr("Show nobody's own answers"), None)  # the default: only the means are on screen
        wanted = [nobody, *((label, pid) for label, _side, pid in choices)] if choices else []
        if listed != wanted:  # rebuild only when the people changed
            self.respondent.clear()
            for label, pid in wanted:
                self.respondent.addItem(label, pid)  # a plain id: a tuple would not be found again
            if current is not None:
                self.respondent.setCurrentIndex(max(0, self.respondent.findData(current)))
        self.respondent.setVisible(participant_mode)
        self.reveal.setChecked(bool(data.get("revealed")))
        for key, box in self.market.items():
            box.setChecked(bool(data.get("market", {}).get(key)))
        self.target.setCurrentIndex(max(0, self.target.findData(data.get("target"))))
        self._loading = False

        headers = [self.tr("Statement"), self.tr("Marketing"), self.tr("Sales")]
        if participant_mode:
            who = self.respondent.currentText() if self.chosen_respondent() else "—"
            headers[1:] = [self.tr("Marketing (mean)"), self.tr("Sales (mean)")]
            self.table.setColumnCount(4)
            headers.append(self.tr("Answer of {0}").format(who))
        else:
            self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(headers)
        means = {side: statement_means(data, side) for side in SIDES}
        own = None
        chosen = self.chosen_respondent() if participant_mode else None
        if chosen is not None:
            side, pid = chosen
            own = data.get("answers", {}).get(side, {}).get(pid, [None] * COUNT)
        for i, statement in enumerate(content.statements()):
            cells = [statement.text(self.language), _fmt(means["marketing"][i]), _fmt(means["sales"][i])]
            if participant_mode:  # an empty column unless the facilitator picked someone
                cells.append(_fmt(own[i]) if own is not None else "")
            for c, value in enumerate(cells):
                item = self.table.item(i, c)
                if item is None:  # set each cell's item once: setting an owned item again warns
                    item = QTableWidgetItem()
                    if c:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(i, c, item)
                item.setText(value)
        self.summary.setText(self.summary_text(data))
        level, reasons = recommend(data.get("market", {}))
        self.advice.setText(self.tr("Recommended: {0}. ").format(content.level_name(level, self.language))
                            + " ".join(content.reason(r, self.language) for r in reasons))

    def summary_text(self, data: dict) -> str:
        lines = []
        people = [(side, pid) for side, pid, _n in booth_respondents(self.room.session)]
        if data.get("mode") == "participant":
            done, total = booth_progress(data, people)
            lines.append(self.tr("{0} of {1} participants have answered every statement").format(done, total))
            if any(AGREED in data.get("answers", {}).get(side, {}) for side in SIDES):
                lines.append(self.tr("The agreed answers per department are kept; they count again when you "
                                     "switch back"))
        else:
            kept = sum(1 for side in SIDES for who in data.get("answers", {}).get(side, {}) if who != AGREED)
            if kept:
                lines.append(self.tr("{0} participants' own answers are kept; they count only when every "
                                     "participant answers").format(kept))
        for side in SIDES:
            result = side_result(data, side)
            name = self.tr("Marketing") if side == "marketing" else self.tr("Sales")
            if result.total is None:
                lines.append(self.tr("{0}: {1} of 20 answered").format(name, result.answered))
            else:
                total = number(result.total, self.language)
                lines.append(f"{name}: {total} — {content.level_name(result.level, self.language)}")
        return "\n".join(lines)

    # -- actions -------------------------------------------------------------------------------

    def add_next_steps(self) -> None:
        data = self.data()
        totals = [side_result(data, s).total for s in SIDES]
        known = [t for t in totals if t is not None]
        if not known:
            self.room.error.emit(self.tr("Enter the answers first: the next steps depend on the level."))
            return
        from .model import level_for

        level = level_for(min(known))  # the side furthest behind sets the next step
        steps = content.next_actions(level, self.language)
        if not steps:
            self.room.error.emit(self.tr("Both sides see the relationship as integrated: no next level to add."))
            return
        ops = [AddAction(action=ActionItem(id=new_id(), what=text, module_id=self.module_id)) for text in steps]
        if ops and self.room.run(Batch(ops=ops, name="scan next steps")):
            self.room.error.emit(self.tr("{0} action items added; give them owners in the agreement (Ctrl+E).")
                                 .format(len(ops)))

    def compare_with_earlier(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The session of the earlier scan"), "",
                                                  self.tr("Facilitator sessions (*.session)"))
            if not path:
                return
        try:
            with SessionFile.open(Path(path), readonly=True) as file:
                earlier = file.session
        except FacilitatorError as exc:
            self.room.error.emit(exc.message)
            return
        scans = [a.data for a in earlier.artefacts.values() if a.kind == KIND]
        if not scans:
            self.room.error.emit(self.tr("That session has no maturity scan."))
            return
        previous = {"date": earlier.meta.date.isoformat(), "company": earlier.meta.company}
        for side in SIDES:
            previous[side] = side_result(scans[0], side).total
        self._update({"previous": previous})


def _fmt(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


# -- the beamer ----------------------------------------------------------------------------------

SIDE_LABELS = {"marketing": "Marketing", "sales": "Sales"}


def paint_scan(painter: QPainter, area: QRectF, session, module, text, body_px: float) -> None:
    data = scan_data(session, module.id)
    language = session.meta.language.value
    theme = palette.current()
    names = {"marketing": text("Marketing"), "sales": text("Sales")}
    letters = {side: text(LETTERS[side]) for side in SIDES}
    half = area.width() / 2 - body_px
    if not data.get("revealed") and data.get("mode") == "participant":
        _paint_booth_count(painter, area, session, data, language, theme, body_px)
        return
    if not data.get("revealed"):
        for i, side in enumerate(SIDES):
            box = QRectF(area.left() + i * (half + 2 * body_px), area.top() + body_px, half, 6 * body_px)
            _box(painter, box, side, theme, body_px)
            done = side_result(data, side).answered
            _write(painter, box.adjusted(body_px, body_px * 0.6, -body_px, 0), names[side], body_px, True,
                   theme.text)
            _write(painter, box.adjusted(body_px, body_px * 2.4, -body_px, 0), f"{done} / 20", body_px * 2.2,
                   True, theme.text)
        return
    top = area.top()
    for i, side in enumerate(SIDES):
        result = side_result(data, side)
        box = QRectF(area.left() + i * (half / 2 + body_px), top, half / 2, 5.2 * body_px)
        _box(painter, box, side, theme, body_px)
        _write(painter, box.adjusted(body_px * 0.6, body_px * 0.4, 0, 0), names[side], body_px, True, theme.text)
        total = number(result.total, language) if result.total is not None else "…"
        _write(painter, box.adjusted(body_px * 0.6, body_px * 1.6, 0, 0), total, body_px * 1.9, True, theme.text)
        if result.level:
            level = content.level_name(result.level, language)
            change = (progress(data) or {}).get(side)
            if change is not None:  # an earlier scan was given: show the movement since then
                level += f"  ({signed(change, language)})"
            _write(painter, box.adjusted(body_px * 0.6, body_px * 3.9, 0, 0), level, body_px, False, theme.text)
    y = top + 6.4 * body_px
    statements = content.statements()
    for index, m, s, gap in gaps(data)[:4]:
        if y + 2 * body_px > area.bottom():
            break
        line = f"{statements[index].text(language)}"
        _write(painter, QRectF(area.left(), y, half, body_px * 1.3), line, body_px * 0.9, False, theme.text, elide=True)
        _write(painter, QRectF(area.left(), y + body_px * 1.15, half, body_px * 1.2),
               f"{letters['marketing']} {number(m, language)} · {letters['sales']} {number(s, language)} · "
               f"Δ {number(gap, language)}", body_px * 0.85, True,
               theme.muted_text)
        y += body_px * 2.6
    _profile_chart(painter, QRectF(area.left() + half + 2 * body_px, top, half, area.height()), data, language,
                   theme, body_px, letters)


def _paint_booth_count(painter, area, session, data, language, theme, body_px) -> None:
    """While people answer in the booth the room sees only how many have finished, never a score."""
    people = [(side, pid) for side, pid, _n in booth_respondents(session)]
    done, total = booth_progress(data, people)
    box = QRectF(area.left(), area.top() + body_px, area.width(), 7 * body_px)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.departments["joint"].tint))
    painter.drawRoundedRect(box, body_px * 0.4, body_px * 0.4)
    centre = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    _write_wrapped(painter, box, content.booth_text("count", language, done=done, total=total), body_px * 2.2,
                   theme.text, centre)
    below = QRectF(area.left(), box.bottom() + body_px, area.width(), area.bottom() - box.bottom() - body_px)
    _write_wrapped(painter, below, content.booth_text("count_hint", language), body_px, theme.muted_text,
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap))


def _write_wrapped(painter, rect, text, px, colour, flags) -> None:
    font = QFont(family())
    font.setPixelSize(max(1, round(px)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, flags, text)


def _profile_chart(painter, area, data, language, theme, body_px, letters) -> None:
    profile = step_profile(data)
    steps = content.steps()
    row = min(area.height() / len(steps), 3.2 * body_px)
    label_w = area.width() * 0.42
    bar_w = area.width() - label_w - body_px * 3.4
    for i, step in enumerate(steps):
        y = area.top() + i * row
        _write(painter, QRectF(area.left(), y, label_w - body_px * 0.4, row * 0.9), step.get(language, step["en"]),
               body_px * 0.85, False, theme.text, elide=True)
        for j, side in enumerate(SIDES):
            value = profile.get(step["key"], {}).get(side)
            if value is None:
                continue
            bar = QRectF(area.left() + label_w, y + j * row * 0.42, bar_w * value / 5, row * 0.36)
            painter.fillRect(bar, QColor(theme.departments[side].strong))
            _write(painter, QRectF(bar.right() + body_px * 0.3, bar.top() - body_px * 0.15, body_px * 3.2,
                                   row * 0.5), f"{letters[side]} {value:.2g}", body_px * 0.75, True, theme.text)


def _box(painter, rect, side, theme, body_px) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.departments[side].tint))
    painter.drawRoundedRect(rect, body_px * 0.4, body_px * 0.4)


def _write(painter, rect, text, px, bold, colour, elide=False) -> None:
    from PySide6.QtGui import QFontMetricsF

    font = QFont(family())
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    if elide:
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)


def scan_view() -> ModuleView:
    return ModuleView(console=ScanPanel, beamer=paint_scan)


