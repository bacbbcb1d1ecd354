"""Grouping, sorting and typing on the real board never stack things: checked on the scene's own
items after pressing the real G and V keys and typing real notes."""

from itertools import combinations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from facilitator.qt.board.cluster_item import ClusterItem
from facilitator.qt.board.note_item import NoteItem
from facilitator.qt.board.view import BoardView

CTRL = Qt.KeyboardModifier.ControlModifier


def shares_area(a: QRectF, b: QRectF) -> bool:
    both = a.intersected(b)
    return both.width() > 0 and both.height() > 0


def overlaps_on_scene(scene) -> list[str]:
    """What the console and beamer draw: every note's box, every cluster's frame and title."""
    notes = [i for i in scene.items() if isinstance(i, NoteItem) and i.isVisible()]
    frames = [i for i in scene.items() if isinstance(i, ClusterItem) and i.isVisible()]
    box = {n.note_id: n.sceneBoundingRect().adjusted(3, 3, -3, -3) for n in notes}  # less the selection mark
    found = [f"notes {a.note_id} and {b.note_id}" for a, b in combinations(notes, 2)
             if shares_area(box[a.note_id], box[b.note_id])]
    found += [f"note {n.note_id} in cluster {f.group_id}" for n in notes for f in frames
              if n.note.group_id != f.group_id and shares_area(box[n.note_id], f.area)]
    found += [f"clusters {a.group_id} and {b.group_id}" for a, b in combinations(frames, 2)
              if shares_area(a.area, b.area) or shares_area(a.title_area(), b.title_area())]
    return found


def click_note(qtbot, view: BoardView, item: NoteItem, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view.ensureVisible(item, 0, 0)
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def answer_name(name: str) -> None:
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        dialog.accept()
    QTimer.singleShot(50, answer)


def test_g_v_and_typing_keep_the_board_clear(room_app, qtbot):
    room_app.show()
    room_app.room.go_to(room_app.context.session.agenda[2].id)  # the demo's brainstorm: 5 clusters
    view, scene = room_app.console.board, room_app.board
    assert overlaps_on_scene(scene) == [], "the demo board opens tidy"
    qtbot.waitExposed(room_app.console)
    room_app.console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room_app.console, timeout=2000)
    # One note of the first cluster and one of the third, by mouse: G merges both clusters.
    s = room_app.context.session
    clusters = sorted({i.note.group_id for i in scene.notes.values()}, key=lambda g: min(
        n.note.x for n in scene.notes.values() if n.note.group_id == g))
    first = next(i for i in scene.notes.values() if i.note.group_id == clusters[0])
    third = next(i for i in scene.notes.values() if i.note.group_id == clusters[2])
    click_note(qtbot, view, first)
    click_note(qtbot, view, third, CTRL)
    assert set(view.selected_ids()) == {first.note_id, third.note_id}
    answer_name("Leads en CRM")
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert s.notes[first.note_id].group_id == s.notes[third.note_id].group_id
    assert len(scene.clusters) == len(clusters) - 1
    assert overlaps_on_scene(scene) == []

    qtbot.keyClick(view, Qt.Key.Key_V)
    assert overlaps_on_scene(scene) == []

    # New notes typed into the capture line land clear of every note and frame.
    for text in ("Beursleads koud", "Geen SLA", "CRM leeg"):
        qtbot.keyClicks(room_app.console.capture.field, text)
        qtbot.keyClick(room_app.console.capture.field, Qt.Key.Key_Return)
    assert {"Beursleads koud", "Geen SLA", "CRM leeg"} <= {i.note.text for i in scene.notes.values()}
    assert overlaps_on_scene(scene) == []

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # undo keeps it clear too
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert overlaps_on_scene(scene) == []
