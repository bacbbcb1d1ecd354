"""Named operations on a scan's result; each replaces the artefact, so undo restores it exactly."""

import copy
from typing import Any, ClassVar

from pydantic import Field

from facilitator.errors import OperationError
from facilitator.model import Session
from facilitator.model.operations import Applied, Operation

from ..artefact_ops import load, store
from .model import AGREED, COUNT, KIND, LEVELS, SIDES, empty


def _data(session: Session, module_id: str) -> dict:
    return load(session, module_id, lambda _s: empty())


def _put(session: Session, module_id: str, data: dict) -> Applied:
    return store(session, module_id, KIND, data)


class SetAnswer(Operation):
    label: ClassVar[str] = "scan answer"
    module_id: str = Field(description="The scan module")
    side: str = Field(pattern=r"^(marketing|sales)$", description="Which department answers")
    respondent: str = Field(min_length=1, max_length=64, description="'department' or a participant id")
    index: int = Field(ge=0, lt=COUNT, description="Statement number, 0-based")
    value: int | None = Field(ge=1, le=5, description="1 (not at all) to 5 (fully), None to clear")

    def apply(self, session: Session) -> Applied:
        if self.respondent != AGREED:  # a participant answers for their own department only
            person = next((p for p in session.participants if p.id == self.respondent), None)
            if person is None:
                raise OperationError(f"There is no participant with id {self.respondent!r}.")
            if person.department.value != self.side:
                raise OperationError(f"{person.name} works in {person.department.value}, not in {self.side}.")
        data = _data(session, self.module_id)
        sheets = data.setdefault("answers", {}).setdefault(self.side, {})
        sheet = sheets.setdefault(self.respondent, [None] * COUNT)
        sheet[self.index] = self.value
        return _put(session, self.module_id, data)


class UpdateScan(Operation):
    """Mode, reveal, market answers, target level, the earlier session's totals."""

    label: ClassVar[str] = "scan settings"
    module_id: str = Field(description="The scan module")
    changes: dict[str, Any] = Field(description="Keys of the scan result to replace")

    def apply(self, session: Session) -> Applied:
        allowed = {"mode", "revealed", "market", "target", "previous"}
        unknown = set(self.changes) - allowed
        if unknown:
            raise OperationError(f"Unknown scan setting(s): {', '.join(sorted(unknown))}.")
        if "mode" in self.changes and self.changes["mode"] not in ("department", "participant"):
            raise OperationError("The scan is answered per department or per participant.")
        if self.changes.get("target") not in (None, *LEVELS):
            raise OperationError(f"Unknown level {self.changes['target']!r}.")
        data = _data(session, self.module_id)
        data.update(copy.deepcopy(self.changes))
        data.setdefault("answers", {side: {} for side in SIDES})
        return _put(session, self.module_id, data)
