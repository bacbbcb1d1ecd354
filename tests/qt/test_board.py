"""The capture loop and the board, driven with real key events on the real app and file."""

from filetools import reopen
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from facilitator.model.operations import PutArtefact
from facilitator.qt.board.note_actions import NoteAction

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


def active(qtbot, window):
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def type_note(qtbot, app, text):
    active(qtbot, app.console)
    qtbot.keyClicks(app.console.capture.field, text)
    qtbot.keyClick(app.console.capture.field, Qt.Key.Key_Return)


def press(qtbot, app, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    active(qtbot, app.console)
    qtbot.keyClick(widget or app.console.capture.field, key, modifier)


def on_board(app, text):
    return next(item for item in app.board.notes.values() if item.note.text == text)


def start_friction_board(qtbot, room_app):
    """The demo's third module: 23 notes in 5 clusters."""
    room_app.show()
    room_app.room.go_to(room_app.context.session.agenda[2].id)
    return room_app


def test_department_keys_prefixes_and_speakers(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    press(qtbot, room_app, Qt.Key.Key_F3)
    type_note(qtbot, room_app, "Offertes duren te lang")
    type_note(qtbot, room_app, "m: Brochure is verouderd")
    type_note(qtbot, room_app, "@piet beursleads zijn koud")
    type_note(qtbot, room_app, "Nog een van verkoop")
    s = room_app.context.session
    by_text = {n.text: n for n in s.notes.values()}
    assert by_text["Offertes duren te lang"].department == "sales"
    assert by_text["Brochure is verouderd"].department == "marketing"
    pieter = next(p for p in s.participants if p.name.startswith("Pieter"))
    assert by_text["beursleads zijn koud"].speaker_id == pieter.id
    assert by_text["Nog een van verkoop"].department == "sales", "a prefix is for one note; F3 sticks"
    assert on_board(room_app, "beursleads zijn koud").initials == "PM"


def test_overhead_per_note_is_at_most_two_keystrokes(room_app, qtbot):
    # Text, then Enter (1); switching department is one more key (2).
    start_friction_board(qtbot, room_app)
    before = len(room_app.context.session.notes)
    press(qtbot, room_app, Qt.Key.Key_F2)
    type_note(qtbot, room_app, "Een")
    press(qtbot, room_app, Qt.Key.Key_F4)
    type_note(qtbot, room_app, "Twee")
    assert len(room_app.context.session.notes) == before + 2


def test_unknown_speaker_keeps_the_text_and_says_why(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    with qtbot.waitSignal(room_app.room.error) as blocker:
        type_note(qtbot, room_app, "@xyz iets")
    assert "@xyz" in blocker.args[0]
    assert room_app.console.capture.field.text() == "@xyz iets"


def test_new_note_shows_on_the_beamer_board_at_once(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    type_note(qtbot, room_app, "Nieuw op de muur")
    assert "Nieuw op de muur" in {item.note.text for item in room_app.board.notes.values()}
    assert room_app.room.frame().board
    rect = room_app.board.content_rect()
    assert rect.contains(on_board(room_app, "Nieuw op de muur").sceneBoundingRect())


def test_arrows_select_shift_arrows_move_and_the_file_follows(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    press(qtbot, room_app, Qt.Key.Key_Tab)
    view = room_app.console.board
    assert view.hasFocus() or QApplication.focusWidget() is view
    first = view.cursor_id
    assert first is not None
    press(qtbot, room_app, Qt.Key.Key_Right, widget=view)
    assert view.cursor_id != first and view.selected_ids() == [view.cursor_id]
    chosen = view.cursor_id
    x0 = room_app.context.session.notes[chosen].x
    press(qtbot, room_app, Qt.Key.Key_Down, SHIFT, widget=view)
    moved = room_app.context.session.notes[chosen]
    assert moved.x == x0 and moved.y > 0
    press(qtbot, room_app, Qt.Key.Key_Escape, widget=view)
    assert QApplication.focusWidget() is room_app.console.capture.field
    room_app.close()
    assert reopen(room_app.path).notes[chosen].y == moved.y


def test_edit_in_place_is_one_undo_step(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    view = room_app.console.board
    note_id = sorted(room_app.board.notes)[0]
    old = room_app.context.session.notes[note_id].text
    view.set_cursor(note_id)
    view.setFocus()
    press(qtbot, room_app, Qt.Key.Key_Return, widget=view)
    editor = view.editor
    assert editor is not None and editor.toPlainText() == old
    qtbot.keyClicks(editor, "Nieuwe tekst met <b> & ")
    editor.insertPlainText("ë")  # QTest cannot synthesise keys for non-ASCII characters
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert room_app.context.session.notes[note_id].text == "Nieuwe tekst met <b> & ë"
    press(qtbot, room_app, Qt.Key.Key_Z, CTRL)
    assert room_app.context.session.notes[note_id].text == old


def test_delete_and_undo(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    view = room_app.console.board
    note_id = sorted(room_app.board.notes)[1]
    view.set_cursor(note_id)
    view.setFocus()
    press(qtbot, room_app, Qt.Key.Key_Delete, widget=view)
    assert note_id not in room_app.context.session.notes and note_id not in room_app.board.notes
    press(qtbot, room_app, Qt.Key.Key_Z, CTRL)
    assert note_id in room_app.context.session.notes and note_id in room_app.board.notes


def test_select_then_group_by_keyboard_merges_clusters(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    s = room_app.context.session
    view = room_app.console.board
    groups = sorted({n.group_id for n in s.notes.values() if n.group_id and n.module_id == view.board.module_id})
    a = next(n.id for n in s.notes.values() if n.group_id == groups[0])
    b = next(n.id for n in s.notes.values() if n.group_id == groups[1])
    view.set_cursor(a)
    view.set_cursor(b, select_only=False)
    view.setFocus()
    press(qtbot, room_app, Qt.Key.Key_Space, widget=view)
    assert set(view.selected_ids()) == {a, b}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Leads en opvolging")
        dialog.accept()

    QTimer.singleShot(50, answer)
    press(qtbot, room_app, Qt.Key.Key_G, widget=view)
    group_id = s.notes[a].group_id
    assert s.notes[b].group_id == group_id and s.groups[group_id].name == "Leads en opvolging"
    assert len([g for g in groups[:2] if g in s.groups]) == 1, "one of the two clusters was merged into the other"
    assert len([g for g in groups if g in s.groups]) == len(groups) - 1
    assert room_app.board.clusters[group_id].isVisible()
    press(qtbot, room_app, Qt.Key.Key_Z, CTRL)
    assert set(groups) <= set(s.groups), "one undo step brings both clusters back"


def test_votes_by_key_and_the_dots_budget(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    view = room_app.console.board
    note_id = sorted(room_app.board.notes)[0]
    start = room_app.context.session.notes[note_id].votes
    view.set_cursor(note_id)
    view.setFocus()
    for _ in range(3):
        press(qtbot, room_app, Qt.Key.Key_M, widget=view)
    press(qtbot, room_app, Qt.Key.Key_S, widget=view)
    press(qtbot, room_app, Qt.Key.Key_M, SHIFT, widget=view)
    votes = room_app.context.session.notes[note_id].votes
    assert (votes.marketing, votes.sales) == (start.marketing + 2, start.sales + 1)
    assert "●" in on_board(room_app, room_app.context.session.notes[note_id].text).votes_text
    qtbot.waitUntil(lambda: room_app.console.board_bar.dots.text().startswith("Dots M "), timeout=2000)


def test_sort_by_votes_ranks_the_board(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    view = room_app.console.board
    view.setFocus()
    press(qtbot, room_app, Qt.Key.Key_V, widget=view)
    notes = [n for n in room_app.context.session.notes.values() if n.module_id == view.board.module_id]
    clusters = {}
    for note in notes:
        clusters.setdefault(note.group_id, []).append(note)
    best = max(clusters.values(), key=lambda members: sum(n.votes.total for n in members))
    top = max(best, key=lambda n: (n.votes.total, -n.created_at.timestamp()))
    assert top is min(notes, key=lambda n: (n.x, n.y)), "the most dotted cluster first, its top note first"


def test_filter_by_department_on_console_and_beamer(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    total = room_app.board.visible_count()
    press(qtbot, room_app, Qt.Key.Key_2, ALT)
    sales = sum(1 for i in room_app.board.notes.values() if i.note.department == "sales")
    assert room_app.board.visible_count() == total - sales > 0
    press(qtbot, room_app, Qt.Key.Key_2, ALT)
    assert room_app.board.visible_count() == total


def test_silent_writing_hides_notes_on_the_beamer_until_reveal(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    press(qtbot, room_app, Qt.Key.Key_H, CTRL)
    frame = room_app.room.frame()
    assert not frame.board and [c.count for c in frame.hidden_counts] and sum(c.count for c in frame.hidden_counts) == 23
    type_note(qtbot, room_app, "Stil geschreven")
    assert sum(c.count for c in room_app.room.frame().hidden_counts) == 24
    press(qtbot, room_app, Qt.Key.Key_H, CTRL)
    assert room_app.room.frame().board and not room_app.room.frame().hidden_counts


def test_use_as_hook_lets_a_module_turn_notes_into_its_result(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    module = room_app.context.session.current_module
    seen = []

    def make(session, note_ids):
        seen.append(note_ids)
        from facilitator.model import Artefact
        return PutArtefact(artefact=Artefact(module_id=module.id, kind="demo", data={"notes": note_ids}))

    view = room_app.console.board
    view.note_actions.register(NoteAction("test.use", lambda: "Make it so", frozenset({module.kind}), make))
    assert [a.key for a in view.note_actions.for_kind(module.kind)] == ["test.use"]
    assert view.note_actions.for_kind("goal_tree") == []
    note_id = sorted(room_app.board.notes)[0]
    view.set_cursor(note_id)
    view._use(view.note_actions.for_kind(module.kind)[0])
    assert room_app.context.session.artefacts[module.id].data == {"notes": [note_id]}


def test_everything_on_the_board_is_on_disk_and_undo_is_consistent(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    view = room_app.console.board
    type_note(qtbot, room_app, "een")
    type_note(qtbot, room_app, "twee")
    view.set_cursor(sorted(room_app.board.notes)[0])
    view.setFocus()
    press(qtbot, room_app, Qt.Key.Key_S, widget=view)
    press(qtbot, room_app, Qt.Key.Key_Right, SHIFT, widget=view)
    press(qtbot, room_app, Qt.Key.Key_Z, CTRL, widget=view)
    expected = room_app.context.session.model_copy(deep=True)
    room_app.close()
    assert reopen(room_app.path) == expected


def test_the_dot_budget_per_person_is_set_per_module(room_app, qtbot):
    start_friction_board(qtbot, room_app)
    bar = room_app.console.board_bar
    qtbot.waitUntil(lambda: bar.budget.value() == 4, timeout=2000)  # the demo's friction round
    bar.budget.setValue(2)
    bar.budget.editingFinished.emit()
    module = room_app.context.session.current_module
    assert module.dots_per_person == 2
    qtbot.waitUntil(lambda: "/10" in bar.dots.text(), timeout=2000)  # 5 sales people x 2 dots
