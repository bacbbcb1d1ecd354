"""The agreement screen: review what was agreed, leave items out, edit actions and the review plan,
sign in turn, reopen, and write the PDF and invitation for every attendee."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import FacilitatorError
from ...model import ActionItem, new_id
from ...model.agreement import missing_essentials, module_key
from ...model.operations import AddAction, RemoveAction, Reopen, SetExcluded, Sign, UpdateMeta, UpdateReview
from ...model.types import FIRST_YEAR, LAST_YEAR, known_zones
from ..one_line import keep_one_line
from ..retranslate import Retranslating
from ..room import RoomController
from .actions_model import ActionsModel
from .sign_dialog import SignDialog

CADENCES = ("monthly", "quarterly", "half_yearly")


class AgreementDialog(Retranslating, QDialog):
    def __init__(self, room: RoomController, sections=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement")
        self.setModal(False)
        self.room = room
        self.sections = sections
        self._loading = False

        self.results = QListWidget()
        self.results.setObjectName("agreementResults")
        self.results.itemChanged.connect(self._result_toggled)
        self.model = ActionsModel(room)
        self.actions = QTableView()
        self.actions.setObjectName("agreementActions")
        self.actions.setModel(self.model)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_action = QLineEdit()
        self.new_action.setObjectName("newAction")
        self.new_action.setMaxLength(2000)
        self.new_action.returnPressed.connect(self.add_action)
        QShortcut(QKeySequence("Del"), self.actions, activated=self.remove_action)

        self.cadence = QComboBox()
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))  # what a session accepts
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_set = QCheckBox()
        self.review_time = QTimeEdit()
        self.review_time.setDisplayFormat("HH:mm")
        self.review_zone = self._zone_picker()
        self.review_place = QLineEdit()
        self.review_place.setMaxLength(200)
        keep_one_line(self.review_place)
        for signal in (self.cadence.currentIndexChanged, self.review_date.dateChanged, self.review_set.toggled,
                       self.review_time.timeChanged):
            signal.connect(self._review_edited)
        self.review_place.editingFinished.connect(self._review_edited)

        self.problems = QLabel()
        self.problems.setObjectName("agreementProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8F3600;")
        self.signatories = QListWidget()
        self.signatories.setObjectName("signatories")
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign_selected)
        self.signatories.itemActivated.connect(lambda _item: self.sign_selected())
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.beamer_toggle = QCheckBox()
        self.beamer_toggle.toggled.connect(self.room.set_agreement_on_beamer)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportAgreement")
        self.export_button.clicked.connect(lambda: self.export())  # clicked(bool) must not arrive as the folder
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.boxes = {name: QGroupBox() for name in ("results", "actions", "review", "sign")}
        QVBoxLayout(self.boxes["results"]).addWidget(self.results)
        actions_layout = QVBoxLayout(self.boxes["actions"])
        actions_layout.addWidget(self.actions)
        actions_layout.addWidget(self.new_action)
        self.review_form = QFormLayout(self.boxes["review"])
        date_row = QHBoxLayout()
        date_row.addWidget(self.review_set)
        date_row.addWidget(self.review_date, 1)
        date_row.addWidget(self.review_time)
        date_row.addWidget(self.review_zone, 1)
        self.review_labels = [QLabel(), QLabel(), QLabel()]
        self.review_form.addRow(self.review_labels[0], self.cadence)
        self.review_form.addRow(self.review_labels[1], date_row)
        self.review_form.addRow(self.review_labels[2], self.review_place)
        sign_layout = QVBoxLayout(self.boxes["sign"])
        sign_layout.addWidget(self.signatories)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_button)
        sign_row.addWidget(self.reopen_button)
        sign_layout.addLayout(sign_row)

        left = QVBoxLayout()
        left.addWidget(self.boxes["results"], 1)
        left.addWidget(self.boxes["actions"], 3)
        right = QVBoxLayout()
        right.addWidget(self.boxes["review"])
        right.addWidget(self.problems)
        right.addWidget(self.boxes["sign"], 1)
        right.addWidget(self.beamer_toggle)
        right.addWidget(self.export_button)
        right.addWidget(self.status)
        # Enter belongs to the field that has the focus (a new action item, a place): no button of
        # this dialog may be the default one, or Enter in "New action item" would also open "Sign".
        for button in (self.sign_button, self.reopen_button, self.export_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        room.context.document.changed.connect(lambda _c: self.refresh())
        self.retranslate()
        self.resize(1180, 720)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreement"))
        titles = {"results": self.tr("Results in the agreement"), "actions": self.tr("Action items"),
                  "review": self.tr("Review plan"), "sign": self.tr("Sign-off")}
        for name, box in self.boxes.items():
            box.setTitle(titles[name])
        self.new_action.setPlaceholderText(self.tr("New action item: type it and press Enter (@name for the owner)"))
        self._loading = True
        current = self.cadence.currentData()
        self.cadence.clear()
        for code, text in zip(CADENCES, (self.tr("every month"), self.tr("every quarter"),
                                         self.tr("every six months")), strict=True):
            self.cadence.addItem(text, code)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(current)))
        self._loading = False
        for label, text in zip(self.review_labels, (self.tr("We review"), self.tr("First review"), self.tr("Place")),
                               strict=True):
            label.setText(text)
        self.review_set.setText(self.tr("planned"))
        self.sign_button.setText(self.tr("Sign… (Enter)"))
        self.reopen_button.setText(self.tr("Reopen (voids the signatures)"))
        self.beamer_toggle.setText(self.tr("Show the agreement on the beamer"))
        self.export_button.setText(self.tr("Write the PDF and the review invitation…"))
        self.refresh()

    # -- showing the session -------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.room.session
        agreement = session.agreement
        self._loading = True
        self.results.clear()
        for module in session.agenda:
            if module.id in session.artefacts:
                item = QListWidgetItem(module.title)
                item.setData(Qt.ItemDataRole.UserRole, module.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                left_out = module_key(module.id) in agreement.excluded
                item.setCheckState(Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked)
                self.results.addItem(item)
        review = agreement.review
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(review.cadence)))
        self.review_set.setChecked(review.first_review is not None)
        self.review_date.setEnabled(review.first_review is not None)
        default_day = session.meta.date + dt.timedelta(days=90)
        self.review_date.setDate(QDate(review.first_review or default_day))
        self.review_time.setTime(QTime(review.time.hour, review.time.minute))
        if not self.review_zone.lineEdit().hasFocus():
            self.review_zone.setCurrentText(session.meta.time_zone)
        if not self.review_place.hasFocus():
            self.review_place.setText(review.place)
        self._loading = False

        signed = {s.participant_id: s for s in agreement.signatures}
        self.signatories.clear()
        for person in session.participants:
            if not (person.signs or person.id in signed):
                continue
            signature = signed.get(person.id)
            when = signature.signed_at.astimezone().strftime("%H:%M") if signature else ""
            state = self.tr("signed at {0}").format(when) if signature else self.tr("to sign")
            item = QListWidgetItem(f"{person.name} — {person.role} · {state}" if person.role else
                                   f"{person.name} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.signatories.addItem(item)
        frozen = agreement.frozen_fingerprint is not None
        self.reopen_button.setEnabled(frozen)
        for widget in (self.new_action, self.cadence, self.review_date, self.review_set, self.review_time,
                       self.review_zone, self.review_place):
            widget.setEnabled(not frozen and (widget is not self.review_date or self.review_set.isChecked()))
        problems = [self._problem_text(p) for p in missing_essentials(session)]
        self.problems.setText("⚠ " + "  ·  ".join(problems) if problems else "")

    def _problem_text(self, key: str) -> str:
        texts = {"no signatory from marketing": self.tr("Nobody from marketing signs."),
                 "no signatory from sales": self.tr("Nobody from sales signs."),
                 "no action items": self.tr("There are no action items."),
                 "an action item has no owner": self.tr("An action item has no owner."),
                 "an action item has no due date": self.tr("An action item has no due date."),
                 "no date for the first review": self.tr("The first review has no date.")}
        return texts.get(key, key)

    # -- editing -------------------------------------------------------------------------------

    def _result_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        key = module_key(item.data(Qt.ItemDataRole.UserRole))
        include = item.checkState() == Qt.CheckState.Checked
        if (key in self.room.session.agreement.excluded) == include:
            self.room.run(SetExcluded(key=key, excluded=not include))

    def add_action(self) -> None:
        from ...model.capture import parse

        captured = parse(self.new_action.text(), self.room.session.participants)
        if not captured.text:
            return
        action = ActionItem(id=new_id(), what=captured.text, owner_id=captured.speaker_id,
                            module_id=self.room.session.room.current_module_id)
        if self.room.run(AddAction(action=action)):
            self.new_action.clear()

    def remove_action(self) -> None:
        index = self.actions.currentIndex()
        if index.isValid():
            self.room.run(RemoveAction(action_id=self.room.session.actions[index.row()].id))

    def _review_edited(self, *_args) -> None:
        if self._loading:
            return
        self.review_date.setEnabled(self.review_set.isChecked())
        time = self.review_time.time()
        changes = {"cadence": self.cadence.currentData(),
                   "first_review": self.review_date.date().toPython() if self.review_set.isChecked() else None,
                   "time": dt.time(time.hour(), time.minute()), "place": self.review_place.text().strip()}
        review = self.room.session.agreement.review
        changes = {k: v for k, v in changes.items() if getattr(review, k) != v}
        if changes:
            self.room.run(UpdateReview(changes=changes))

    def _zone_picker(self) -> QComboBox:
        """Typed or picked: 'amster' offers Europe/Amsterdam. The zone belongs to the whole session."""
        combo = QComboBox()
        combo.setObjectName("reviewZone")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(known_zones())
        completer = QCompleter(known_zones(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        combo.lineEdit().editingFinished.connect(self._zone_edited)
        # A zone chosen in the completer's list is taken at once; typed text when the field is left.
        completer.activated[str].connect(lambda text: self._zone_edited(text))
        combo.activated.connect(lambda _index: self._zone_edited())
        return combo

    def _zone_edited(self, chosen: str | None = None) -> None:
        if self._loading:
            return
        typed = (chosen or self.review_zone.currentText()).strip()
        zone = next((z for z in known_zones() if z.casefold() == typed.casefold()), None)
        current = self.room.session.meta.time_zone
        if zone is None:
            self.review_zone.setCurrentText(current)
            if typed:
                self.room.error.emit(self.tr("{0} is not a time zone; pick one from the list, "
                                             "such as Europe/Amsterdam.").format(typed))
            return
        self.review_zone.setCurrentText(zone)
        if zone != current:
            self.room.run(UpdateMeta(changes={"time_zone": zone}))

    # -- signing -------------------------------------------------------------------------------

    def sign_selected(self) -> None:
        item = self.signatories.currentItem() or (self.signatories.item(0) if self.signatories.count() else None)
        if item is None:
            return
        person = self.room.session.participant(item.data(Qt.ItemDataRole.UserRole))
        if person is None or any(s.participant_id == person.id for s in self.room.session.agreement.signatures):
            return
        dialog = SignDialog(person, self)
        if dialog.exec():
            from ...export.identities import certificate_for

            try:
                certificate = certificate_for(self.room.session)
            except FacilitatorError as exc:
                self.room.error.emit(exc.message)
                return
            self.room.run(Sign(signature=dialog.signature(dt.datetime.now(dt.UTC)), certificate=certificate))

    def reopen(self) -> None:
        answer = QMessageBox.question(self, self.tr("Reopen the agreement?"),
                                      self.tr("Reopening lets you change the agreement again and voids every "
                                              "signature given so far. The session records that it happened."))
        if answer == QMessageBox.StandardButton.Yes:
            self.room.run(Reopen(at=dt.datetime.now(dt.UTC), by=self.room.session.meta.facilitator))

    def export(self) -> None:
        from .writing import write_agreement, written_text

        start = str(self.room.context.file.path.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the PDF and invitation go?"), start)
        if not folder:
            return
        written = write_agreement(self, self.room, Path(folder), self.sections)
        if written is not None:
            self.status.setText(written_text(written))
            self.last_written = written
