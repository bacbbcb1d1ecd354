"""Reading the seal of an agreement PDF: is there exactly one signature, does it cover the whole
file, is it intact, and who made it with which certificate.

Every way a hostile or damaged file can fail ends in a ``Seal`` with a plain ``problem`` sentence,
never an exception: an attendee who runs ``facilitator verify`` on a mangled file deserves a reason,
not a traceback.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from io import BytesIO


@dataclass(frozen=True)
class Seal:
    problem: str = ""                  # empty when the seal holds
    signer: str = ""                   # the certificate's common name
    sealed_at: dt.datetime | None = None
    certificate: str = ""              # SHA-256 of the certificate (DER), lower-case hex
    subfilter: str = ""

    @property
    def holds(self) -> bool:
        return not self.problem


def certificate_fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def read_seal(pdf: bytes) -> Seal:
    if b"%PDF-" not in pdf[:1024]:
        return Seal(problem="The file is not a PDF.")
    try:
        return _read(pdf)
    except Exception:  # any parser failure on a hostile file means: no readable seal
        return Seal(problem="The PDF's digital signature cannot be read: the file is damaged or was altered.")


def _read(pdf: bytes) -> Seal:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    signatures = reader.embedded_signatures
    if not signatures:
        return Seal(problem="The PDF carries no digital signature.")
    if len(signatures) > 1:
        return Seal(problem=f"The PDF carries {len(signatures)} digital signatures; a Facilitator agreement "
                            "has exactly one.")
    signature = signatures[0]
    cert = signature.signer_cert
    found = Seal(signer=cert.subject.native.get("common_name", ""),
                 sealed_at=signature.self_reported_timestamp,
                 certificate=certificate_fingerprint(cert.dump()),
                 subfilter=str(signature.sig_object.get("/SubFilter", "")))
    # Trust is settled by the pinned fingerprint, not by a chain: trusting the certificate it carries
    # keeps pyHanko to the cryptographic checks (and quiet about a self-signed certificate).
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[cert]))
    if not (status.intact and status.valid):
        return _with(found, "The PDF was changed after it was sealed: its digital signature no longer matches.")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return _with(found, "Something was added to the PDF after it was sealed.")
    return found


def _with(seal: Seal, problem: str) -> Seal:
    return Seal(problem, seal.signer, seal.sealed_at, seal.certificate, seal.subfilter)
