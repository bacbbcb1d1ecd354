"""Several operations applied as one: one undo step, all or nothing."""

from typing import ClassVar

from pydantic import Field, SerializeAsAny

from ..session import Session
from .base import Applied, Operation


class Batch(Operation):
    label: ClassVar[str] = "changes"
    ops: list[SerializeAsAny[Operation]] = Field(description="Applied in order")
    name: str = Field(default="changes", description="Human name for the undo menu")

    def describe(self) -> str:
        return self.name

    def apply(self, session: Session) -> Applied:
        done: list[Applied] = []
        try:
            for op in self.ops:
                done.append(op.apply(session))
        except Exception:
            for applied in reversed(done):  # leave the session exactly as it was
                applied.inverse.apply(session)
            raise
        touched = frozenset().union(*(a.touched for a in done))
        inverse = Batch(ops=[a.inverse for a in reversed(done)], name=self.name)
        return Applied(inverse, touched)
