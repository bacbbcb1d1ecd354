"""Building the goal tree in the console by keyboard, from notes, and the funnel's refusals."""

import datetime as dt

import pytest
from filetools import reopen
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from facilitator.model import Note
from facilitator.model.operations import AddNote
from facilitator.qt.app import RoomApp, application
from facilitator.qt.beamer.painter import paint_room
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.goal_tree.model import checks, goals
from workshops.goal_tree.qt_views import GoalTreePanel
from workshops.new_session import new_session


@pytest.fixture
def tree_app(qtbot, tmp_path, clock):
    application()
    path = tmp_path / "tree.session"
    SessionFile.create(path, new_session("nl", company="Acme")).close()
    language = UiLanguage()
    language.set("en")
    catalogue = alignment_catalogue()
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock, views=catalogue.module_views)
    app.path = path
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == "goal_tree")
    app.room.go_to(module.id)
    yield app, module
    app.close()


def press(qtbot, app, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    if QApplication.activeWindow() is not app.console:
        app.console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def data(app, module):
    return app.context.session.artefacts[module.id].data


def test_build_the_tree_from_notes_by_keyboard(tree_app, qtbot):
    app, module = tree_app
    panel = app.console.work_area.currentWidget()
    assert isinstance(panel, GoalTreePanel)
    for i, (text, department) in enumerate([("Omzet 2,4 mln", "joint"), ("34 SQL's per maand", "marketing"),
                                            ("Winkans 25 %", "sales")]):
        app.room.run(AddNote(note=Note(id=f"n{i}", module_id=module.id, text=text, department=department,
                                       created_at=dt.datetime(2026, 11, 28, 9, i, tzinfo=dt.UTC))))
    press(qtbot, app, panel.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # a company goal
    top = goals(data(app, module))[0]
    assert top.owner == "company" and top.parent is None
    for row in (1, 2):  # notes become goals under the selected (company) goal
        panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
        panel.notes.setCurrentRow(row)
        press(qtbot, app, panel.notes, Qt.Key.Key_Return)
    made = goals(data(app, module))
    assert [(g.title, g.owner, g.parent) for g in made[1:]] == [("34 SQL's per maand", "marketing", top.id),
                                                                 ("Winkans 25 %", "sales", top.id)]
    # Ctrl+→ hangs the sales goal under the marketing goal, Ctrl+← brings it back up.
    sales_item = panel.tree.topLevelItem(0).child(1)
    panel.tree.setCurrentItem(sales_item)
    press(qtbot, app, panel.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert {g.title: g.parent for g in goals(data(app, module))}["Winkans 25 %"] == made[1].id
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0).child(0))
    press(qtbot, app, panel.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert {g.title: g.parent for g in goals(data(app, module))}["Winkans 25 %"] == top.id
    codes = {p.code for p in checks(goals(data(app, module)))}
    assert "not_measurable" in codes and "no_deadline" in codes
    assert "measurable" in panel.problems.text()
    app.close()
    assert len(goals(reopen(app.path).artefacts[module.id].data)) == 3


def test_editing_cells_and_the_funnel(tree_app, qtbot):
    app, module = tree_app
    panel = app.console.work_area.currentWidget()
    press(qtbot, app, panel.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    item = panel.tree.topLevelItem(0)
    item.setText(3, "2400000")
    item = panel.tree.topLevelItem(0)
    item.setText(4, "€")
    assert goals(data(app, module))[0].target == 2_400_000
    item = panel.tree.topLevelItem(0)
    item.setText(1, "verkoop")
    assert goals(data(app, module))[0].owner == "sales"
    for name, value in zip(("revenue", "deal_size", "win_rate", "sql_to_opportunity", "mql_to_sql"),
                           ("2400000", "48000", "0", "50", "20"), strict=True):
        panel.funnel_fields[name].setText(value)
    with qtbot.waitSignal(app.room.error) as refused:
        panel.set_funnel()
    assert "win rate" in refused.args[0]
    panel.funnel_fields["win_rate"].setText("25")
    panel.set_funnel()
    assert "34 SQLs a month" in panel.funnel_result.text()


def test_a_25_goal_tree_paints_on_the_beamer(tree_app, qtbot):
    app, module = tree_app
    from workshops.goal_tree.model import Goal
    from workshops.goal_tree.operations import AddGoal

    app.room.run(AddGoal(module_id=module.id, goal=Goal(id="top", title="Omzet", owner="company")))
    for i in range(6):
        owner = ("marketing", "sales", "joint")[i % 3]
        app.room.run(AddGoal(module_id=module.id, goal=Goal(id=f"d{i}", parent="top", title=f"Doel {i}", owner=owner)))
        for j in range(3):
            app.room.run(AddGoal(module_id=module.id, goal=Goal(id=f"t{i}{j}", parent=f"d{i}", title=f"Team {j}",
                                                                owner=owner)))
    assert len(goals(data(app, module))) == 25
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_room(painter, 1920, 1080, app.room, None, app.beamer.views)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 1920, 12) for y in range(300, 1000, 12)}
    assert len(colours) > 10, "the tree is drawn"
