"""Operations on module results. Workshop packages build their own operations on top of these."""

from typing import ClassVar

from pydantic import Field

from ..records import Artefact
from ..session import Session
from ..types import Id
from .base import Applied, Operation, keyed, require


class PutArtefact(Operation):
    label: ClassVar[str] = "update result"
    artefact: Artefact = Field(description="The module's new result, replacing any old one")

    def apply(self, session: Session) -> Applied:
        mid = self.artefact.module_id
        require(session.module(mid) is not None, f"The result refers to module {mid!r}, which is not on the agenda.")
        old = session.artefacts.get(mid)
        session.artefacts[mid] = self.artefact
        inverse = PutArtefact(artefact=old) if old is not None else RemoveArtefact(module_id=mid)
        return Applied(inverse, keyed("artefacts", mid))


class RemoveArtefact(Operation):
    label: ClassVar[str] = "clear result"
    module_id: Id = Field(description="The module whose result goes")

    def apply(self, session: Session) -> Applied:
        old = session.artefacts.get(self.module_id)
        require(old is not None, f"Module {self.module_id!r} has no result to clear.")
        del session.artefacts[self.module_id]
        return Applied(PutArtefact(artefact=old), keyed("artefacts", self.module_id))
