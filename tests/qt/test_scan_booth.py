"""The maturity scan with every participant answering: the private booth, pressed key by key, and
the agreed answers that switching modes must leave alone."""

import pytest
from filetools import reopen
from painted import painted_texts
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from facilitator.model import Participant
from facilitator.model.operations import AddParticipant
from facilitator.qt.app import RoomApp, application
from facilitator.qt.beamer.painter import paint_room
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.maturity_scan.model import side_result
from workshops.maturity_scan.qt_booth import ScanBooth
from workshops.maturity_scan.qt_views import ScanPanel
from workshops.new_session import new_session

PEOPLE = [("ruud", "Ruud Bakker", "sales"), ("femke", "Femke de Vries", "sales"),
          ("sanne", "Sanne Jansen", "marketing")]
SALES_AGREED = "2" * 17 + "111"   # 37: the department's agreed answer


@pytest.fixture
def scan(qtbot, tmp_path, clock):
    application()
    path = tmp_path / "scan.session"
    SessionFile.create(path, new_session("nl", company="Acme")).close()
    language = UiLanguage()
    language.set("en")
    catalogue = alignment_catalogue()
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock, views=catalogue.module_views,
                  sections=catalogue.sections)
    app.path = path
    for pid, name, department in PEOPLE:
        app.room.run(AddParticipant(participant=Participant(id=pid, name=name, department=department)))
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == "maturity_scan")
    app.room.go_to(module.id)
    panel = app.console.work_area.currentWidget()
    assert isinstance(panel, ScanPanel)
    yield app, module, panel
    app.close()


def answers(app, module) -> dict:
    return app.context.session.artefacts[module.id].data["answers"]


def type_in_table(qtbot, app, panel, column, digits) -> None:
    app.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=3000)
    panel.table.setFocus()
    panel.table.setCurrentCell(0, column)
    for digit in digits:
        qtbot.keyClick(panel.table, digit)


def open_booth(qtbot, panel) -> ScanBooth:
    qtbot.mouseClick(panel.open_booth, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.booth is not None and panel.booth.isVisible(), timeout=3000)
    return panel.booth


def answer_in_booth(qtbot, booth, row, digits) -> None:
    booth.names.setFocus()
    booth.names.setCurrentRow(row)
    qtbot.keyClick(booth.names, Qt.Key.Key_Return)
    for digit in digits:
        qtbot.keyClick(booth, digit)


def beamer(app) -> QImage:
    image = QImage(1024, 768, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_room(painter, 1024, 768, app.room, None, app.beamer.views)
    painter.end()
    return image


def choose_mode(qtbot, panel, mode) -> None:
    panel.mode.setFocus()
    key = Qt.Key.Key_Down if mode == "participant" else Qt.Key.Key_Up
    qtbot.keyClick(panel.mode, key)
    assert panel.mode.currentData() == mode


def test_two_people_answer_in_the_booth_and_the_agreed_answers_stay(scan, qtbot):
    app, module, panel = scan
    type_in_table(qtbot, app, panel, 2, SALES_AGREED)
    assert side_result(app.context.session.artefacts[module.id].data, "sales").total == 37

    booth = open_booth(qtbot, panel)
    assert app.context.session.artefacts[module.id].data["mode"] == "participant"
    assert booth.geometry() == app.console.screen().geometry(), "the booth covers the console's screen"
    empty_count = beamer(app)

    answer_in_booth(qtbot, booth, 0, "4" * 20)   # Ruud
    assert booth.pages.currentIndex() == 2 and "Ruud" in booth.done_title.text()
    after_one = beamer(app)
    assert after_one != empty_count, "the beamer counts who has answered"
    qtbot.keyClick(booth, Qt.Key.Key_Return)      # hand over: the list of names again
    assert booth.pages.currentIndex() == 0
    assert "✓" in booth.names.item(0).text() and "4" not in booth.names.item(0).text()

    qtbot.keyClick(booth.names, Qt.Key.Key_Down)
    qtbot.keyClick(booth.names, Qt.Key.Key_Return)  # Femke steps up
    assert "Femke" in booth.progress.text() and "stelling 1 van 20" in booth.progress.text()
    assert booth.your_answer.text() == "", "nothing of Ruud's is shown to Femke"
    for digit in "3" * 5:
        qtbot.keyClick(booth, digit)
    qtbot.keyClick(booth, Qt.Key.Key_Backspace)     # back to statement 5: her own answer, nobody else's
    assert "stelling 5 van 20" in booth.progress.text() and booth.your_answer.text() == "Jouw antwoord: 3"
    qtbot.keyClick(booth, "2")                      # corrects it
    for digit in "1" * 15:
        qtbot.keyClick(booth, digit)
    assert booth.pages.currentIndex() == 2

    qtbot.keyClick(booth, Qt.Key.Key_PageDown)      # a participant's stray key does nothing to the room
    assert app.context.session.current_module.id == module.id
    qtbot.keyClick(booth, Qt.Key.Key_F12)           # the facilitator closes the booth
    qtbot.waitUntil(lambda: panel.booth is None, timeout=3000)

    femke = [3, 3, 3, 3, 2] + [1] * 15
    stored = answers(app, module)["sales"]
    assert stored["ruud"] == [4] * 20 and stored["femke"] == femke
    assert side_result(app.context.session.artefacts[module.id].data, "sales").total == pytest.approx(
        (80 + sum(femke)) / 2)

    choose_mode(qtbot, panel, "department")          # back to one agreed answer: nothing averaged in
    assert side_result(app.context.session.artefacts[module.id].data, "sales").total == 37
    app.close()
    data = reopen(app.path).artefacts[module.id].data
    assert data["answers"]["sales"]["ruud"] == [4] * 20 and data["answers"]["sales"]["femke"] == femke
    assert data["answers"]["sales"]["department"] == [int(d) for d in SALES_AGREED]
    assert side_result(data, "sales").total == 37


def test_the_beamer_shows_how_many_answered_never_what(scan, qtbot):
    app, module, panel = scan
    booth = open_booth(qtbot, panel)
    answer_in_booth(qtbot, booth, 0, "5" * 20)
    high = beamer(app)
    qtbot.keyClick(booth, Qt.Key.Key_Return)
    answer_in_booth(qtbot, booth, 0, "1" * 20)       # Ruud answers again, very differently
    assert answers(app, module)["sales"]["ruud"] == [1] * 20
    assert beamer(app) == high, "the same count, whatever the answers: no score reaches the room"


def test_picking_the_second_respondent_in_the_console_keeps_her(scan, qtbot):
    app, module, panel = scan
    choose_mode(qtbot, panel, "participant")
    assert panel.respondent.currentData() is None, "nobody's own answers are on screen by default"
    assert all(panel.table.item(row, 3).text() == "" for row in range(20))
    panel.respondent.setFocus()
    qtbot.keyClick(panel.respondent, Qt.Key.Key_Down)
    qtbot.keyClick(panel.respondent, Qt.Key.Key_Down)
    assert panel.respondent.currentData() == "femke"
    type_in_table(qtbot, app, panel, 3, "2" * 20)
    assert panel.respondent.currentData() == "femke", "entering answers does not snap back to the first"
    stored = answers(app, module)["sales"]
    assert stored["femke"] == [2] * 20 and "ruud" not in stored
    qtbot.keyClick(panel.respondent, Qt.Key.Key_Up)  # back to Ruud: his (empty) column, not hers
    assert panel.respondent.currentData() == "ruud"
    assert all(panel.table.item(row, 3).text() == "" for row in range(20))


def test_answers_for_unknown_people_or_the_wrong_side_are_refused(scan, qtbot):
    app, module, _panel = scan
    from workshops.maturity_scan.operations import SetAnswer

    errors = []
    app.room.error.connect(errors.append)
    assert not app.room.run(SetAnswer(module_id=module.id, side="marketing", respondent="ruud", index=0, value=3))
    assert not app.room.run(SetAnswer(module_id=module.id, side="sales", respondent="ghost", index=0, value=3))
    assert len(errors) == 2 and "not in marketing" in errors[0]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
def test_the_booth_count_on_the_beamer_is_legible_and_in_the_room_language(scan, qtbot, size):
    app, _module, panel = scan
    booth = open_booth(qtbot, panel)
    answer_in_booth(qtbot, booth, 2, "3" * 20)   # Sanne
    width, height = size
    drawn, box = painted_texts(lambda p, w, h: paint_room(p, w, h, app.room, None, app.beamer.views), width, height)
    inside = [d for d in drawn if box.content.contains(d.rect)]
    assert [d.text for d in inside] == ["1 van 3 hebben ingevuld",
                                        "Iedereen vult alleen in op de laptop; de uitkomst bekijken we samen."]
    assert all(d.px >= 0.026 * height for d in inside)


def test_a_refused_answer_is_said_in_the_booth_and_the_statement_stays(scan, qtbot):
    from facilitator.model.operations import RemoveParticipant

    app, module, panel = scan
    booth = open_booth(qtbot, panel)
    answer_in_booth(qtbot, booth, 1, "4")              # Femke answers the first statement
    assert app.room.run(RemoveParticipant(participant_id="femke"))  # meanwhile taken off the list
    qtbot.keyClick(booth, "5")
    assert "femke" in booth.problem.text() and "stelling 2 van 20" in booth.progress.text()
    assert answers(app, module)["sales"]["femke"][1] is None


def test_closing_the_session_closes_the_booth(scan, qtbot):
    app, _module, panel = scan
    booth = open_booth(qtbot, panel)
    app.close()
    assert not booth.isVisible() and QApplication.activeModalWidget() is None
