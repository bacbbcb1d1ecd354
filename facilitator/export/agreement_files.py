"""Everything an attendee takes home: the signed agreement PDF and the review meeting invitation."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import FacilitatorError
from ..model import Session
from ..model.agreement import agreed_content, canonical, differences, fingerprint, grouped
from ..printable import shown
from ..safe_names import file_stem as file_stem_of
from ..store.file_checks import check_output
from . import signing
from .agreement_pdf import AgreementPdf
from .ics import review_invitation
from .sections import Sections
from .texts import texts


def make_pdf(session: Session, sections: Sections | None = None, sign: bool = True,
             creds: signing.Credentials | None = None) -> bytes:
    pdf = AgreementPdf(session, sections).build()
    if not sign:
        return pdf
    return signing.seal(pdf, agreed_content(session), creds or signing.credentials(session.meta.facilitator))


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


@dataclass(frozen=True)
class Verdict:
    matches: bool
    lines: list[str]


def verify(pdf: bytes, session: Session, cert: Path | None = None) -> Verdict:
    """Does this PDF say what the session says, and is the file as it was signed?"""
    lines: list[str] = []
    ok = True
    seal = signing.check_seal(pdf, cert)
    if not seal.signed:
        lines.append("The PDF carries no digital signature.")
        ok = False
    elif not seal.intact:
        lines.append("The PDF was changed after it was signed: its digital signature no longer matches.")
        ok = False
    elif not seal.covers_all:
        lines.append("Something was added to the PDF after it was signed.")
        ok = False
    elif seal.trusted is False:
        lines.append("The digital signature is intact but was not made with this facilitator's certificate.")
    content = signing.attached_content(pdf)
    expected = fingerprint(session)
    if content is None:
        lines.append("The PDF does not carry the agreed content, so it cannot be compared.")
        return Verdict(False, lines)
    found = hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
    if found != expected:
        ok = False
        where = differences(content, agreed_content(session))
        lines.append(f"The PDF and the session differ in: {', '.join(where[:8])}"
                     + (f" and {len(where) - 8} more" if len(where) > 8 else "") + ".")
    elif ok:
        lines.append(f"The PDF matches the session (fingerprint {grouped(expected)[:39]}…) and its digital "
                     "signature is intact.")
    return Verdict(ok, lines)
