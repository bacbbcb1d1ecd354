"""When the room goes quiet, fold the -wal into the session file, so the file alone is complete.

Edits are safe the moment they are applied (they are committed to the -wal), but a copy of the
.session file alone — a USB stick, a synced Documents folder — lacks what is still in the -wal.
A single-shot timer restarted by every edit checkpoints once nothing has changed for a moment:
never in the middle of typing, and at most QUIET_MS after the last edit.
"""

from PySide6.QtCore import QObject, QTimer

from ..model import SessionDocument
from ..store import SessionFile

QUIET_MS = 1500


class QuietCheckpoint(QObject):
    def __init__(self, document: SessionDocument, file: SessionFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file = file
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._checkpoint)
        self._document = document
        document.changed.connect(self._edited)

    def _edited(self, _change) -> None:
        self._timer.start()  # restarts: the checkpoint waits for a pause

    def _checkpoint(self) -> None:
        self._file.checkpoint()  # if it cannot run now, the edits wait in the -wal for the next pause

    def stop(self) -> None:
        self._timer.stop()
        self._document.changed.disconnect(self._edited)
