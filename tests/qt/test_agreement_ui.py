"""The agreement screen: review, actions from anywhere, signing with the pad, reopening, export.

Everything here is done the way a person does it: keys on the focused widget, clicks on buttons;
only Qt's own folder picker is answered by the test."""

import datetime as dt
import subprocess

import pytest
from filetools import reopen
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator.export import identities
from facilitator.export.verification import verify
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


CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, app, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def type_line(qtbot, app, widget, text):
    press(qtbot, app, widget, Qt.Key.Key_End)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def dialog_for(app, qtbot):
    press(qtbot, app, app.console.capture.field, Qt.Key.Key_E, CTRL)  # Ctrl+E: the agreement
    qtbot.waitUntil(lambda: app.console.agreement_dialog is not None and app.console.agreement_dialog.isVisible())
    return app.console.agreement_dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def draw(pad, qtbot):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
    for x, y in ((60, 60), (90, 120), (130, 70), (170, 110)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 90))


def when_modal(kind, act, seen: list | None = None):
    """Once a modal dialog of ``kind`` is open (a real one, opened by a real click), act on it.
    Returns a function that stops the watch (a watch left running would act in the next test)."""
    stopped = []

    def poll():
        if stopped:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(30, poll)
            return
        if seen is not None:
            seen.append(box.windowTitle())
        act(box)

    QTimer.singleShot(30, poll)
    return lambda: stopped.append(True)


def sign_next(dialog, qtbot, row: int, typed: str | None = None):
    def act(sign):
        if typed:
            click(qtbot, sign.use_typed)
            sign.typed.selectAll()
            qtbot.keyClicks(sign.typed, typed)
        else:
            draw(sign.pad, qtbot)
            assert not sign.pad.is_empty()
        click(qtbot, sign.buttons.button(sign.buttons.StandardButton.Ok))

    rect = dialog.signatories.visualItemRect(dialog.signatories.item(row))
    qtbot.mouseClick(dialog.signatories.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    when_modal(SignDialog, act)
    click(qtbot, dialog.sign_button)


def answer(button):
    return lambda box: box.button(button).click()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_actions_typed_anywhere_and_edited_in_the_agreement(fresh, qtbot):
    app = fresh
    app.room.go_to(app.context.session.agenda[0].id)
    type_line(qtbot, app, app.console.capture.field, "! Leads binnen 24 uur bellen @ruud")
    action = app.context.session.actions[0]
    assert action.what == "Leads binnen 24 uur bellen" and action.owner_id == "ruud"
    dialog = dialog_for(app, qtbot)
    table = dialog.actions

    def edit(column, text):
        rect = table.visualRect(dialog.model.index(0, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        press(qtbot, app, table, Qt.Key.Key_F2)  # edit the cell
        qtbot.waitUntil(lambda: QApplication.focusWidget() not in (table, None))
        editor = QApplication.focusWidget()
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the delegate commits on the next pass

    edit(3, "26-02-2027")
    assert app.context.session.actions[0].due == dt.date(2027, 2, 26)
    edit(3, "next week")
    assert app.context.session.actions[0].due == dt.date(2027, 2, 26), "a date the app cannot read is refused"
    edit(2, "Femke Schouten")
    assert app.context.session.actions[0].owner_id == "femke"
    box = table.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    press(qtbot, app, table, Qt.Key.Key_Space)  # the check box of the selected row
    qtbot.waitUntil(lambda: app.context.session.agreement.excluded == [f"action:{action.id}"])


def test_enter_in_new_action_adds_the_item_and_opens_nothing_else(fresh, qtbot):
    app = fresh
    dialog = dialog_for(app, qtbot)
    opened: list = []
    stop = when_modal(SignDialog, lambda sign: sign.reject(), opened)  # would catch a "Sign: …" popping up
    type_line(qtbot, app, dialog.new_action, "Beursleads binnen een week nabellen @ruud")
    type_line(qtbot, app, dialog.new_action, "Persona's herschrijven @fem")
    assert [(a.what, a.owner_id) for a in app.context.session.actions] == [
        ("Beursleads binnen een week nabellen", "ruud"), ("Persona's herschrijven", "femke")]
    assert dialog.new_action.text() == ""
    qtbot.wait(200)  # give a wrongly triggered default button every chance to open its dialog
    stop()
    assert opened == [] and app.context.session.agreement.signatures == []
    assert dialog.new_action.hasFocus()
    app.close()
    assert [(a.what, a.owner_id) for a in reopen(app.path).actions][1] == ("Persona's herschrijven", "femke")


def test_missing_essentials_are_pointed_out(fresh, qtbot):
    dialog = dialog_for(fresh, qtbot)
    text = dialog.problems.text()
    assert "no action items" in text and "first review has no date" in text
    assert "Nobody from sales signs" not in text


def test_sign_in_turn_freezes_then_reopen_voids(fresh, qtbot):
    app = fresh
    dialog = dialog_for(app, qtbot)
    click(qtbot, dialog.review_set)
    assert app.context.session.agreement.review.first_review is not None
    sign_next(dialog, qtbot, 0)
    sign_next(dialog, qtbot, 1, typed="R. Bakker")
    agreement = app.context.session.agreement
    assert [s.name for s in agreement.signatures] == ["Femke Schouten", "R. Bakker"]
    assert agreement.signatures[0].strokes and agreement.signatures[1].typed
    assert agreement.frozen_fingerprint and not dialog.new_action.isEnabled()
    app.room.go_to(app.context.session.agenda[0].id)
    with qtbot.waitSignal(app.room.error):
        type_line(qtbot, app, app.console.capture.field, "! te laat")
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.reopen_button)
    assert app.context.session.agreement.signatures == []
    assert app.context.session.agreement.history[-1].kind == "reopened"
    app.close()
    assert reopen(app.path).agreement.history[-1].kind == "reopened"


def test_the_write_button_asks_for_a_folder_and_writes_a_pdf_that_verifies(fresh, qtbot, tmp_path, monkeypatch):
    app = fresh
    dialog = dialog_for(app, qtbot)
    dialog.beamer_toggle.setFocus()
    qtbot.keyClick(dialog.beamer_toggle, Qt.Key.Key_Space)  # the check box, by keyboard
    qtbot.waitUntil(lambda: dialog.beamer_toggle.isChecked(), timeout=3000)
    frame = app.room.frame()
    assert frame.title == "Our agreement" or frame.title == "Onze afspraken"
    assert any("Femke" in line or "signed" in line.lower() or "getekend" in line for line in frame.lines)
    sign_next(dialog, qtbot, 0)
    out = tmp_path / "out"
    out.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",  # Qt's own folder picker, answered
                        lambda *args, **kwargs: asked.append(args) or str(out))
    click(qtbot, dialog.export_button)
    assert asked, "the button asks where the files go"
    pdfs = list(out.glob("*.pdf"))
    assert [p.name for p in pdfs] == ["Overeenkomst Acme " + app.context.session.meta.date.isoformat() + ".pdf"]
    assert str(out) in dialog.status.text() and pdfs[0].name in dialog.status.text()
    text = pdf_text(pdfs[0])
    assert "Femke Schouten" in text and "Acme" in text
    session = app.context.session
    assert session.agreement.sealed_with == identities.certificate_for(session), "signing pinned the seal"
    assert verify(pdfs[0].read_bytes(), session, dialog.sections).matches


def test_ctrl_shift_e_writes_into_the_session_folder_and_asks_before_replacing(fresh, qtbot, tmp_path):
    app = fresh
    dialog = dialog_for(app, qtbot)
    click(qtbot, dialog.review_set)  # a review date, so there is an invitation too
    dialog.close()
    folder = app.path.parent
    press(qtbot, app, app.console.capture.field, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    pdf = next(folder.glob("Overeenkomst Acme *.pdf"))
    ics = next(folder.glob("Overeenkomst Acme * review.ics"))
    message = app.console.statusBar().currentMessage()
    assert str(folder) in message and pdf.name in message and ics.name in message
    assert "Acme" in pdf_text(pdf)
    before = pdf.read_bytes()

    asked: list = []
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.No), asked)
    press(qtbot, app, app.console.capture.field, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked and pdf.read_bytes() == before, "declining leaves the files as they were"

    type_line(qtbot, app, app.console.capture.field, "! Nieuwe actie erbij @ruud")  # the agreement changes
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes), asked)
    press(qtbot, app, app.console.capture.field, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 2 and "Nieuwe actie erbij" in pdf_text(pdf)


def keyboard():
    """Where a real key press goes: an open pop-up list takes the keyboard from the field under it."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def test_the_review_time_zone_is_typed_with_real_keys_and_saved(fresh, qtbot):
    app = fresh
    dialog = dialog_for(app, qtbot)
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
    dialog = dialog_for(fresh, qtbot)
    completer = dialog.review_zone.completer()
    completer.setCompletionPrefix("amster")
    assert completer.currentCompletion() == "Europe/Amsterdam"
