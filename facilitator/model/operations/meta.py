"""Operations on the session's title, company, date, language and facilitator."""

from typing import Any, ClassVar

from pydantic import Field

from ..session import Session
from .base import Applied, Operation, old_values, patched, whole


class UpdateMeta(Operation):
    label: ClassVar[str] = "edit session details"
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        new = patched(session.meta, self.changes)
        inverse = UpdateMeta(changes=old_values(session.meta, self.changes))
        session.meta = new
        return Applied(inverse, whole("meta"))
