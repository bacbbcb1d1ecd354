"""The scan on the console by keyboard, hidden then revealed on the beamer, and in the PDF."""

import shutil
import subprocess

import pytest
from filetools import reopen
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from facilitator.export.agreement_files import make_pdf
from facilitator.qt.app import RoomApp, application
from facilitator.qt.beamer.painter import paint_room
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.maturity_scan.model import side_result
from workshops.maturity_scan.qt_views import ScanPanel
from workshops.new_session import new_session


@pytest.fixture
def scan_app(qtbot, tmp_path, clock):
    application()
    session = new_session("nl", company="Acme")
    path = tmp_path / "scan.session"
    SessionFile.create(path, session).close()
    language = UiLanguage()
    language.set("en")
    catalogue = alignment_catalogue()
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock, views=catalogue.module_views,
                  sections=catalogue.sections)
    app.path = path
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == "maturity_scan")
    app.room.go_to(module.id)
    yield app, module
    app.close()


def panel_of(app) -> ScanPanel:
    panel = app.console.work_area.currentWidget()
    assert isinstance(panel, ScanPanel), "the scan replaces the board in the console"
    return panel


def type_answers(qtbot, app, panel, column, digits):
    app.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=2000)
    panel.table.setFocus()
    panel.table.setCurrentCell(0, column)
    for digit in digits:
        qtbot.keyClick(panel.table, digit)


def beamer_image(app) -> QImage:
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_room(painter, 1280, 720, app.room, None, app.beamer.views)
    painter.end()
    return image


def test_keyboard_entry_per_department_moves_down_by_itself(scan_app, qtbot):
    app, module = scan_app
    panel = panel_of(app)
    type_answers(qtbot, app, panel, 1, "3" * 20)
    type_answers(qtbot, app, panel, 2, "2" * 19 + "1")
    data = app.context.session.artefacts[module.id].data
    assert side_result(data, "marketing").total == 60 and side_result(data, "sales").total == 39
    assert "60" in panel.summary.text() and "Afgestemd" in panel.summary.text()
    panel.table.setCurrentCell(5, 2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert app.context.session.artefacts[module.id].data["answers"]["sales"]["department"][5] is None
    app.close()
    assert reopen(app.path).artefacts[module.id].data["answers"]["marketing"]["department"] == [3] * 20


def test_hidden_until_revealed_then_totals_gaps_and_profile(scan_app, qtbot):
    app, module = scan_app
    panel = panel_of(app)
    type_answers(qtbot, app, panel, 1, "4" * 20)
    type_answers(qtbot, app, panel, 2, "2" * 20)
    hidden = beamer_image(app)
    panel.reveal.setChecked(True)
    assert app.context.session.artefacts[module.id].data["revealed"] is True
    revealed = beamer_image(app)
    assert hidden != revealed, "revealing changes what the room sees"
    panel.market["commoditising"].setChecked(True)
    assert "Afgestemd" in panel.advice.text()


def test_participant_mode_and_next_steps_as_actions(scan_app, qtbot):
    app, module = scan_app
    from facilitator.model import Participant
    from facilitator.model.operations import AddParticipant

    app.room.run(AddParticipant(participant=Participant(id="ruud", name="Ruud Bakker", department="sales")))
    panel = panel_of(app)
    panel.mode.setCurrentIndex(1)
    assert app.context.session.artefacts[module.id].data["mode"] == "participant"
    panel.respondent.setCurrentIndex(panel.respondent.findData("ruud"))
    type_answers(qtbot, app, panel, 3, "2" * 20)
    assert side_result(app.context.session.artefacts[module.id].data, "sales").total == 40
    panel.add_next_steps()
    assert len(app.context.session.actions) >= 4
    assert all(a.module_id == module.id for a in app.context.session.actions)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_scan_section_in_the_agreement(tmp_path):
    from workshops.demo import build_demo
    from workshops.sections import alignment_sections

    pdf = make_pdf(build_demo("nl"), alignment_sections(), sign=False)
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in ("Waar we staan", "58", "39", "Gedefinieerd", "Ongedefinieerd", "Waar we naartoe willen",
                     "Afgestemd", "Profiel over de vijf stappen"):
        assert expected in text, expected
