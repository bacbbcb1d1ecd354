"""The console driven with real key events: timer, agenda, navigation, undo, all on the real file."""

from filetools import reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.store import SessionFile


def close_and_reopen(room_app):
    room_app.close()
    return reopen(room_app.path)


def key(qtbot, room_app, k, modifier=Qt.KeyboardModifier.NoModifier):
    if QApplication.activeWindow() is not room_app.console:
        room_app.console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is room_app.console, timeout=2000)
    qtbot.keyClick(room_app.console.capture.field, k, modifier)


def test_opens_with_focus_in_the_capture_field(room_app, qtbot):
    room_app.show()
    qtbot.waitExposed(room_app.console)
    # Offscreen Qt has no real window activation; the console's focus widget is what gets the keys.
    assert room_app.console.focusWidget() is room_app.console.capture.field


def test_f9_starts_the_first_module_and_the_timer_counts_down(room_app, qtbot, clock):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    session = room_app.context.session
    first = session.agenda[0]
    assert session.room.current_module_id == first.id
    assert session.module(first.id).running_since == clock.now()
    clock.advance(61)
    room_app.room.tick()
    assert room_app.console.module_panel.clock.text() == "13:59"
    assert room_app.room.frame().timer_text == "13:59"
    assert room_app.room.frame().title == first.title


def test_typing_a_note_puts_it_on_the_board_and_in_the_file(room_app, qtbot):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    key(qtbot, room_app, Qt.Key.Key_F3)  # sales
    qtbot.keyClicks(room_app.console.capture.field, "Bel hete leads binnen 1 uur <b>&</b>")
    key(qtbot, room_app, Qt.Key.Key_Return)
    assert room_app.console.capture.field.text() == ""
    texts = [item.note.text for item in room_app.board.notes.values()]
    assert "Bel hete leads binnen 1 uur <b>&</b>" in texts
    saved = close_and_reopen(room_app)
    note = next(n for n in saved.notes.values() if n.text.startswith("Bel hete"))
    assert note.department == "sales" and note.module_id == saved.agenda[0].id


def test_page_down_moves_on_and_an_accidental_advance_is_undone(room_app, qtbot, clock):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    clock.advance(30)
    key(qtbot, room_app, Qt.Key.Key_PageDown)
    session = room_app.context.session
    assert session.room.current_module_id == session.agenda[1].id
    assert session.agenda[0].state == "done"
    key(qtbot, room_app, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.room.current_module_id == session.agenda[0].id
    assert session.agenda[0].state == "running"
    assert close_and_reopen(room_app).room.current_module_id == session.agenda[0].id


def test_plus_minutes_pause_and_reset(room_app, qtbot, clock):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    key(qtbot, room_app, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, room_app, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    module = room_app.context.session.agenda[0]
    assert room_app.context.session.module(module.id).timebox_seconds == (15 + 6) * 60
    clock.advance(10)
    key(qtbot, room_app, Qt.Key.Key_F9)  # pause
    clock.advance(100)
    room_app.room.tick()
    assert room_app.room.frame().timer_text == "20:50"
    key(qtbot, room_app, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    room_app.room.tick()
    assert room_app.room.frame().timer_text == "21:00"


def test_agenda_reorder_skip_and_retime_by_keyboard(room_app, qtbot):
    room_app.show()
    panel = room_app.console.agenda
    session = room_app.context.session
    ids = [m.id for m in session.agenda]
    panel.table.selectRow(1)
    key(qtbot, room_app, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [m.id for m in session.agenda][:3] == [ids[0], ids[2], ids[1]]
    panel.table.selectRow(2)
    key(qtbot, room_app, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert session.module(ids[1]).state == "skipped"
    model = panel.model
    assert model.setData(model.index(0, 1), 20)
    assert session.agenda[0].timebox_seconds == 1200
    saved = close_and_reopen(room_app)
    assert [m.id for m in saved.agenda][:3] == [ids[0], ids[2], ids[1]]
    assert saved.module(ids[1]).state == "skipped" and saved.agenda[0].timebox_seconds == 1200


def test_stepping_passes_over_skipped_modules(room_app, qtbot):
    room_app.show()
    session = room_app.context.session
    room_app.room.go_to(session.agenda[0].id)
    room_app.console.agenda.table.selectRow(1)
    room_app.console.agenda.toggle_skip_selected()
    key(qtbot, room_app, Qt.Key.Key_PageDown)
    assert session.room.current_module_id == session.agenda[2].id


def test_projected_end_moves_when_a_module_runs_long(room_app, qtbot, clock):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    before = room_app.console.agenda.model.plan.projected_end
    clock.advance(20 * 60)  # 15-minute module runs 5 minutes long
    room_app.room.tick()
    after = room_app.console.agenda.model.plan.projected_end
    assert (after - before).total_seconds() == 5 * 60
    assert "+5 min" in room_app.console.agenda.summary.text()


def test_time_up_flashes_and_chimes(room_app, qtbot, clock):
    room_app.show()
    played = []
    room_app.room.chime.play = lambda: played.append(True) or True  # no speaker in the test room
    key(qtbot, room_app, Qt.Key.Key_F9)
    clock.advance(15 * 60 - 1)
    room_app.room.tick()
    assert not room_app.room.frame().flash
    with qtbot.waitSignal(room_app.room.time_up):
        clock.advance(2)
        room_app.room.tick()
    frame = room_app.room.frame()
    assert frame.flash and frame.timer_phase == "overtime" and frame.timer_text == "+0:01"
    assert played == [True]
    clock.advance(10)
    room_app.room.tick()
    assert not room_app.room.frame().flash, "the flash stops after a few seconds; the red count-up stays"


def test_blackout_and_back(room_app, qtbot):
    room_app.show()
    room_app.beamer.activateWindow()  # a presenter remote's blackout key, the beamer focused
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room_app.beamer, timeout=2000)
    qtbot.keyClick(room_app.beamer, Qt.Key.Key_B)
    assert room_app.room.frame().blackout
    key(qtbot, room_app, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not room_app.room.frame().blackout


def test_timer_survives_a_crash_with_the_time_it_had_left(room_app, qtbot, clock, tmp_path):
    room_app.show()
    key(qtbot, room_app, Qt.Key.Key_F9)
    clock.advance(6)
    room_app.room.tick()  # checkpoint after 5 s
    clock.advance(2)
    # Simulate the crash: no shutdown, the file is just closed (the process would be killed).
    room_app.room._timer.stop()
    room_app.context.file.close()
    with SessionFile.open(room_app.path) as file:
        from facilitator.model import History, SessionDocument
        from facilitator.qt.context import AppContext
        from facilitator.qt.room import RoomController

        doc = SessionDocument(file.session, file)
        ctx = AppContext(file, doc, History(doc), clock, room_app.context.settings, room_app.context.ui_language)
        room = RoomController(ctx)
        module = file.session.agenda[0]
        assert module.running_since is None and module.state == "paused"
        assert module.spent_seconds == 6
        room.shutdown()
