"""In the real app: soon after the room goes quiet, the .session file alone holds what was typed."""

import shutil

from dialogs import answer_dialog
from filetools import crash_image, folder_state, reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote
from facilitator.store import SessionFile
from workshops.demo import build_demo


def _key(qtbot, room_app, k):
    if QApplication.activeWindow() is not room_app.console:
        room_app.console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is room_app.console, timeout=2000)
    qtbot.keyClick(room_app.console.capture.field, k)


def test_a_typed_note_reaches_the_file_alone_once_the_room_is_quiet(room_app, qtbot, tmp_path):
    room_app.show()
    _key(qtbot, room_app, Qt.Key.Key_F9)  # start the first module: typing captures notes for it
    qtbot.keyClicks(room_app.console.capture.field, "Leads binnen een dag opvolgen")
    _key(qtbot, room_app, Qt.Key.Key_Return)
    qtbot.keyClicks(room_app.console.capture.field, "Marketing levert de lijst op maandag")
    _key(qtbot, room_app, Qt.Key.Key_Return)
    copies = tmp_path / "usb-stick"
    copies.mkdir()

    def copy_alone_has_both() -> bool:
        copy = copies / room_app.path.name
        shutil.copyfile(room_app.path, copy)  # the .session file only, as a USB stick or OneDrive gets it
        texts = {n.text for n in reopen(copy).notes.values()}
        return {"Leads binnen een dag opvolgen", "Marketing levert de lijst op maandag"} <= texts

    qtbot.waitUntil(copy_alone_has_both, timeout=15000)


def test_a_foreign_wal_is_set_aside_and_the_facilitator_told(controller, qtbot, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "room.session"
    SessionFile.create(path, build_demo("en")).close()
    other = tmp_path / "other" / "room.session"
    other.parent.mkdir()
    SessionFile.create(other, build_demo("nl")).close()
    with SessionFile.open(other) as file:
        module = file.session.agenda[0]
        SessionDocument(file.session, file).apply(AddNote(note=next(iter(file.session.notes.values())).model_copy(
            update={"id": "late", "module_id": module.id, "group_id": None, "text": "from the other room"})))
        image = crash_image(file, tmp_path / "crashed")
    (folder / "room.session-wal").write_bytes((image.parent / "room.session-wal").read_bytes())
    before = folder_state(folder)
    seen = []
    answer_dialog(lambda box: (seen.append((type(box), box.text())), box.accept()))
    assert controller.open(path) is True
    assert seen and seen[0][0] is QMessageBox and "set aside as room.session-wal.set-aside-" in seen[0][1]
    assert "from the other room" not in {n.text for n in controller.room_app.context.session.notes.values()}
    assert before["room.session"][0] == folder_state(folder)["room.session"][0], "the file was not changed"
