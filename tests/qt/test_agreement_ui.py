"""The agreement screen: review, actions from anywhere, signing with the pad, reopening, export."""

import datetime as dt

import pytest
from filetools import reopen
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.export import identities
from facilitator.export.verification import verify
from facilitator.qt.agreement.dialog import AgreementDialog
from facilitator.qt.agreement.sign_dialog import SignDialog
from facilitator.store import SessionFile
from workshops.new_session import new_session


@pytest.fixture
def fresh(room_app_factory):
    return room_app_factory(new_session("nl", company="Acme"))


@pytest.fixture
def room_app_factory(qtbot, tmp_path, clock, monkeypatch):
    from PySide6.QtCore import QSettings

    from facilitator.model import Participant
    from facilitator.qt.app import RoomApp, application
    from facilitator.qt.i18n import UiLanguage

    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    apps = []

    def make(session):
        application()
        session.participants += [
            Participant(id="femke", name="Femke Schouten", department="marketing", role="Hoofd marketing", signs=True),
            Participant(id="ruud", name="Ruud Bakker", department="sales", role="Verkoopdirecteur", signs=True)]
        path = tmp_path / "agreement.session"
        SessionFile.create(path, session).close()
        language = UiLanguage()
        language.set("en")
        app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock)
        app.path = path
        app.show()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def dialog_for(app) -> AgreementDialog:
    app.console.show_agreement()
    return app.console.agreement_dialog


def draw(pad, qtbot):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
    for x, y in ((60, 60), (90, 120), (130, 70), (170, 110)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 90))


def sign_next(dialog, qtbot, typed: str | None = None):
    def act():
        sign = QApplication.activeModalWidget()
        if not isinstance(sign, SignDialog):
            QTimer.singleShot(50, act)
            return
        if typed:
            sign.use_typed.setChecked(True)
            sign.typed.setText(typed)
        else:
            draw(sign.pad, qtbot)
            assert not sign.pad.is_empty()
        sign.accept()

    QTimer.singleShot(80, act)
    dialog.sign_selected()


def test_actions_typed_anywhere_and_edited_in_the_agreement(fresh, qtbot):
    app = fresh
    app.room.go_to(app.context.session.agenda[0].id)
    qtbot.keyClicks(app.console.capture.field, "! Leads binnen 24 uur bellen @ruud")
    qtbot.keyClick(app.console.capture.field, Qt.Key.Key_Return)
    action = app.context.session.actions[0]
    assert action.what == "Leads binnen 24 uur bellen" and action.owner_id == "ruud"
    dialog = dialog_for(app)
    model = dialog.model
    assert model.setData(model.index(0, 3), "26-02-2027")
    assert app.context.session.actions[0].due == dt.date(2027, 2, 26)
    assert not model.setData(model.index(0, 3), "next week"), "a date the app cannot read is refused"
    assert model.setData(model.index(0, 2), "Femke Schouten")
    assert app.context.session.actions[0].owner_id == "femke"
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert app.context.session.agreement.excluded == [f"action:{action.id}"]


def test_missing_essentials_are_pointed_out(fresh):
    dialog = dialog_for(fresh)
    text = dialog.problems.text()
    assert "no action items" in text and "first review has no date" in text
    assert "Nobody from sales signs" not in text


def test_sign_in_turn_freezes_then_reopen_voids(fresh, qtbot):
    app = fresh
    dialog = dialog_for(app)
    dialog.review_set.setChecked(True)
    assert app.context.session.agreement.review.first_review is not None
    dialog.signatories.setCurrentRow(0)
    sign_next(dialog, qtbot)
    dialog.signatories.setCurrentRow(1)
    sign_next(dialog, qtbot, typed="R. Bakker")
    agreement = app.context.session.agreement
    assert [s.name for s in agreement.signatures] == ["Femke Schouten", "R. Bakker"]
    assert agreement.signatures[0].strokes and agreement.signatures[1].typed
    assert agreement.frozen_fingerprint and not dialog.new_action.isEnabled()
    with qtbot.waitSignal(app.room.error):
        app.console.capture.field.setText("! te laat")
        app.room.go_to(app.context.session.agenda[0].id)
        app.console.capture.submit()
    def yes():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, yes)
    dialog.reopen()
    assert app.context.session.agreement.signatures == []
    assert app.context.session.agreement.history[-1].kind == "reopened"
    app.close()
    assert reopen(app.path).agreement.history[-1].kind == "reopened"


def test_export_writes_a_pdf_that_verifies_and_shows_on_the_beamer(fresh, qtbot, tmp_path):
    app = fresh
    dialog = dialog_for(app)
    dialog.beamer_toggle.setChecked(True)
    frame = app.room.frame()
    assert frame.title == "Our agreement" or frame.title == "Onze afspraken"
    assert any("Femke" in line or "signed" in line.lower() or "getekend" in line for line in frame.lines)
    dialog.signatories.setCurrentRow(0)
    sign_next(dialog, qtbot)
    out = tmp_path / "out"
    out.mkdir()
    dialog.export(str(out))
    written = dialog.last_written
    assert written.pdf.exists() and "Overeenkomst Acme" in written.pdf.name
    session = app.context.session
    assert session.agreement.sealed_with == identities.certificate_for(session), "signing pinned the seal"
    assert verify(written.pdf.read_bytes(), session, dialog.sections).matches


def keyboard():
    """Where a real key press goes: an open pop-up list takes the keyboard from the field under it."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def test_the_review_time_zone_is_typed_with_real_keys_and_saved(fresh, qtbot):
    app = fresh
    dialog = dialog_for(app)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    zone = dialog.review_zone
    assert zone.currentText() == app.context.session.meta.time_zone
    zone.lineEdit().setFocus()
    zone.lineEdit().selectAll()
    qtbot.keyClicks(zone.lineEdit(), "asia/tokyo")
    assert zone.completer().popup().isVisible(), "the list of matching zones is offered"
    qtbot.keyClick(keyboard(), Qt.Key.Key_Down)  # the first match, then take it
    qtbot.keyClick(keyboard(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: app.context.session.meta.time_zone == "Asia/Tokyo", timeout=3000)
    assert zone.currentText() == "Asia/Tokyo"
    zone.lineEdit().setFocus()
    zone.lineEdit().selectAll()
    with qtbot.waitSignal(app.room.error) as error:
        qtbot.keyClicks(zone.lineEdit(), "Atlantis")
        qtbot.keyClick(keyboard(), Qt.Key.Key_Tab)
    assert "Atlantis is not a time zone" in error.args[0]
    assert zone.currentText() == "Asia/Tokyo" and app.context.session.meta.time_zone == "Asia/Tokyo"
    app.close()
    assert reopen(app.path).meta.time_zone == "Asia/Tokyo"


def test_the_zone_picker_completes_a_city_name(fresh, qtbot):
    dialog = dialog_for(fresh)
    completer = dialog.review_zone.completer()
    completer.setCompletionPrefix("amster")
    assert completer.currentCompletion() == "Europe/Amsterdam"
