"""Widgets whose texts follow a language switch while the app runs."""

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget subclass with a ``retranslate()`` method: Qt sends LanguageChange to
    every widget when a translator is installed or removed, and this calls it."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
