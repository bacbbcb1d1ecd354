"""The lead definition and SLA in the room.

Console keys: in the criteria table type 0–5 in the M or S column to record a department's fingers
(fist-to-five); Ins adds a hard criterion, Ctrl+Ins a soft one, Del removes; Enter on a note in the
list makes it a criterion. The beamer shows the criteria with their consent and the SLA figures.
"""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.model import new_id
from facilitator.model.operations import UpdateReview
from facilitator.qt import palette
from facilitator.qt.beamer.frame_builder import LETTERS
from facilitator.qt.fonts import font as _font
from facilitator.qt.module_views import ModuleView

from ..qt_module_notes import ModuleNotes, notes_column
from .model import SIDES, Criterion, agreed, blockers, checks, parse, starting_point
from .operations import AddCriterion, RemoveCriterion, SetConsent, UpdateCriterion, UpdateLeadSla

SLA_FIELDS = ("sql_per_month", "follow_up_hours", "contact_attempts", "capacity_per_month", "conversion_target")
ROOM = {
    "criteria": QT_TRANSLATE_NOOP("Room", "When is a lead sales-ready?"), "hard": QT_TRANSLATE_NOOP("Room", "hard"),
    "soft": QT_TRANSLATE_NOOP("Room", "soft"), "sla": QT_TRANSLATE_NOOP("Room", "Our SLA"),
    "sql_per_month": QT_TRANSLATE_NOOP("Room", "SQLs a month from marketing"),
    "follow_up_hours": QT_TRANSLATE_NOOP("Room", "Hot lead called within (hours)"),
    "contact_attempts": QT_TRANSLATE_NOOP("Room", "Contact attempts"),
    "capacity_per_month": QT_TRANSLATE_NOOP("Room", "Leads sales can handle a month"),
    "conversion_target": QT_TRANSLATE_NOOP("Room", "Lead → customer (%)"),
    "blocked": QT_TRANSLATE_NOOP("Room", "blocked by"), "pending": QT_TRANSLATE_NOOP("Room", "no consent yet"),
}


def module_data(session, module_id: str) -> dict:
    artefact = session.artefacts.get(module_id)
    return artefact.data if artefact else starting_point(session.meta.language.value)


def proposed_sqls(session) -> int | None:
    """The goal tree's funnel, if this session has one, asks this many SQLs a month."""
    from workshops.goal_tree.model import KIND as GOAL_TREE
    from workshops.goal_tree.model import proposed_sqls_per_month

    tree = next((a.data for a in session.artefacts.values() if a.kind == GOAL_TREE), None)
    return proposed_sqls_per_month(tree) if tree else None


class LeadSlaPanel(QWidget):
    def __init__(self, room) -> None:
        super().__init__()
        self.setObjectName("leadSlaPanel")
        self.room = room
        self.module_id = room.session.room.current_module_id
        self._loading = False
        self.criteria = QTableWidget(0, 5)
        self.criteria.setObjectName("criteriaTable")
        self.criteria.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Criterion"), self.tr("Measure"), "M", "S"])
        self.criteria.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.criteria.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.criteria.installEventFilter(self)
        self.criteria.itemChanged.connect(self._criterion_edited)
        self.notes = ModuleNotes("slaNotes")
        self.notes.itemActivated.connect(self.note_to_criterion)
        self.stages = QTableWidget(0, 2)
        self.stages.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Definition")])
        self.stages.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stages.itemChanged.connect(self._stage_edited)
        self.handoff = QPlainTextEdit()
        self.handoff.setPlaceholderText(self.tr("One item per line"))
        self.sla = {name: QLineEdit() for name in SLA_FIELDS}
        self.reasons = QLineEdit()
        self.nurture = QCheckBox(self.tr("Rejected leads go back to marketing's nurturing"))
        self.review = QLineEdit()
        self.review.setPlaceholderText("2027-02-26")
        self.problems = QLabel()
        self.problems.setObjectName("slaProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8F3600;")

        criteria_tab = QWidget()
        criteria_layout = QHBoxLayout(criteria_tab)
        criteria_layout.addWidget(self.criteria, 3)
        criteria_layout.addLayout(notes_column(self.tr("Notes on this board (Enter: make it a criterion)"),
                                               self.notes), 1)
        sla_tab = QWidget()
        form = QFormLayout(sla_tab)
        labels = [self.tr("SQLs marketing delivers a month"), self.tr("Sales calls a hot lead within (hours)"),
                  self.tr("Contact attempts"), self.tr("Leads sales can handle a month"),
                  self.tr("Lead → customer target (%)")]
        for label, name in zip(labels, SLA_FIELDS, strict=True):
            form.addRow(label, self.sla[name])
            self.sla[name].editingFinished.connect(self._sla_edited)
        form.addRow(self.tr("Reason codes for a rejected lead (comma separated)"), self.reasons)
        form.addRow(self.nurture)
        form.addRow(self.tr("First review (also the agreement's review)"), self.review)
        self.proposal = QLabel()
        form.addRow(self.proposal)
        self.reasons.editingFinished.connect(self._sla_edited)
        self.nurture.toggled.connect(lambda _on: self._sla_edited())
        self.review.editingFinished.connect(self._review_edited)
        self.handoff.textChanged.connect(self._handoff_later)
        self.tabs = QTabWidget()
        self.tabs.addTab(criteria_tab, self.tr("SQL criteria"))
        self.tabs.addTab(self.stages, self.tr("Lead stages"))
        self.tabs.addTab(self.handoff, self.tr("Hand-off checklist"))
        self.tabs.addTab(sla_tab, self.tr("SLA"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        for keys, handler in (("Ins", lambda: self.add("hard")), ("Ctrl+Ins", lambda: self.add("soft")),
                              ("Del", self.remove)):
            QShortcut(QKeySequence(keys), self.criteria, activated=handler)
        room.context.document.changed.connect(self._changed)
        self.refresh()

    def data(self) -> dict:
        return module_data(self.room.session, self.module_id)

    def _changed(self, change) -> None:
        if ("artefacts", self.module_id) in change.touched or ("agreement", None) in change.touched or \
                any(p == "notes" for p, _ in change.touched):
            self.refresh()

    def refresh(self) -> None:
        self._loading = True
        model = parse(self.data())
        self.criteria.setRowCount(len(model.criteria))
        kinds = {"hard": self.tr("hard"), "soft": self.tr("soft")}
        for row, criterion in enumerate(model.criteria):
            measure = " ".join(p for p in (criterion.field, criterion.comparison, criterion.threshold) if p)
            values = [kinds[criterion.kind], criterion.text, measure,
                      _score(criterion.consent.get("marketing")), _score(criterion.consent.get("sales"))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, criterion.id)
                if column in (0, 3, 4):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                state = agreed(criterion)
                if column in (3, 4) and state is False and SIDES[column - 3] in blockers(criterion):
                    item.setForeground(QColor("#A10000"))
                self.criteria.setItem(row, column, item)
        self.stages.setRowCount(len(model.stages))
        for row, stage in enumerate(model.stages):
            for column, value in enumerate((stage.name, stage.definition)):
                self.stages.setItem(row, column, QTableWidgetItem(value))
        if not self.handoff.hasFocus():
            self.handoff.setPlainText("\n".join(model.handoff))
        for name, field in self.sla.items():
            if not field.hasFocus():
                value = getattr(model.sla, name)
                field.setText("" if value is None else f"{value:g}")
        if not self.reasons.hasFocus():
            self.reasons.setText(", ".join(model.sla.reject_reasons))
        self.nurture.setChecked(model.sla.back_to_nurture)
        review = self.room.session.agreement.review.first_review
        if not self.review.hasFocus():
            self.review.setText(review.isoformat() if review else "")
        proposal = proposed_sqls(self.room.session)
        self.proposal.setText(self.tr("The goal tree's funnel asks {0} SQLs a month.").format(proposal)
                              if proposal else "")
        self.notes.fill(self.room.session, self.module_id)
        self.problems.setText(self.problem_text(model, proposal, review))
        self._loading = False

    def problem_text(self, model, proposal, review) -> str:
        texts = {"capacity": self.tr("sales can handle fewer leads than marketing promises ({0})"),
                 "volume": self.tr("the SQL volume does not reach the revenue goal ({0})"),
                 "consent": self.tr("no consent yet: {0}"), "follow_up": self.tr("no follow-up time"),
                 "review": self.tr("no review date")}
        found = [texts[code].format(detail) for code, detail in checks(model, proposal, review)]
        return "⚠ " + "  ·  ".join(found) if found else ""

    # -- editing -------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.criteria and event.type() == event.Type.KeyPress:
            column, row = self.criteria.currentColumn(), self.criteria.currentRow()
            text = event.text()
            if column in (3, 4) and row >= 0 and (text in ("0", "1", "2", "3", "4", "5") or
                                                   event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
                score = int(text) if text and text in "012345" else None
                criterion_id = self.criteria.item(row, 1).data(Qt.ItemDataRole.UserRole)
                if self.room.run(SetConsent(module_id=self.module_id, criterion_id=criterion_id,
                                            side=SIDES[column - 3], score=score)):
                    self.criteria.setCurrentCell(min(row + 1, self.criteria.rowCount() - 1), column)
                return True
        return super().eventFilter(watched, event)

    def add(self, kind: str, text: str | None = None) -> None:
        criterion = Criterion(id=new_id(), kind=kind, text=(text or self.tr("New criterion"))[:500])
        if self.room.run(AddCriterion(module_id=self.module_id, criterion=criterion)) and text is None:
            row = self.criteria.rowCount() - 1
            self.criteria.setCurrentCell(row, 1)
            self.criteria.editItem(self.criteria.item(row, 1))

    def note_to_criterion(self, entry: QListWidgetItem) -> None:
        note = self.room.session.notes.get(entry.data(Qt.ItemDataRole.UserRole))
        if note is not None:
            self.add("soft", note.text)

    def remove(self) -> None:
        item = self.criteria.item(self.criteria.currentRow(), 1)
        if item is not None:
            self.room.run(RemoveCriterion(module_id=self.module_id, criterion_id=item.data(Qt.ItemDataRole.UserRole)))

    def _criterion_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (1, 2):
            return
        criterion_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 1:
            changes = {"text": item.text().strip()[:500] or "?"}
        else:  # "medewerkers >= 50": field, comparison, threshold
            parts = item.text().split()
            comparison = next((p for p in parts if p in (">=", "<=", "=", ">", "<")), "")
            if comparison:
                i = parts.index(comparison)
                changes = {"field": " ".join(parts[:i])[:80], "comparison": comparison,
                           "threshold": " ".join(parts[i + 1:])[:80], "kind": "hard"}
            else:
                changes = {"field": item.text().strip()[:80], "comparison": "", "threshold": ""}
        if not self.room.run(UpdateCriterion(module_id=self.module_id, criterion_id=criterion_id, changes=changes)):
            self.refresh()

    def _stage_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        stages = self.data()["stages"]
        row = item.row()
        if row < len(stages):
            stages = [dict(s) for s in stages]
            stages[row]["name" if item.column() == 0 else "definition"] = item.text().strip() or stages[row]["name"]
            self.room.run(UpdateLeadSla(module_id=self.module_id, changes={"stages": stages}))

    def _handoff_later(self) -> None:
        if not self._loading and self.handoff.hasFocus():
            items = [line.strip() for line in self.handoff.toPlainText().splitlines() if line.strip()]
            if items != self.data()["handoff"]:
                self.room.run(UpdateLeadSla(module_id=self.module_id, changes={"handoff": items}))

    def _sla_edited(self) -> None:
        if self._loading:
            return
        changes: dict = {}
        for name, field in self.sla.items():
            text = field.text().strip().replace(",", ".")
            try:
                changes[name] = None if not text else (float(text) if name == "conversion_target" else int(text))
            except ValueError:
                self.room.error.emit(self.tr("Not a number: {0}").format(field.text()))
                return
        changes["reject_reasons"] = [r.strip() for r in self.reasons.text().split(",") if r.strip()]
        changes["back_to_nurture"] = self.nurture.isChecked()
        current = self.data()["sla"]
        if any(current.get(k) != v for k, v in changes.items()):
            self.room.run(UpdateLeadSla(module_id=self.module_id, changes={"sla": changes}))

    def _review_edited(self) -> None:
        text = self.review.text().strip()
        try:
            day = dt.date.fromisoformat(text) if text else None
        except ValueError:
            self.room.error.emit(self.tr("Not a date: {0}. Use for example 2027-02-26.").format(text))
            return
        if day != self.room.session.agreement.review.first_review:
            self.room.run(UpdateReview(changes={"first_review": day}))


def _score(value) -> str:
    return "" if value is None else str(value)


# -- the beamer ----------------------------------------------------------------------------------


def paint_sla(painter: QPainter, area: QRectF, session, module, text, body_px: float) -> None:
    from facilitator.formatting import number

    model = parse(module_data(session, module.id))
    theme = palette.current()
    letters = {side: text(LETTERS[side]) for side in SIDES}
    left = QRectF(area.left(), area.top(), area.width() * 0.62, area.height())
    right = QRectF(left.right() + body_px, area.top(), area.right() - left.right() - body_px, area.height())
    painter.setPen(QColor(theme.text))
    painter.setFont(_font(body_px, True))
    painter.drawText(QRectF(left.left(), left.top(), left.width(), body_px * 1.4), int(Qt.AlignmentFlag.AlignLeft),
                     text(ROOM["criteria"]))
    y = left.top() + body_px * 1.8
    row = body_px * 1.55
    for criterion in model.criteria:
        if y + row > left.bottom():
            break
        state = agreed(criterion)
        mark, colour = ("✓", theme.text) if state else (("✗", theme.timer["overtime"]) if state is False
                                                          else ("…", theme.muted_text))
        painter.setFont(_font(body_px, True))
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(left.left(), y, body_px * 1.3, row), int(Qt.AlignmentFlag.AlignLeft), mark)
        scores = "  ".join(f"{letters[s]} {criterion.consent.get(s)}" for s in SIDES
                           if criterion.consent.get(s) is not None)
        tail = f"  ({text(ROOM[criterion.kind])}; {scores})" if scores else f"  ({text(ROOM[criterion.kind])})"
        if state is False:
            tail += f" — {text(ROOM['blocked'])} " + ", ".join(letters[s] for s in blockers(criterion))
        font = _font(body_px * 0.9)
        painter.setFont(font)
        painter.setPen(QColor(theme.text))
        line = QFontMetricsF(font).elidedText(criterion.text + tail, Qt.TextElideMode.ElideRight,
                                              left.width() - body_px * 1.4)
        painter.drawText(QRectF(left.left() + body_px * 1.4, y, left.width() - body_px * 1.4, row),
                         int(Qt.AlignmentFlag.AlignLeft), line)
        y += row
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.departments["other"].tint))
    painter.drawRoundedRect(right, body_px * 0.4, body_px * 0.4)
    inner = right.adjusted(body_px * 0.6, body_px * 0.5, -body_px * 0.6, -body_px * 0.5)
    painter.setPen(QColor(theme.text))
    painter.setFont(_font(body_px, True))
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), body_px * 1.4), int(Qt.AlignmentFlag.AlignLeft),
                     text(ROOM["sla"]))
    y = inner.top() + body_px * 1.9
    for name in SLA_FIELDS:
        value = getattr(model.sla, name)
        painter.setFont(_font(body_px * 0.8))
        painter.setPen(QColor(theme.muted_text))
        painter.drawText(QRectF(inner.left(), y, inner.width(), body_px * 1.1), int(Qt.AlignmentFlag.AlignLeft),
                         text(ROOM[name]))
        painter.setFont(_font(body_px * 1.1, True))
        painter.setPen(QColor(theme.text))
        painter.drawText(QRectF(inner.left(), y + body_px * 0.95, inner.width(), body_px * 1.4),
                         int(Qt.AlignmentFlag.AlignLeft),
                         "—" if value is None else number(value, session.meta.language.value))
        y += body_px * 2.6


def lead_sla_view() -> ModuleView:
    return ModuleView(console=LeadSlaPanel, beamer=paint_sla)
