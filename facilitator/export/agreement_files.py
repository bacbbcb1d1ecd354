"""Everything an attendee takes home: the signed agreement PDF and the review meeting invitation."""

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import FacilitatorError
from ..model import Session
from ..model.agreement import fingerprint, grouped, sealed_content
from ..printable import shown
from ..safe_names import file_stem as file_stem_of
from ..store.file_checks import check_output
from ..version import app_version
from . import identities, signing
from .agreement_pdf import AgreementPdf, SealLine
from .ics import review_invitation
from .sections import Sections
from .texts import texts


def make_pdf(session: Session, sections: Sections | None = None, sign: bool = True,
             creds: signing.Credentials | None = None) -> bytes:
    if not sign:
        return AgreementPdf(session, sections).build()
    creds = creds or identities.for_session(session)
    who = signing.holder(creds)
    pinned = session.agreement.sealed_with
    if pinned and pinned != who.certificate:
        raise FacilitatorError(f"This agreement was signed under the certificate {grouped(pinned)[:19]}…, "
                               "not under the identity given to seal it.")
    meta = session.meta
    t = texts(meta.language.value)
    pdf = AgreementPdf(session, sections, SealLine(who.name, who.certificate)).build()
    about = signing.Described(title=f"{t['agreement']} — {meta.company or meta.title}",
                              author=meta.facilitator or who.name, subject=meta.title,
                              keywords=(t["agreement"], "marketing", t["sales"], f"sha256:{fingerprint(session)}"),
                              creator=f"Facilitator {app_version()}")
    return signing.seal(pdf, sealed_content(session), creds, reason=t["seal_reason"], description=t["attachment"],
                        about=about)


def file_stem(session: Session) -> str:
    """'Agreement <company> <date>', shortened by bytes so it is a valid name on every disk."""
    meta = session.meta
    return file_stem_of(texts(meta.language.value)["agreement"], meta.company or meta.title, meta.date.isoformat())


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only disk: there was nothing to clean up
        raise FacilitatorError(f"Cannot write {shown(path)}: {exc.strerror or exc}.") from None


@dataclass(frozen=True)
class Written:
    pdf: Path
    ics: Path | None


def export_for_attendees(session: Session, folder: Path, sections: Sections | None = None,
                         creds: signing.Credentials | None = None) -> Written:
    """The PDF (signed) and, when a review date is set, the .ics, with clear names, into ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FacilitatorError(f"The folder {shown(folder)} does not exist.")
    stem = file_stem(session)
    pdf_path = folder / f"{stem}.pdf"
    for target in (pdf_path, folder / f"{stem} review.ics"):  # a new export replaces only an earlier one
        check_output(target, force=True)
    write_atomically(pdf_path, make_pdf(session, sections, creds=creds))
    invitation = review_invitation(session)
    ics_path = None
    if invitation is not None:
        ics_path = folder / f"{stem} review.ics"
        write_atomically(ics_path, invitation.encode("utf-8"))
    return Written(pdf_path, ics_path)
