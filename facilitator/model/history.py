"""Undo and redo as a pair of stacks of inverse operations, without Qt."""

from .document import SessionDocument
from .operations import Operation


class History:
    def __init__(self, document: SessionDocument, limit: int = 1000) -> None:
        self.document = document
        self.limit = limit
        self._undo: list[tuple[str, Operation]] = []  # (label, inverse to apply)
        self._redo: list[tuple[str, Operation]] = []

    def do(self, op: Operation) -> None:
        inverse = self.document.apply(op)
        self._undo.append((op.describe(), inverse))
        del self._undo[: -self.limit]
        self._redo.clear()

    def undo(self) -> bool:
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo)

    def _step(self, source: list, target: list) -> bool:
        if not source:
            return False
        label, op = source[-1]
        inverse = self.document.apply(op)  # if this raises, the stacks stay as they were
        source.pop()
        target.append((label, inverse))
        return True

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1][0] if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1][0] if self._redo else None
