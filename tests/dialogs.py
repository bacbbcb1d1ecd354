"""Answering the app's real modal dialogs from a test, as a person at the keyboard would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_dialog(callback, delay=50):
    """Act on the next modal dialog (a real one) once it is open."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(delay, act)
            return
        callback(dialog)
    QTimer.singleShot(delay, act)
