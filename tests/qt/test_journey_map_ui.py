"""The journey map in the room: notes into cells by keyboard, stage editing, roles, the overlap tab, the
beamer view; and the landscape PDF with a 9-stage × 7-lane grid full of long notes."""

import re
import shutil
import subprocess

import pytest
from factories import note
from filetools import reopen
from pydantic import ValidationError
from PySide6.QtCore import QEvent, QMimeData, QPointF, QSettings, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from facilitator.export.agreement_files import make_pdf
from facilitator.model import Artefact, SessionDocument
from facilitator.model.operations import AddNote
from facilitator.qt.app import RoomApp, application
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.demo import build_demo
from workshops.journey_map.model import KIND, Journey, cell_key
from workshops.journey_map.operations import EditJourney, PlaceNote
from workshops.journey_map.qt_views import NOTE_MIME, JourneyPanel
from workshops.sections import alignment_sections


@pytest.fixture
def journey_app(qtbot, tmp_path, clock):
    application()
    path = tmp_path / "journey.session"
    SessionFile.create(path, build_demo("en", signed=False)).close()
    language = UiLanguage()
    language.set("en")
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock,
                  views=alignment_catalogue().module_views)
    app.path = path
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == KIND)
    app.room.go_to(module.id)
    yield app, module
    app.close()


def journey(app, module) -> Journey:
    return Journey.model_validate(app.context.session.artefacts[module.id].data)


def focused_panel(app, qtbot) -> JourneyPanel:
    panel = app.console.work_area.currentWidget()
    assert isinstance(panel, JourneyPanel)
    app.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=2000)
    panel.grid.setFocus()
    return panel


def test_notes_go_into_cells_by_keyboard_and_survive_a_restart(journey_app, qtbot):
    app, module = journey_app
    panel = focused_panel(app, qtbot)
    panel.notes.setCurrentRow(0)
    first = panel.notes.currentItem().data(Qt.ItemDataRole.UserRole)
    panel.grid.setCurrentCell(0, 0)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Right)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Down)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Down)
    assert (panel.grid.currentRow(), panel.grid.currentColumn()) == (2, 1)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Return)
    cells = journey(app, module).cells
    assert cells[cell_key("consideration", "pains")][-1] == first
    assert sum(ids.count(first) for ids in cells.values()) == 1, "a note sits in one cell"
    assert app.context.session.notes[first].text in panel.grid.item(2, 1).text()
    assert panel.notes.currentRow() == 1, "the next note is ready for the next cell"
    qtbot.keyClick(panel.grid, Qt.Key.Key_Delete)
    assert first not in str(journey(app, module).cells)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Up)
    panel.notes.setCurrentRow(0)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Enter)
    app.close()
    assert first in reopen(app.path).artefacts[module.id].data["cells"][cell_key("consideration", "touchpoints")]


def test_owner_handoff_zoom_and_roles_by_keyboard(journey_app, qtbot):
    app, module = journey_app
    panel = focused_panel(app, qtbot)
    panel.grid.setCurrentCell(0, 3)  # Purchase intention, owned by sales
    assert panel.problems.text() == "", "the default map is consistent"
    qtbot.keyClick(panel.grid, Qt.Key.Key_O)
    assert journey(app, module).stages[3].owner == "joint"
    qtbot.keyClick(panel.grid, Qt.Key.Key_BracketRight)
    assert journey(app, module).handoff_after == "intention"
    assert "▶" in panel.grid.horizontalHeaderItem(3).text()
    qtbot.keyClick(panel.grid, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(panel.grid, Qt.Key.Key_BracketLeft)
    assert journey(app, module).handoff_after == "consideration"
    assert panel.problems.text() == "“Preference” is owned by marketing but comes after the hand-off."
    qtbot.keyClick(panel.grid, Qt.Key.Key_4)
    qtbot.keyClick(panel.grid, Qt.Key.Key_3)
    assert journey(app, module).stages[3].roles == ["buyer", "decider"]
    assert panel.roles["decider"].isChecked() and not panel.roles["user"].isChecked()
    qtbot.keyClick(panel.grid, Qt.Key.Key_4)
    assert journey(app, module).stages[3].roles == ["buyer"]
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z)
    assert journey(app, module).zoom == "intention"
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z)
    assert journey(app, module).zoom is None
    app.console.undo()
    assert journey(app, module).zoom == "intention", "every change is one undo step"


def test_stages_and_lanes_are_renamed_added_moved_and_removed(journey_app, qtbot):
    app, module = journey_app
    panel = focused_panel(app, qtbot)
    panel.grid.setCurrentCell(1, 2)
    panel.stage_name.setFocus()
    panel.stage_name.selectAll()
    qtbot.keyClicks(panel.stage_name, "Shortlist & <demo>")
    qtbot.keyClick(panel.stage_name, Qt.Key.Key_Tab)
    assert journey(app, module).stages[2].name == "Shortlist & <demo>"
    panel.buttons["add_stage"].click()
    stages = journey(app, module).stages
    assert len(stages) == 9 and stages[3].name == "New stage" and panel.grid.currentColumn() == 3
    panel.buttons["stage_left"].click()
    assert journey(app, module).stages[2].name == "New stage" and panel.grid.currentColumn() == 2
    panel.buttons["remove_stage"].click()
    assert [s.name for s in journey(app, module).stages][2] == "Shortlist & <demo>"
    panel.buttons["add_lane"].click()
    assert journey(app, module).lanes[-1].name == "New lane" and panel.grid.rowCount() == 7
    qtbot.keyClicks(panel.lane_name, "Proof")
    qtbot.keyClick(panel.lane_name, Qt.Key.Key_Tab)
    assert journey(app, module).lanes[-1].name == "Proof"
    panel.grid.setCurrentCell(6, 0)
    panel.buttons["remove_lane"].click()
    assert [lane.name for lane in journey(app, module).lanes][-1] == "Metric"


def test_overlap_lists_stay_hidden_on_the_beamer_until_revealed(journey_app, qtbot):
    app, module = journey_app
    panel = focused_panel(app, qtbot)
    panel.tabs.setCurrentIndex(1)
    assert journey(app, module).view == "overlap"
    panel.reveal.setChecked(False)
    box = panel.lists["marketing"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "Acme")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    box.insertPlainText("Café Noir")  # QTest cannot type non-ASCII characters
    assert journey(app, module).overlap["marketing"] == ["Acme", "Café Noir"]
    panel.lists["sales"].setFocus()
    panel.lists["sales"].selectAll()
    for line in ("ACME ", "cafe  noir", "Zeta"):
        qtbot.keyClicks(panel.lists["sales"], line)
        qtbot.keyClick(panel.lists["sales"], Qt.Key.Key_Return)
    assert "66.7 % overlap" in panel.result.text(), "case, accents and spacing do not count as differences"
    assert "2 named by both" in panel.result.text() and "1 only sales" in panel.result.text()
    assert journey(app, module).overlap["revealed"] is False
    hidden = app.beamer.grab().toImage()
    panel.reveal.setChecked(True)
    assert journey(app, module).overlap["revealed"] is True
    qtbot.waitUntil(lambda: app.beamer.grab().toImage() != hidden, timeout=2000)


pytestmark_pdf = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytestmark_pdf
def test_a_nine_by_seven_grid_of_long_notes_reads_on_landscape_pages(tmp_path):
    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == KIND)
    doc.apply(EditJourney(module_id=module.id, action="add_stage", target="advocacy", values={"name": "Renewal"}))
    doc.apply(EditJourney(module_id=module.id, action="add_lane", values={"name": "Proof needed"}))
    doc.apply(EditJourney(module_id=module.id, action="edit_stage", target="purchase",
                          values={"roles": ["buyer", "decider", "gatekeeper"]}))
    grid = Journey.model_validate(doc.session.artefacts[module.id].data)
    assert (len(grid.stages), len(grid.lanes)) == (9, 7)
    markers = []
    for s, stage in enumerate(grid.stages):
        for r, lane in enumerate(grid.lanes):
            marker = f"Q{s}x{r}q"
            markers.append(marker)
            text = f"{marker} " + "the buyer compares three suppliers and asks for references " * 4
            doc.apply(AddNote(note=note(f"j{s}_{r}", module=module.id, text=text)))
            doc.apply(PlaceNote(module_id=module.id, note_id=f"nj{s}_{r}", stage_id=stage.id, lane_id=lane.id))
    pdf = tmp_path / "journey.pdf"
    pdf.write_bytes(make_pdf(doc.session, alignment_sections(), sign=False))
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
                            capture_output=True, text=True).stdout for i in range(1, len(sizes) + 1)]
    journey_pages = [i for i, text in enumerate(pages) if re.search(r"Q\dx\dq", text)]
    assert len(journey_pages) >= 3, "a grid this full needs several pages"
    for i in journey_pages:
        width, height = map(float, sizes[i])
        assert width > height, f"page {i + 1} is landscape"
        assert "Awareness" in pages[i] or "Onboarding" in pages[i], f"page {i + 1} repeats the stage headers"
    everything = "".join(pages[i] for i in journey_pages)
    assert [m for m in markers if m not in everything] == [], "every note in the grid is in the PDF"
    assert "hand-off to sales" in everything  # narrow columns wrap the rest of the line
    assert "Gatekeeper" in everything and "Decider" in everything
    assert "Who is our customer?" in "".join(pages) and "15.8%" in "".join(pages)
    portrait = [i for i in range(len(sizes)) if i not in journey_pages]
    assert any(float(sizes[i][1]) > float(sizes[i][0]) for i in portrait), "the rest stays portrait"


def test_a_journey_result_in_a_foreign_shape_is_refused_with_the_field_named():
    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == KIND)
    with pytest.raises(ValidationError, match="data.stages.0: Input should be a valid dictionary"):
        Artefact(module_id=module.id, kind=KIND, data={"stages": ["Odd old stage"]})


def test_a_note_dragged_onto_a_cell_lands_there(journey_app, qtbot):
    app, module = journey_app
    panel = focused_panel(app, qtbot)
    entry = panel.notes.item(2)
    note_id = entry.data(Qt.ItemDataRole.UserRole)
    mime = panel.notes.mimeData([entry])
    assert mime.hasFormat(NOTE_MIME)
    target = panel.grid.visualItemRect(panel.grid.item(4, 1)).center()
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        event = QDragMoveEvent(target, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, kind)
        QApplication.sendEvent(panel.grid.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.grid.viewport(), drop)
    assert journey(app, module).cells[cell_key("consideration", "content")][-1] == note_id
    assert (panel.grid.currentRow(), panel.grid.currentColumn()) == (4, 1)
    foreign = QMimeData()
    foreign.setText("just text")
    enter = QDragMoveEvent(target, Qt.DropAction.CopyAction, foreign, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, QEvent.Type.DragEnter)
    QApplication.sendEvent(panel.grid.viewport(), enter)
    assert not enter.isAccepted(), "text from elsewhere is not a note"


def test_the_panel_fits_a_laptop_screen_beside_the_agenda_and_preview(journey_app):
    app, _ = journey_app
    panel = app.console.work_area.currentWidget()
    assert panel.minimumSizeHint().width() <= 700, "no wider than the widest other module panel"
