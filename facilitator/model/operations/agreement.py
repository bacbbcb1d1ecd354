"""Operations on the agreement: what is in it, the review plan, signing and reopening.

The first signature freezes the agreed content (its fingerprint is kept); after that the document
refuses changes to it until someone reopens the agreement, which voids every signature and is
recorded in the agreement's history.
"""

from typing import Any, ClassVar

from pydantic import AwareDatetime, Field

from ..agreement import fingerprint
from ..records import AgreementEvent, Signature
from ..session import Session
from ..types import Name
from .base import Applied, Operation, old_values, patched, require, whole

# Parts whose change alters what was signed.
AGREED_PARTS = frozenset({("meta", None), ("participants", None), ("actions", None), ("agreement", None)})


def _set(session: Session, **changes) -> None:
    session.agreement = patched(session.agreement, changes)


class SetExcluded(Operation):
    label: ClassVar[str] = "leave out of the agreement"
    key: str = Field(pattern=r"^(action|module):[A-Za-z0-9_-]+$", description="'action:<id>' or 'module:<id>'")
    excluded: bool = Field(description="True to leave the item out, False to take it back in")

    def apply(self, session: Session) -> Applied:
        current = list(session.agreement.excluded)
        was = self.key in current
        require(was != self.excluded, "That item is already " + ("left out." if was else "included."))
        new = [k for k in current if k != self.key] + ([self.key] if self.excluded else [])
        _set(session, excluded=new)
        return Applied(SetExcluded(key=self.key, excluded=was), whole("agreement"))


class UpdateReview(Operation):
    label: ClassVar[str] = "edit review plan"
    changes: dict[str, Any] = Field(description="Field name to new value")

    def apply(self, session: Session) -> Applied:
        old = session.agreement.review
        _set(session, review=patched(old, self.changes))
        return Applied(UpdateReview(changes=old_values(old, self.changes)), whole("agreement"))


class Sign(Operation):
    label: ClassVar[str] = "sign"
    signature: Signature = Field(description="The new signature")
    certificate: str = Field(default="", pattern=r"^([0-9a-f]{64})?$",
                             description="SHA-256 of the certificate that will seal the PDF")

    def apply(self, session: Session) -> Applied:
        person = session.participant(self.signature.participant_id)
        require(person is not None, "Only a participant can sign.")
        require(all(s.participant_id != person.id for s in session.agreement.signatures),
                f"{person.name} has already signed.")
        require(bool(self.signature.strokes) or self.signature.typed, "A signature needs a drawing or a typed name.")
        old = session.agreement
        frozen = old.frozen_fingerprint or fingerprint(session)
        event = AgreementEvent(at=self.signature.signed_at, kind="signed", detail=person.name)
        # The first signature pins the certificate: a PDF sealed with any other one is not this agreement.
        pinned = old.sealed_with if old.signatures else self.certificate
        session.agreement = patched(old, {"signatures": [*old.signatures, self.signature],
                                          "frozen_fingerprint": frozen, "history": [*old.history, event],
                                          "sealed_with": pinned})
        return Applied(RestoreAgreement(agreement=old.model_dump()), whole("agreement"))


class Reopen(Operation):
    label: ClassVar[str] = "reopen the agreement"
    at: AwareDatetime = Field(description="When (UTC)")
    by: Name = Field(default="", description="Who reopened it")

    def apply(self, session: Session) -> Applied:
        old = session.agreement
        require(old.frozen_fingerprint is not None, "The agreement is not signed yet.")
        detail = f"{len(old.signatures)} signature(s) voided" + (f" by {self.by}" if self.by else "")
        event = AgreementEvent(at=self.at, kind="reopened", detail=detail[:200])
        session.agreement = patched(old, {"signatures": [], "frozen_fingerprint": None,
                                          "history": [*old.history, event], "sealed_with": ""})
        return Applied(RestoreAgreement(agreement=old.model_dump()), whole("agreement"))


class RestoreAgreement(Operation):
    """The inverse of signing or reopening: the agreement exactly as it was."""

    label: ClassVar[str] = "undo signing"
    agreement: dict[str, Any] = Field(description="The whole agreement to restore")

    def apply(self, session: Session) -> Applied:
        old = session.agreement
        session.agreement = type(old).model_validate(self.agreement)
        return Applied(RestoreAgreement(agreement=old.model_dump()), whole("agreement"))


SIGNING_OPERATIONS = (Sign, Reopen, RestoreAgreement)
