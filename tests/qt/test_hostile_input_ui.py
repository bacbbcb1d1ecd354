"""Hostile input in the app: pasted control characters never reach a one-line field; Settings says
how the signing key is protected, for real with and without a keyring."""

import os

import keyring
import pytest
from dialogs import answer_dialog
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from facilitator.export.signing import credentials
from facilitator.qt.settings_dialog import SettingsDialog
from facilitator.store import SessionFile
from workshops.demo import build_demo


def paste(qtbot, edit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_line_break_tab_or_nul_becomes_a_space_in_the_new_session(controller, qtbot):
    start = controller.show_start()
    qtbot.waitExposed(start)
    paste(qtbot, start.company, "Acme\tZonen\x00B.V.")
    qtbot.keyClicks(start.title, "Kick")
    paste(qtbot, start.title, "\x1b[31m-off")
    assert "\x00" not in start.company.text() and "\t" not in start.company.text()
    assert start.company.text().startswith("Acme Zonen")
    start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is start, timeout=2000)
    with qtbot.waitSignal(start.create_requested):
        qtbot.keyClick(start.company, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    meta = controller.room_app.context.session.meta
    assert meta.company == "Acme Zonen B.V." and meta.title == "Kick [31m-off"


def open_settings_and_read(controller, qtbot, tmp_path) -> str:
    path = tmp_path / "s.session"
    if controller.room_app is None:
        SessionFile.create(path, build_demo("en")).close()
        controller.open(path)
    console = controller.room_app.console
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    seen = {}

    def read(dialog):
        assert isinstance(dialog, SettingsDialog)
        seen["text"] = dialog.findChild(QLabel, "signingProtection").text()
        dialog.reject()

    answer_dialog(read)
    qtbot.keyClick(console, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # the real shortcut
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    return seen["text"]


def test_settings_say_the_key_is_an_owner_only_file_without_a_keyring(controller, qtbot, tmp_path):
    assert "owner-only file" in open_settings_and_read(controller, qtbot, tmp_path)
    credentials("K")  # where the app keeps it: one folder per facilitator
    QApplication.processEvents()
    assert "Not encrypted" in open_settings_and_read(controller, qtbot, tmp_path)


def test_settings_say_the_key_is_encrypted_with_a_keyring(controller, qtbot, tmp_path, monkeypatch):
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.set_keyring(backend)
    try:
        credentials("K")  # where the app keeps it: one folder per facilitator
        text = open_settings_and_read(controller, qtbot, tmp_path)
        assert text.startswith("Encrypted") and "PlaintextKeyring" in text
    finally:
        keyring.set_keyring(previous)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", ["fifo", "folder", "name with a newline"])
def test_the_app_refuses_a_special_path_at_once_in_one_line(controller, qtbot, tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "x.session"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path / "x.session"
        path.mkdir()
    else:
        path = tmp_path / "x\n\x1b[31m.session"
        path.write_bytes(b"")
    before = sorted(os.listdir(tmp_path))
    controller.show_start()
    seen = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_dialog(read)
    assert controller.open(path) is False
    assert "\n" not in seen[0] and "\x1b" not in seen[0]
    assert {"fifo": "pipe (FIFO)", "folder": "folder", "name with a newline": "x\\n\\x1b[31m"}[kind] in seen[0]
    assert sorted(os.listdir(tmp_path)) == before
