"""The live session: applies operations, persists them, announces them.

Views subscribe to ``changed``; they never edit the session themselves. Persistence is a
``Journal`` handed in from outside (the store), so this module knows nothing about files.
"""

from dataclasses import dataclass
from typing import Protocol

from ..errors import OperationError
from .operations import AGREED_PARTS, SIGNING_OPERATIONS, Operation, Touched
from .session import Session
from .signal import Signal


class Journal(Protocol):
    def write(self, session: Session, touched: Touched) -> None:
        """Make the touched parts of ``session`` durable in one transaction, or raise."""


@dataclass(frozen=True)
class Change:
    operation: Operation
    inverse: Operation
    touched: Touched


class SessionDocument:
    changed = Signal()  # emits a Change

    def __init__(self, session: Session, journal: Journal | None = None) -> None:
        self.session = session
        self.journal = journal

    def apply(self, op: Operation) -> Operation:
        """Apply ``op``, persist it, announce it, and return its inverse.

        If the journal cannot write (disk full, file gone) the session is put back as it was and
        the error propagates: what is on screen never runs ahead of what is on disk.
        """
        applied = op.apply(self.session)
        if self._breaks_signed_agreement(op, applied.touched):
            applied.inverse.apply(self.session)
            raise OperationError("The agreement is signed: reopen it first to change what it says "
                                 "(reopening voids the signatures).")
        if self.journal is not None:
            try:
                self.journal.write(self.session, applied.touched)
            except BaseException:
                applied.inverse.apply(self.session)
                raise
        self.changed.emit(Change(op, applied.inverse, applied.touched))
        return applied.inverse

    def _breaks_signed_agreement(self, op: Operation, touched) -> bool:
        if self.session.agreement.frozen_fingerprint is None or isinstance(op, SIGNING_OPERATIONS):
            return False
        artefacts = any(part == "artefacts" for part, _ in touched)
        return bool(touched & AGREED_PARTS) or artefacts
