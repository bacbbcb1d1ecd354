"""The journey map in the room.

Notes are dragged from the list onto a cell, or placed by keyboard. Keys in the grid: arrows pick a
cell, Enter puts the note selected in the list into it, Del takes the cell's last note off the map,
O next owner of the stage, [ and ] move the hand-off, Z zooms the beamer to the stage (again to zoom
out), 1–6 toggle the buying-group roles of the stage. The row above the grid renames, adds, removes
and reorders stages and lanes. The overlap tab holds each side's list.
"""

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.qt import palette
from facilitator.qt.beamer.frame_builder import LETTERS
from facilitator.qt.fonts import font as _font
from facilitator.qt.module_views import ModuleView

from ..qt_module_notes import NOTE_MIME, ModuleNotes, notes_column
from .model import ROLES, Journey, cell_key, problems, role_names, starting_point
from .operations import EditJourney, PlaceNote
from .overlap import REFERENCE_PERCENT, overlap

OWNERS = ("marketing", "sales", "joint")
ROOM = {"handoff": QT_TRANSLATE_NOOP("Room", "hand-off"), "both": QT_TRANSLATE_NOOP("Room", "named by both"),
        "reference": QT_TRANSLATE_NOOP("Room", "reference: {0} %"),
        "only_marketing": QT_TRANSLATE_NOOP("Room", "only marketing"),
        "only_sales": QT_TRANSLATE_NOOP("Room", "only sales"),
        "listed": QT_TRANSLATE_NOOP("Room", "{0} customers listed")}


class JourneyGrid(QTableWidget):
    """The grid; a note dropped on a cell is placed there (calls back with note id, row, column)."""

    def __init__(self, on_drop) -> None:
        super().__init__()
        self.on_drop = on_drop
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QTableWidget.DragDropMode.DropOnly)

    def _cell_at(self, event):
        index = self.indexAt(event.position().toPoint())
        return (index.row(), index.column()) if index.isValid() else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(NOTE_MIME) and self._cell_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        cell = self._cell_at(event)
        if not event.mimeData().hasFormat(NOTE_MIME) or cell is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setCurrentCell(*cell)
        self.on_drop(bytes(event.mimeData().data(NOTE_MIME)).decode(), *cell)


def journey_of(session, module_id: str) -> Journey:
    artefact = session.artefacts.get(module_id)
    return Journey.model_validate(artefact.data if artefact else starting_point(session.meta.language.value))


class JourneyPanel(QWidget):
    def __init__(self, room) -> None:
        super().__init__()
        self.setObjectName("journeyPanel")
        self.room = room
        self.module_id = room.session.room.current_module_id
        self._loading = False
        self.grid = JourneyGrid(self._dropped)
        self.grid.setObjectName("journeyGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.installEventFilter(self)
        self.notes = ModuleNotes("journeyNotes")
        self.notes.setDragEnabled(True)
        self.notes.setMinimumWidth(220)
        self.lists = {side: QPlainTextEdit() for side in ("marketing", "sales")}
        for side, box in self.lists.items():
            box.setPlaceholderText(self.tr("One customer, segment or trait per line"))
            box.textChanged.connect(lambda s=side: self._list_edited(s))
        self.reveal = QCheckBox(self.tr("Reveal both lists and show the overlap on the beamer"))
        self.reveal.toggled.connect(self._reveal)
        self.problems = QLabel()
        self.problems.setObjectName("journeyProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8F3600;")
        self.result = QLabel()
        self.result.setObjectName("overlapResult")
        self.result.setWordWrap(True)
        grid_tab = QWidget()
        grid_layout = QHBoxLayout(grid_tab)
        map_column = QVBoxLayout()
        map_column.addLayout(self._editors())
        map_column.addWidget(self.grid, 1)
        grid_layout.addLayout(map_column, 4)
        grid_layout.addLayout(notes_column(self.tr("Notes on this board: pick one, then a cell, and press Enter"),
                                           self.notes), 1)
        overlap_tab = QWidget()
        overlap_layout = QVBoxLayout(overlap_tab)
        columns = QHBoxLayout()
        for side, title in (("marketing", self.tr("Marketing's list")), ("sales", self.tr("Sales' list"))):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(self.lists[side])
            columns.addLayout(column)
        overlap_layout.addLayout(columns, 1)
        overlap_layout.addWidget(self.reveal)
        overlap_layout.addWidget(self.result)
        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("Journey"))
        self.tabs.addTab(overlap_tab, self.tr("Who is our customer?"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems)
        room.context.document.changed.connect(self._changed)
        self.refresh()

    def _editors(self) -> QVBoxLayout:
        """Name fields for the current stage and lane, their buttons, and the stage's buying-group roles."""
        self.stage_name = QLineEdit()
        self.stage_name.setObjectName("stageName")
        self.stage_name.editingFinished.connect(lambda: self._rename("stage"))
        self.lane_name = QLineEdit()
        self.lane_name.setObjectName("laneName")
        self.lane_name.editingFinished.connect(lambda: self._rename("lane"))
        self.buttons = {}
        stage_row, lane_row, role_row = QHBoxLayout(), QHBoxLayout(), QGridLayout()
        stage_row.addWidget(QLabel(self.tr("Stage")))
        stage_row.addWidget(self.stage_name, 1)
        lane_row.addWidget(QLabel(self.tr("Lane")))
        lane_row.addWidget(self.lane_name, 1)
        for row, key, label, call in (
                (stage_row, "stage_left", "◀", lambda: self._move_stage(-1)),
                (stage_row, "stage_right", "▶", lambda: self._move_stage(1)),
                (stage_row, "add_stage", self.tr("Add stage"), self._add_stage),
                (stage_row, "remove_stage", self.tr("Remove stage"), lambda: self._remove("stage")),
                (lane_row, "add_lane", self.tr("Add lane"), self._add_lane),
                (lane_row, "remove_lane", self.tr("Remove lane"), lambda: self._remove("lane"))):
            button = QPushButton(label)
            if key.startswith("stage_"):  # arrows keep the row narrow enough for a laptop screen
                button.setToolTip(self.tr("Move the stage left") if key == "stage_left" else
                                  self.tr("Move the stage right"))
                button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") * 4)
            button.clicked.connect(call)
            row.addWidget(button)
            self.buttons[key] = button
        role_row.addWidget(QLabel(self.tr("Buying group in this stage:")), 0, 0, 1, 3)
        labels = (self.tr("User"), self.tr("Influencer"), self.tr("Buyer"), self.tr("Decider"),
                  self.tr("Gatekeeper"), self.tr("Initiator"))
        self.roles = {}
        for number, (role, label) in enumerate(zip(ROLES, labels, strict=True), start=1):
            box = QCheckBox(f"{number} {label}")
            box.toggled.connect(lambda on, r=role: self._toggle_role(r, on))
            role_row.addWidget(box, 1 + (number - 1) // 3, (number - 1) % 3)  # two rows of three
            self.roles[role] = box
        rows = QVBoxLayout()
        for row in (stage_row, lane_row, role_row):
            rows.addLayout(row)
        self.grid.currentCellChanged.connect(lambda *_: self._sync_editors())
        return rows

    def _current(self):
        journey = self.journey()
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        stage = journey.stages[column] if 0 <= column < len(journey.stages) else None
        lane = journey.lanes[row] if 0 <= row < len(journey.lanes) else None
        return journey, stage, lane

    def _sync_editors(self) -> None:
        loading, self._loading = self._loading, True
        _, stage, lane = self._current()
        for box, item in ((self.stage_name, stage), (self.lane_name, lane)):
            if not box.hasFocus():
                box.setText(item.name if item else "")
            box.setEnabled(item is not None)
        for role, box in self.roles.items():
            box.setChecked(bool(stage and role in stage.roles))
            box.setEnabled(stage is not None)
        self._loading = loading

    def _rename(self, what: str) -> None:
        _, stage, lane = self._current()
        item, box = (stage, self.stage_name) if what == "stage" else (lane, self.lane_name)
        name = box.text().strip()
        if item is not None and name and name != item.name:
            self._edit(f"edit_{what}", item.id, name=name)

    def _add_stage(self) -> None:
        _, stage, _ = self._current()
        if self._edit("add_stage", stage.id if stage else None, name=self.tr("New stage")):
            self.grid.setCurrentCell(max(0, self.grid.currentRow()), self.grid.currentColumn() + 1)
            self.stage_name.setFocus()
            self.stage_name.selectAll()

    def _add_lane(self) -> None:
        if self._edit("add_lane", name=self.tr("New lane")):
            self.grid.setCurrentCell(self.grid.rowCount() - 1, max(0, self.grid.currentColumn()))
            self.lane_name.setFocus()
            self.lane_name.selectAll()

    def _remove(self, what: str) -> None:  # undoable with Ctrl+Z, so no confirmation
        _, stage, lane = self._current()
        item = stage if what == "stage" else lane
        if item is not None:
            self._edit(f"remove_{what}", item.id)

    def _move_stage(self, steps: int) -> None:
        journey, stage, _ = self._current()
        if stage is None:
            return
        index = max(0, min(len(journey.stages) - 1, journey.stages.index(stage) + steps))
        if self._edit("move_stage", stage.id, index=index):
            self.grid.setCurrentCell(max(0, self.grid.currentRow()), index)

    def _toggle_role(self, role: str, on: bool) -> None:
        _, stage, _ = self._current()
        if self._loading or stage is None or (role in stage.roles) == on:
            return
        roles = [r for r in ROLES if (r in stage.roles and r != role) or (r == role and on)]
        self._edit("edit_stage", stage.id, roles=roles)

    def journey(self) -> Journey:
        return journey_of(self.room.session, self.module_id)

    def _dropped(self, note_id: str, row: int, column: int) -> None:
        journey = self.journey()
        if note_id in self.room.session.notes and row < len(journey.lanes) and column < len(journey.stages):
            self.room.run(PlaceNote(module_id=self.module_id, note_id=note_id, stage_id=journey.stages[column].id,
                                    lane_id=journey.lanes[row].id))

    def _edit(self, action: str, target: str | None = None, **values) -> bool:
        return self.room.run(EditJourney(module_id=self.module_id, action=action, target=target, values=values))

    def _changed(self, change) -> None:
        if ("artefacts", self.module_id) in change.touched or any(p == "notes" for p, _ in change.touched):
            self.refresh()

    def refresh(self) -> None:
        self._loading = True
        journey = self.journey()
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        self.grid.setColumnCount(len(journey.stages))
        self.grid.setRowCount(len(journey.lanes))
        letters = {"marketing": "M", "sales": "S", "joint": "J"}
        self.grid.setHorizontalHeaderLabels([f"{s.name} ({letters[s.owner]})" + ("  ▶" if s.id == journey.handoff_after
                                                                                  else "") for s in journey.stages])
        self.grid.setVerticalHeaderLabels([lane.name for lane in journey.lanes])
        texts = {n.id: n.text for n in self.room.session.notes.values()}
        for r, lane in enumerate(journey.lanes):
            for c, stage in enumerate(journey.stages):
                notes = [texts[n] for n in journey.cells.get(cell_key(stage.id, lane.id), []) if n in texts]
                self.grid.setItem(r, c, QTableWidgetItem("\n".join("• " + t for t in notes)))
        self.grid.resizeRowsToContents()
        if self.grid.rowCount() and self.grid.columnCount():  # a cell is always picked, so the keys work at once
            self.grid.setCurrentCell(min(max(row, 0), self.grid.rowCount() - 1),
                                     min(max(column, 0), self.grid.columnCount() - 1))
        placed = {n for notes in journey.cells.values() for n in notes}
        self.notes.fill(self.room.session, self.module_id, lambda note: ("✓ " if note.id in placed else "") + note.text)
        for side, box in self.lists.items():
            if not box.hasFocus():
                box.setPlainText("\n".join(journey.overlap.get(side, [])))
        self.reveal.setChecked(bool(journey.overlap.get("revealed")))
        self._sync_editors()
        self.problems.setText(self.problem_text(journey))
        result = overlap(journey.overlap.get("marketing", []), journey.overlap.get("sales", []))
        self.result.setText(self.tr("{0} % overlap (reference {1} %): {2} named by both, {3} written differently, "
                                    "{4} only marketing, {5} only sales").format(
            f"{result.percent:g}", REFERENCE_PERCENT, len(result.matches), len(result.near),
            len(result.marketing_only), len(result.sales_only)))
        self._loading = False

    def problem_text(self, journey: Journey) -> str:
        """Stage owners that contradict the hand-off, so the room settles who owns what."""
        lines = []
        for kind, stage in problems(journey):
            if kind == "no_handoff":
                lines.append(self.tr("There is no hand-off yet: press ] in the grid to place it."))
            elif kind == "sales_before_handoff":
                lines.append(self.tr("“{0}” is owned by sales but comes before the hand-off.").format(stage))
            else:
                lines.append(self.tr("“{0}” is owned by marketing but comes after the hand-off.").format(stage))
        return "\n".join(lines)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.grid and event.type() == event.Type.KeyPress:
            journey = self.journey()
            row, column = self.grid.currentRow(), self.grid.currentColumn()
            if not (0 <= column < len(journey.stages)) or not (0 <= row < len(journey.lanes)):
                return super().eventFilter(watched, event)
            stage, lane = journey.stages[column], journey.lanes[row]
            key, text = event.key(), event.text()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                note_id = self.notes.current_note_id()
                if note_id is not None:
                    self.room.run(PlaceNote(module_id=self.module_id, note_id=note_id, stage_id=stage.id,
                                            lane_id=lane.id))
                    self.notes.setCurrentRow(min(self.notes.currentRow() + 1, self.notes.count() - 1))
                return True
            if key == Qt.Key.Key_Delete:
                notes = journey.cells.get(cell_key(stage.id, lane.id), [])
                if notes:
                    self.room.run(PlaceNote(module_id=self.module_id, note_id=notes[-1], stage_id=None))
                return True
            if text.lower() == "o":
                self._edit("edit_stage", stage.id, owner=OWNERS[(OWNERS.index(stage.owner) + 1) % 3])
                return True
            if text in ("[", "]"):
                self._edit("handoff", steps=-1 if text == "[" else 1)
                return True
            if text in "123456" and text:
                role = ROLES[int(text) - 1]
                self._toggle_role(role, role not in stage.roles)
                return True
            if text.lower() == "z":
                self._edit("zoom", None if journey.zoom == stage.id else stage.id)
                return True
        return super().eventFilter(watched, event)

    def _list_edited(self, side: str) -> None:
        if self._loading or not self.lists[side].hasFocus():
            return
        items = [line.strip() for line in self.lists[side].toPlainText().splitlines() if line.strip()]
        if items != self.journey().overlap.get(side, []):
            self._edit("overlap", **{side: items})

    def _reveal(self, on: bool) -> None:
        if not self._loading:
            self._edit("overlap", revealed=on)

    def _tab_changed(self, index: int) -> None:
        if not self._loading:
            self._edit("view", view="overlap" if index == 1 else "grid")


# -- the beamer ----------------------------------------------------------------------------------

def paint_journey(painter: QPainter, area: QRectF, session, module, text, body_px: float) -> None:
    journey = journey_of(session, module.id)
    theme = palette.current()
    if journey.view == "overlap":
        _paint_overlap(painter, area, journey, text, body_px, theme, session.meta.language.value)
        return
    stages = [s for s in journey.stages if journey.zoom in (None, s.id)] or journey.stages
    lanes = journey.lanes
    texts = {n.id: n.text for n in session.notes.values()}
    px = body_px * (1.0 if len(stages) <= 3 else 0.7)
    lane_w = area.width() * 0.14
    col_w = (area.width() - lane_w) / max(1, len(stages))
    head_h = px * 2.6
    row_h = (area.height() - head_h) / max(1, len(lanes))
    for c, stage in enumerate(stages):
        x = area.left() + lane_w + c * col_w
        colours = theme.departments[stage.owner]
        painter.fillRect(QRectF(x + 1, area.top(), col_w - 2, head_h - 2), QColor(colours.tint))
        painter.fillRect(QRectF(x + 1, area.top(), col_w - 2, px * 0.35), QColor(colours.strong))
        painter.setPen(QColor(theme.text))
        label, room = f"{text(LETTERS[stage.owner])} · {stage.name}", col_w - px * 0.6
        # Shrink a long stage name (to 70 %) before cutting it short, so the room can read it whole.
        size = max(px * 0.7, min(px, px * room / max(1.0, QFontMetricsF(_font(px, True)).horizontalAdvance(label))))
        painter.setFont(_font(size, True))
        name = QFontMetricsF(_font(size, True)).elidedText(label, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(x + px * 0.3, area.top() + px * 0.5, col_w - px * 0.6, head_h), 0, name)
        if stage.roles:  # the buying group active here, in the room's language
            painter.setFont(_font(px * 0.6))
            roles = ", ".join(role_names(stage.roles, session.meta.language.value))
            painter.drawText(QRectF(x + px * 0.3, area.top() + px * 1.75, col_w - px * 0.6, px * 0.8), 0,
                             QFontMetricsF(_font(px * 0.6)).elidedText(roles, Qt.TextElideMode.ElideRight,
                                                                       col_w - px * 0.6))
        for r, lane in enumerate(lanes):
            cell = QRectF(x + 1, area.top() + head_h + r * row_h + 1, col_w - 2, row_h - 2)
            notes = [texts[n] for n in journey.cells.get(cell_key(stage.id, lane.id), []) if n in texts]
            painter.setPen(QPen(QColor(theme.muted_text), 0.5))
            painter.drawRect(cell)
            if notes:
                inner = cell.adjusted(px * 0.25, px * 0.15, -px * 0.25, 0)
                content = "\n".join("• " + t for t in notes)
                painter.setFont(_fitting_font(content, inner, px * 0.8, px * 0.45))
                painter.setPen(QColor(theme.text))
                painter.drawText(inner, int(Qt.TextFlag.TextWordWrap), content)
        if stage.id == journey.handoff_after and journey.zoom is None:  # the hand-off: a bold bar with its name
            bar = QRectF(x + col_w - px * 0.18, area.top(), px * 0.36, area.height())
            painter.fillRect(bar, QColor(theme.timer["overtime"]))
            painter.setFont(_font(px * 0.8, True))
            painter.drawText(QRectF(bar.right() + px * 0.2, area.bottom() - px * 1.2, col_w, px * 1.2), 0,
                             "▶ " + text(ROOM["handoff"]))
    painter.setFont(_font(px * 0.85, True))
    painter.setPen(QColor(theme.text))
    for r, lane in enumerate(lanes):
        painter.drawText(QRectF(area.left(), area.top() + head_h + r * row_h, lane_w - px * 0.3, row_h),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter), lane.name)


def _fitting_font(content: str, box: QRectF, largest: float, smallest: float):
    return _font(_fitting_size(content, round(box.width()), round(box.height()), largest, smallest))


@lru_cache(maxsize=1024)  # the beamer repaints every second for the timer; the cells rarely change
def _fitting_size(content: str, width: int, height: int, largest: float, smallest: float) -> float:
    """The largest font size, down to a legible floor, at which the wrapped text fits the cell."""
    size = largest
    while size > smallest:
        needed = QFontMetricsF(_font(size)).boundingRect(QRectF(0, 0, width, height), int(Qt.TextFlag.TextWordWrap),
                                                         content)
        if needed.height() <= height:
            return size
        size *= 0.9
    return smallest


def _paint_overlap(painter, area, journey, text, px, theme, language: str) -> None:
    from facilitator.formatting import number, percent

    lists = journey.overlap
    if not lists.get("revealed"):
        for i, side in enumerate(("marketing", "sales")):
            box = QRectF(area.left() + i * area.width() / 2, area.top() + px, area.width() / 2 - px, px * 5)
            painter.fillRect(box, QColor(theme.departments[side].tint))
            painter.setFont(_font(px * 1.4, True))
            painter.setPen(QColor(theme.text))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter),
                             text(ROOM["listed"]).format(len(lists.get(side, []))))
        return
    result = overlap(lists.get("marketing", []), lists.get("sales", []))
    radius = min(area.height() * 0.42, area.width() * 0.2)
    centre_y = area.top() + radius + px
    share = result.shared / result.union if result.union else 0
    gap = radius * 2 * (1 - share)  # the more they share, the more the circles overlap
    left_c = area.left() + area.width() * 0.3 - gap / 2
    right_c = area.left() + area.width() * 0.3 + gap / 2
    for centre, side in ((left_c, "marketing"), (right_c, "sales")):
        colour = QColor(theme.departments[side].strong)
        colour.setAlpha(110)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(centre - radius, centre_y - radius, 2 * radius, 2 * radius))
    painter.setPen(QColor(theme.text))
    painter.setFont(_font(px * 2.6, True))
    painter.drawText(QRectF(area.left() + area.width() * 0.62, area.top() + px, area.width() * 0.38, px * 3.2), 0,
                     percent(result.percent, language))
    painter.setFont(_font(px))
    lines = [text(ROOM["reference"]).format(number(REFERENCE_PERCENT, language)),
             f"{text(ROOM['both'])}: {result.shared}",
             f"{text(ROOM['only_marketing'])}: {len(result.marketing_only)}",
             f"{text(ROOM['only_sales'])}: {len(result.sales_only)}"]
    for i, line in enumerate(lines):
        painter.drawText(QRectF(area.left() + area.width() * 0.62, area.top() + px * (4.6 + i * 1.5),
                                area.width() * 0.38, px * 1.4), 0, line)


def journey_view() -> ModuleView:
    return ModuleView(console=JourneyPanel, beamer=paint_journey)
