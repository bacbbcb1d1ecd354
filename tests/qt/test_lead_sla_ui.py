"""Lead definition and SLA: consent by keyboard, SLA figures, the checks; the PDF and its .ics."""

import shutil
import subprocess

import icalendar
import pytest
from filetools import reopen
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from facilitator.export.agreement_files import export_for_attendees, make_pdf
from facilitator.qt.app import RoomApp, application
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.demo import build_demo
from workshops.lead_sla.model import agreed, parse
from workshops.lead_sla.qt_views import LeadSlaPanel
from workshops.sections import alignment_sections


@pytest.fixture
def sla_app(qtbot, tmp_path, clock):
    application()
    path = tmp_path / "sla.session"
    SessionFile.create(path, build_demo("nl", signed=False)).close()
    language = UiLanguage()
    language.set("en")
    catalogue = alignment_catalogue()
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock, views=catalogue.module_views)
    app.path = path
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == "lead_sla")
    app.room.go_to(module.id)
    yield app, module
    app.close()


def test_consent_recorded_by_keyboard(sla_app, qtbot):
    app, module = sla_app
    panel = app.console.work_area.currentWidget()
    assert isinstance(panel, LeadSlaPanel)
    app.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=2000)
    panel.criteria.setFocus()
    panel.criteria.setCurrentCell(5, 4)  # the criterion sales blocked, sales column
    assert "no consent yet" in panel.problems.text()
    qtbot.keyClick(panel.criteria, Qt.Key.Key_4)
    model = parse(app.context.session.artefacts[module.id].data)
    assert model.criteria[5].consent["sales"] == 4 and agreed(model.criteria[5])
    panel.criteria.setCurrentCell(0, 3)
    qtbot.keyClick(panel.criteria, Qt.Key.Key_1)
    model = parse(app.context.session.artefacts[module.id].data)
    assert agreed(model.criteria[0]) is False and "no consent yet" in panel.problems.text()
    app.close()
    assert parse(reopen(app.path).artefacts[module.id].data).criteria[0].consent["marketing"] == 1


def test_sla_figures_and_checks(sla_app, qtbot):
    app, module = sla_app
    panel = app.console.work_area.currentWidget()
    panel.sla["capacity_per_month"].setText("20")
    panel._sla_edited()
    assert parse(app.context.session.artefacts[module.id].data).sla.capacity_per_month == 20
    assert "fewer leads than marketing promises" in panel.problems.text()
    panel.sla["sql_per_month"].setText("10")
    panel._sla_edited()
    assert "does not reach the revenue goal" in panel.problems.text(), "the funnel asks 34 a month"
    assert "34" in panel.proposal.text()
    panel.sla["follow_up_hours"].setText("lots")
    with qtbot.waitSignal(app.room.error):
        panel._sla_edited()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_section_and_the_ics_read_by_a_real_parser(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    session = build_demo("nl")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(make_pdf(session, alignment_sections(), sign=False))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("Wanneer een lead sales-ready is", "Bedrijf met 50 medewerkers", "geblokkeerd door Verkoop",
                     "Wat marketing bij elke SQL overdraagt", "Service level agreement", "34"):
        assert expected in text, expected
    written = export_for_attendees(session, tmp_path, alignment_sections())
    calendar = icalendar.Calendar.from_ical(written.ics.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart").date() == session.agreement.review.first_review
    assert event["rrule"]["FREQ"] == ["MONTHLY"] and event["rrule"]["INTERVAL"] == [3]
    assert "Stroomhof" in str(event["summary"])
