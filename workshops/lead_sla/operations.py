"""Named operations on the lead definition and SLA; each replaces the artefact (exact undo)."""

import copy
from typing import Any, ClassVar

from pydantic import Field, ValidationError

from facilitator.errors import OperationError
from facilitator.model import Session
from facilitator.model.operations import Applied, Operation

from ..artefact_ops import load, store
from .model import KIND, Criterion, LeadSla, starting_point


def _data(session: Session, module_id: str) -> dict:
    return load(session, module_id, lambda s: starting_point(s.meta.language.value))


def _put(session: Session, module_id: str, data: dict) -> Applied:
    try:
        data = LeadSla.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise OperationError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    return store(session, module_id, KIND, data)


def _criterion(data: dict, criterion_id: str) -> dict:
    for criterion in data["criteria"]:
        if criterion["id"] == criterion_id:
            return criterion
    raise OperationError(f"There is no criterion with id {criterion_id!r}.")


class UpdateLeadSla(Operation):
    """Replace parts of the lead definition: stages, hand-off list or SLA figures."""

    label: ClassVar[str] = "edit lead definition"
    module_id: str = Field(description="The lead/SLA module")
    changes: dict[str, Any] = Field(description="'stages', 'handoff' or 'sla' (a dict of SLA fields)")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        unknown = set(self.changes) - {"stages", "handoff", "sla"}
        if unknown:
            raise OperationError(f"Unknown part(s): {', '.join(sorted(unknown))}.")
        for key, value in self.changes.items():
            data[key] = {**data[key], **value} if key == "sla" else copy.deepcopy(value)
        return _put(session, self.module_id, data)


class AddCriterion(Operation):
    label: ClassVar[str] = "add criterion"
    module_id: str = Field(description="The lead/SLA module")
    criterion: Criterion = Field(description="The new criterion")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        data["criteria"].append(self.criterion.model_dump(mode="json"))
        return _put(session, self.module_id, data)


class UpdateCriterion(Operation):
    label: ClassVar[str] = "edit criterion"
    module_id: str = Field(description="The lead/SLA module")
    criterion_id: str = Field(description="The criterion")
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        _criterion(data, self.criterion_id).update(copy.deepcopy(self.changes))
        return _put(session, self.module_id, data)


class SetConsent(Operation):
    label: ClassVar[str] = "consent"
    module_id: str = Field(description="The lead/SLA module")
    criterion_id: str = Field(description="The criterion")
    side: str = Field(pattern=r"^(marketing|sales)$", description="Which department shows fingers")
    score: int | None = Field(ge=0, le=5, description="0 blocks, 3 can live with it, 5 fully agrees")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        _criterion(data, self.criterion_id).setdefault("consent", {})[self.side] = self.score
        return _put(session, self.module_id, data)


class RemoveCriterion(Operation):
    label: ClassVar[str] = "remove criterion"
    module_id: str = Field(description="The lead/SLA module")
    criterion_id: str = Field(description="The criterion")

    def apply(self, session: Session) -> Applied:
        data = _data(session, self.module_id)
        _criterion(data, self.criterion_id)
        data["criteria"] = [c for c in data["criteria"] if c["id"] != self.criterion_id]
        return _put(session, self.module_id, data)
