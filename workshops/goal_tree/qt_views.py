"""The goal tree in the room: built and re-hung by keyboard (or drag) on the console, drawn top-down on
the beamer with the reverse funnel beside it.

Console keys: Ins a goal under the selected one, Ctrl+Ins a company goal, Del remove, F2 edit a cell,
Ctrl+← hang one level higher, Ctrl+→ hang under the goal above; in the notes list Enter makes the
note a goal under the selected goal.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.model import new_id
from facilitator.qt import palette
from facilitator.qt.beamer.frame_builder import LETTERS
from facilitator.qt.fonts import font as _font
from facilitator.qt.module_views import ModuleView

from ..qt_module_notes import ModuleNotes, notes_column
from .model import KIND, Goal, checks, compute, funnel, goals, layout, target_text
from .operations import AddGoal, MoveGoal, RemoveGoal, SetFunnel, UpdateGoal

COLUMNS = ("title", "owner", "metric", "target", "unit", "deadline")
OWNER_WORDS = {"company": "company", "bedrijf": "company", "marketing": "marketing", "sales": "sales",
               "verkoop": "sales", "joint": "joint", "samen": "joint", "gezamenlijk": "joint"}
FUNNEL_FIELDS = ("revenue", "deal_size", "win_rate", "sql_to_opportunity", "mql_to_sql")
ROOM = {
    "funnel": QT_TRANSLATE_NOOP("Room", "Reverse funnel"), "revenue": QT_TRANSLATE_NOOP("Room", "Revenue goal"),
    "deals": QT_TRANSLATE_NOOP("Room", "Deals"), "opportunities": QT_TRANSLATE_NOOP("Room", "Opportunities"),
    "sqls": QT_TRANSLATE_NOOP("Room", "SQLs"), "mqls": QT_TRANSLATE_NOOP("Room", "MQLs"),
    "month": QT_TRANSLATE_NOOP("Room", "per month"), "company": QT_TRANSLATE_NOOP("Room", "C"),
}
# What the room sees of the live checks: short, in the session's language.
ROOM_PROBLEMS = {
    "orphan": QT_TRANSLATE_NOOP("Room", "“{0}” hangs under nothing"),
    "department_missing": QT_TRANSLATE_NOOP("Room", "no {0} goal under the company goal"),
    "not_measurable": QT_TRANSLATE_NOOP("Room", "“{0}”: no measurable target"),
    "no_deadline": QT_TRANSLATE_NOOP("Room", "“{0}”: no deadline"),
    "team_untied": QT_TRANSLATE_NOOP("Room", "“{0}” is not tied to a department goal"),
    "disconnected": QT_TRANSLATE_NOOP("Room", "marketing and sales serve different company goals"),
}


def tree_data(session, module_id: str) -> dict:
    artefact = session.artefacts.get(module_id)
    return artefact.data if artefact else {"goals": [], "funnel": None}


class GoalTreePanel(QWidget):
    def __init__(self, room) -> None:
        super().__init__()
        self.setObjectName("goalTreePanel")
        self.room = room
        self.module_id = room.session.room.current_module_id
        self.tree = QTreeWidget()
        self.tree.setObjectName("goalTree")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr("Goal"), self.tr("Department"), self.tr("Metric"), self.tr("Target"),
                                   self.tr("Unit"), self.tr("Deadline")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.itemChanged.connect(self._edited)
        self.tree.model().rowsMoved.connect(lambda *_: self._dropped())
        self.notes = ModuleNotes("goalNotes")
        self.notes.itemActivated.connect(self.note_to_goal)
        self.problems = QLabel()
        self.problems.setObjectName("goalProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8F3600;")
        self.funnel_fields = {name: QLineEdit() for name in FUNNEL_FIELDS}
        self.funnel_result = QLabel()
        self.funnel_result.setObjectName("funnelResult")
        self.funnel_result.setWordWrap(True)
        apply_funnel = QPushButton(self.tr("Calculate"))
        apply_funnel.clicked.connect(self.set_funnel)
        form = QFormLayout()
        labels = [self.tr("Revenue goal (€)"), self.tr("Average deal size (€)"), self.tr("Win rate (%)"),
                  self.tr("SQL → opportunity (%)"), self.tr("MQL → SQL (%)")]
        for label, name in zip(labels, FUNNEL_FIELDS, strict=True):
            form.addRow(label, self.funnel_fields[name])
            self.funnel_fields[name].returnPressed.connect(self.set_funnel)
        form.addRow(apply_funnel)
        form.addRow(self.funnel_result)
        side = notes_column(self.tr("Notes on this board (Enter: make it a goal under the selected goal)"), self.notes)
        side.addLayout(form)
        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addLayout(side, 2)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.addLayout(body, 1)
        layout_.addWidget(self.problems)
        for keys, handler in (("Ins", self.add_child), ("Ctrl+Ins", self.add_top), ("Del", self.remove),
                              ("Ctrl+Left", self.promote), ("Ctrl+Right", self.demote)):
            QShortcut(QKeySequence(keys), self.tree, activated=handler)
        room.context.document.changed.connect(self._changed)
        self._loading = False
        self.refresh()

    # -- model ---------------------------------------------------------------------------------

    def data(self) -> dict:
        return tree_data(self.room.session, self.module_id)

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _changed(self, change) -> None:
        if ("artefacts", self.module_id) in change.touched or any(p == "notes" for p, _ in change.touched):
            self.refresh()

    def refresh(self) -> None:
        self._loading = True
        selected = self.selected_id()
        all_goals = goals(self.data())
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        pending = list(all_goals)
        for _ in range(len(all_goals) + 1):  # parents before children, whatever the stored order
            rest = []
            for goal in pending:
                if goal.parent is None or goal.parent not in {g.id for g in all_goals}:
                    parent = self.tree.invisibleRootItem()
                elif goal.parent in items:
                    parent = items[goal.parent]
                else:
                    rest.append(goal)
                    continue
                item = QTreeWidgetItem(parent, [goal.title, goal.owner, goal.metric,
                                                _number(goal.target), goal.unit,
                                                goal.deadline])
                item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                items[goal.id] = item
            pending = rest
        self.tree.expandAll()
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        self.notes.fill(self.room.session, self.module_id, lambda note: f"[{note.department.value}] {note.text}")
        current = funnel(self.data())
        if current is not None:
            for name in FUNNEL_FIELDS:
                if not self.funnel_fields[name].hasFocus():
                    self.funnel_fields[name].setText(_number(getattr(current, name)))
            result, month = compute(current), compute(current).per_month()
            self.funnel_result.setText(self.tr("Deals {0} · opportunities {1} · SQLs {2} · MQLs {3} a year; "
                                               "{4} SQLs a month").format(result.deals, result.opportunities,
                                                                         result.sqls, result.mqls, month.sqls))
        self.problems.setText("⚠ " + "  ·  ".join(self.problem_text(p) for p in checks(all_goals))
                              if checks(all_goals) else "")
        self._loading = False

    def problem_text(self, problem) -> str:
        title = next((g.title for g in goals(self.data()) if g.id == problem.goal_id), "")
        texts = {"orphan": self.tr("“{0}” hangs under nothing"), "department_missing": self.tr("no {0} goal "
                 "under the company goal"), "not_measurable": self.tr("“{0}” has no measurable target"),
                 "no_deadline": self.tr("“{0}” has no deadline"),
                 "team_untied": self.tr("“{0}” is not tied to a marketing or sales goal"),
                 "disconnected": self.tr("marketing and sales goals serve different company goals")}
        return texts[problem.code].format(title or problem.detail)

    # -- editing -------------------------------------------------------------------------------

    def _run(self, op) -> bool:
        return self.room.run(op)

    def add_goal(self, parent: str | None, title: str, owner: str) -> str | None:
        goal = Goal(id=new_id(), parent=parent, title=title[:300], owner=owner)
        return goal.id if self._run(AddGoal(module_id=self.module_id, goal=goal)) else None

    def add_child(self) -> None:
        parent = self.selected_id()
        owner = next((g.owner for g in goals(self.data()) if g.id == parent), "company")
        new = self.add_goal(parent, self.tr("New goal"), "joint" if owner == "company" else owner)
        self._select_and_edit(new)

    def add_top(self) -> None:
        self._select_and_edit(self.add_goal(None, self.tr("Company goal"), "company"))

    def _select_and_edit(self, goal_id: str | None) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == goal_id:
                self.tree.setCurrentItem(item)
                self.tree.editItem(item, 0)

    def _items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item
            stack += [item.child(i) for i in range(item.childCount())]

    def remove(self) -> None:
        goal_id = self.selected_id()
        if goal_id:
            self._run(RemoveGoal(module_id=self.module_id, goal_id=goal_id))

    def promote(self) -> None:
        goal_id = self.selected_id()
        by_id = {g.id: g for g in goals(self.data())}
        if goal_id and by_id[goal_id].parent:
            grandparent = by_id[by_id[goal_id].parent].parent if by_id[goal_id].parent in by_id else None
            self._run(MoveGoal(module_id=self.module_id, goal_id=goal_id, parent=grandparent))

    def demote(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent() or self.tree.invisibleRootItem()
        index = parent.indexOfChild(item)
        if index > 0:
            above = parent.child(index - 1).data(0, Qt.ItemDataRole.UserRole)
            self._run(MoveGoal(module_id=self.module_id, goal_id=self.selected_id(), parent=above))

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        text = item.text(column).strip()
        name = COLUMNS[column]
        if name == "owner":
            owner = OWNER_WORDS.get(text.casefold())
            if owner is None:
                self.room.error.emit(self.tr("Department: company, marketing, sales or joint."))
                self.refresh()
                return
            value = owner
        elif name == "target":
            try:
                value = float(text.replace("€", "").replace(".", "").replace(",", ".")) if text else None
            except ValueError:
                self.room.error.emit(self.tr("Not a number: {0}").format(text))
                self.refresh()
                return
        else:
            value = text
        if not self._run(UpdateGoal(module_id=self.module_id, goal_id=item.data(0, Qt.ItemDataRole.UserRole),
                                    changes={name: value})):
            self.refresh()

    def _dropped(self) -> None:
        """After a drag, hang the moved goals where the tree now shows them."""
        by_id = {g.id: g for g in goals(self.data())}
        for item in self._items():
            goal_id = item.data(0, Qt.ItemDataRole.UserRole)
            parent = item.parent().data(0, Qt.ItemDataRole.UserRole) if item.parent() else None
            if goal_id in by_id and by_id[goal_id].parent != parent:
                self._run(MoveGoal(module_id=self.module_id, goal_id=goal_id, parent=parent))
                return
        self.refresh()

    def note_to_goal(self, entry: QListWidgetItem) -> None:
        note = self.room.session.notes.get(entry.data(Qt.ItemDataRole.UserRole))
        if note is not None:
            self.add_goal(self.selected_id(), note.text, note.department.value)

    def set_funnel(self) -> None:
        values = {}
        for name, field in self.funnel_fields.items():
            text = field.text().strip().replace("€", "").replace(".", "").replace(",", ".")
            try:
                values[name] = float(text)
            except ValueError:
                self.room.error.emit(self.tr("Not a number: {0}").format(field.text()))
                return
        self._run(SetFunnel(module_id=self.module_id, values=values))


def _number(value: float | None) -> str:
    """2400000 rather than 2.4e+06: what people type, and what reads back."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


# -- the beamer ----------------------------------------------------------------------------------


def _goal_box(painter, rect: QRectF, goal: Goal, letter: str, px: float, theme, language: str) -> None:
    colours = theme.departments.get(goal.owner if goal.owner != "company" else "other")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.tint))
    painter.drawRoundedRect(rect, px * 0.3, px * 0.3)
    badge = QRectF(rect.left(), rect.top(), px * 1.3, rect.height())
    painter.setBrush(QColor(colours.strong))
    painter.drawRoundedRect(badge, px * 0.3, px * 0.3)
    painter.setFont(_font(px * 0.9, True))
    painter.setPen(QColor(theme.badge_text))
    painter.drawText(badge.adjusted(0, px * 0.2, 0, 0), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                     letter)
    inner = rect.adjusted(badge.width() + px * 0.35, px * 0.15, -px * 0.3, -px * 0.1)
    painter.setPen(QColor(theme.text))
    font = _font(px, True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    title_box = QRectF(inner.left(), inner.top(), inner.width(), metrics.lineSpacing() * 2)
    title = _two_lines(goal.title, metrics, inner.width())
    painter.save()
    painter.setClipRect(title_box)
    painter.drawText(title_box, int(Qt.TextFlag.TextWordWrap), title)
    painter.restore()
    from facilitator.formatting import stored_date

    target = target_text(goal, language)
    if target:
        small = _font(px * 0.8)
        painter.setFont(small)
        painter.setPen(QColor(theme.muted_text))
        line = target + (f" · {stored_date(goal.deadline, language)}" if goal.deadline else "")
        line = QFontMetricsF(small).elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRectF(inner.left(), title_box.bottom(), inner.width(), px * 1.1),
                         int(Qt.AlignmentFlag.AlignLeft), line)


def box_height(px: float) -> float:
    """Two lines of title and one of target, with a little air."""
    return px * 0.25 + QFontMetricsF(_font(px, True)).lineSpacing() * 2 + px * 1.15


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> str:
    """The title wrapped into at most two lines, the second shortened with an ellipsis if needed."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = " ".join(words)
    return first + ("\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width) if rest else "")


def paint_tree(painter: QPainter, area: QRectF, session, module, text, body_px: float) -> None:
    language = session.meta.language.value
    data = tree_data(session, module.id)
    theme = palette.current()
    letter = {"marketing": text(LETTERS["marketing"]), "sales": text(LETTERS["sales"]),
              "joint": text(LETTERS["joint"]), "company": text(ROOM["company"])}
    current = funnel(data)
    tree_area = QRectF(area.left(), area.top(), area.width() * (0.74 if current else 1.0), area.height())
    tops, columns, _orphans = layout(goals(data))
    px = body_px
    count = max(1, len(columns))
    gap = px * 0.5
    width = (tree_area.width() - gap * (count - 1)) / count
    if width < px * 7:  # many columns: smaller type rather than cut-off boxes
        px = max(body_px * 0.7, (tree_area.width() / count - gap) / 7)
        width = (tree_area.width() - gap * (count - 1)) / count
    box_h = box_height(px)
    top_w = min(tree_area.width() / max(1, len(tops)) - gap, px * 16)
    top_y = tree_area.top()
    for i, top in enumerate(tops):
        x = tree_area.left() + (tree_area.width() - len(tops) * (top_w + gap)) / 2 + i * (top_w + gap)
        _goal_box(painter, QRectF(x, top_y, top_w, box_h), top, letter["company"], px, theme, language)
    bus = top_y + box_h + px * 0.8
    painter.setPen(QPen(QColor(theme.muted_text), max(1.0, px * 0.08)))
    if columns:
        first = tree_area.left() + width / 2
        last = tree_area.left() + (count - 1) * (width + gap) + width / 2
        painter.drawLine(int(first), int(bus), int(last), int(bus))
        painter.drawLine(int(tree_area.center().x()), int(top_y + box_h), int(tree_area.center().x()), int(bus))
    head_y = bus + px * 0.8
    small = px * 0.8
    for i, column in enumerate(columns):
        x = tree_area.left() + i * (width + gap)
        painter.setPen(QPen(QColor(theme.muted_text), max(1.0, px * 0.08)))
        painter.drawLine(int(x + width / 2), int(bus), int(x + width / 2), int(head_y))
        _goal_box(painter, QRectF(x, head_y, width, box_h), column.head, letter[column.head.owner], px, theme, language)
        y = head_y + box_h + px * 0.4
        small_h = box_height(small)
        for goal, level in column.below:
            if y + small_h > tree_area.bottom():
                break
            indent = min(level - 1, 3) * small * 0.8
            _goal_box(painter, QRectF(x + indent, y, width - indent, small_h), goal, letter[goal.owner], small, theme,
                      language)
            y += small_h + small * 0.3
    problems = checks(goals(data))
    if problems:  # the live checks, where the room can see them
        titles = {g.id: g.title for g in goals(data)}
        names = {"marketing": text("Marketing"), "sales": text("Sales")}
        shown = [text(ROOM_PROBLEMS[p.code]).format(titles.get(p.goal_id) or names.get(p.detail, p.detail))
                 for p in problems[:3]]
        line = "⚠ " + " · ".join(shown) + (f" (+{len(problems) - 3})" if len(problems) > 3 else "")
        font = _font(body_px * 0.8)
        painter.setFont(font)
        painter.setPen(QColor(theme.timer["overtime"]))
        line = QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight, tree_area.width())
        painter.drawText(QRectF(tree_area.left(), tree_area.bottom() - body_px * 1.3, tree_area.width(),
                                body_px * 1.3), int(Qt.AlignmentFlag.AlignLeft), line)
    if current:
        _paint_funnel(painter, QRectF(tree_area.right() + px, area.top(), area.right() - tree_area.right() - px,
                                      area.height()), current, text, body_px, theme, language)


def _paint_funnel(painter, area: QRectF, current, text, px: float, theme, language: str) -> None:
    from facilitator.formatting import money, number

    result, month = compute(current), compute(current).per_month()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.departments["other"].tint))
    painter.drawRoundedRect(area, px * 0.4, px * 0.4)
    inner = area.adjusted(px * 0.6, px * 0.5, -px * 0.6, -px * 0.5)
    painter.setPen(QColor(theme.text))
    painter.setFont(_font(px, True))
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), px * 1.4), int(Qt.AlignmentFlag.AlignLeft),
                     text(ROOM["funnel"]))
    revenue = money(current.revenue, language)
    per = text(ROOM["month"])
    rows = [(text(ROOM["revenue"]), revenue, "")] + [
        (text(ROOM[key]), number(getattr(result, key), language), f"{number(getattr(month, key), language)} / {per}")
        for key in ("deals", "opportunities", "sqls", "mqls")]
    y = inner.top() + px * 1.9
    for label, value, per_month in rows:
        painter.setFont(_font(px * 0.85))
        painter.setPen(QColor(theme.muted_text))
        painter.drawText(QRectF(inner.left(), y, inner.width(), px * 1.1), int(Qt.AlignmentFlag.AlignLeft), label)
        painter.setFont(_font(px * 1.15, True))
        painter.setPen(QColor(theme.text))
        painter.drawText(QRectF(inner.left(), y + px * 1.0, inner.width(), px * 1.5), int(Qt.AlignmentFlag.AlignLeft),
                         value)
        if per_month:
            painter.setFont(_font(px * 0.8))
            painter.drawText(QRectF(inner.left(), y + px * 1.1, inner.width(), px * 1.4),
                             int(Qt.AlignmentFlag.AlignRight), per_month)
        y += px * 2.9


def goal_tree_view() -> ModuleView:
    return ModuleView(console=GoalTreePanel, beamer=paint_tree)


__all__ = ["KIND", "goal_tree_view"]
