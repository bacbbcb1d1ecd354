"""Does an agreement PDF say what the session says, sealed by the certificate the session pins?

Each check closes one way to forge a copy: a second signature or a later revision (exactly one
signature covering the whole file), a re-seal with a look-alike certificate (the SHA-256 pinned by
the first signature), an edited attachment (the agreed content and the signatures equal the
session's), and edited page text under a genuine attachment (every page's drawing instructions
equal a fresh render from the session).
"""

from dataclasses import dataclass
from io import BytesIO

from ..model import Session
from ..model.agreement import differences, grouped, sealed_content
from . import signing
from .seal_check import Seal, read_seal
from .sections import Sections


@dataclass(frozen=True)
class Verdict:
    matches: bool
    lines: list[str]


def verify(pdf: bytes, session: Session, sections: Sections | None = None,
           expected_certificate: str = "") -> Verdict:
    """``expected_certificate`` is used when the session pins none (not signed yet): the identity
    this laptop would seal with."""
    seal = read_seal(pdf)
    if not seal.holds:
        return Verdict(False, [seal.problem])
    pinned = session.agreement.sealed_with or expected_certificate
    if pinned and seal.certificate != pinned:
        return Verdict(False, [f"The PDF was sealed with another certificate ({short(seal.certificate)}) than "
                               f"the one this agreement pins ({short(pinned)}): it is not the facilitator's copy."])
    content = signing.attached_content(pdf)
    if content is None:
        return Verdict(False, ["The PDF does not carry the agreed content, so it cannot be compared."])
    where = differences(content, sealed_content(session))
    if where:
        more = f" and {len(where) - 8} more" if len(where) > 8 else ""
        return Verdict(False, [f"The PDF and the session differ in: {', '.join(where[:8])}{more}."])
    page = first_changed_page(pdf, session, sections, seal)
    if page:
        return Verdict(False, [f"Page {page} of the PDF does not show what the session says: its text was "
                               "changed."])
    frozen = session.agreement.frozen_fingerprint
    agreed = f"fingerprint {short(frozen)}" if frozen else "not signed yet"
    return Verdict(True, [f"The PDF matches the session ({agreed}) and its seal by {seal.signer} "
                          f"(certificate {short(seal.certificate)}) is intact."])


def first_changed_page(pdf: bytes, session: Session, sections: Sections | None, seal: Seal) -> int:
    """The first page (1-based) whose content differs from a fresh render, or 0 when none does."""
    from .agreement_pdf import AgreementPdf, SealLine

    fresh = AgreementPdf(session, sections, SealLine(seal.signer, seal.certificate)).build()
    ours, theirs = page_contents(fresh), page_contents(pdf)
    for number, (a, b) in enumerate(zip(ours, theirs, strict=False), start=1):
        if a != b:
            return number
    if len(ours) != len(theirs):
        return min(len(ours), len(theirs)) + 1
    return 0


def page_contents(pdf: bytes) -> list[bytes]:
    """Every page's decoded content streams, in page order."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    pages: list[bytes] = []

    def walk(node) -> None:
        node = node.get_object()
        if "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid)
            return
        contents = node.get("/Contents")
        streams = contents if isinstance(contents, list) else [contents] if contents is not None else []
        pages.append(b"".join(s.get_object().data for s in streams))

    walk(reader.root["/Pages"])
    return pages


def describe(pdf: bytes) -> Verdict:
    """For an attendee without the session: is the file intact, and who sealed it when with what."""
    seal = read_seal(pdf)
    if not seal.holds:
        return Verdict(False, [seal.problem])
    when = seal.sealed_at.strftime("%Y-%m-%d %H:%M %Z").strip() if seal.sealed_at else "an unknown time"
    return Verdict(True, [f"The seal is intact: nothing in the PDF changed since {seal.signer} sealed it on {when}.",
                          f"Certificate SHA-256: {grouped(seal.certificate)}",
                          "Compare this fingerprint with the one printed on the signature page and on a "
                          "colleague's copy."])


def short(fingerprint: str) -> str:
    return grouped(fingerprint)[:19] + "…"
