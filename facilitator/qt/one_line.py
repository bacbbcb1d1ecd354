"""One-line fields take no control characters: a pasted line break, tab or NUL becomes a space.

The model refuses control characters in one-line fields (names, company, title); fixing the
typed text as it arrives means the user never meets that refusal.
"""

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from ..model.types import one_line


class OneLineValidator(QValidator):
    def validate(self, text: str, pos: int):  # the cleaned text replaces what was typed or pasted
        return QValidator.State.Acceptable, one_line(text), pos

    def fixup(self, text: str) -> str:
        return one_line(text)


def keep_one_line(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.setValidator(OneLineValidator(edit))
