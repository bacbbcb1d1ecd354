"""A real PDF digital signature on the agreement (PAdES via pyHanko), so any PDF reader shows if
the file was changed after signing, with a certificate the app makes for the facilitator.

The agreed content also travels inside the PDF as an attachment (agreement.json), so `verify` can
say not only *that* a PDF and a session differ but *where*.
"""

import json
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from .identity import Credentials, IdentityError, credentials, home

__all__ = ["ATTACHMENT", "Credentials", "FIELD", "IdentityError", "SealCheck", "attached_content", "check_seal",
           "credentials", "home", "seal"]

ATTACHMENT = "agreement.json"
FIELD = "Facilitator"


def seal(pdf: bytes, content: dict, creds: Credentials) -> bytes:
    """Attach the agreed content and sign the whole file."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    attachment = embed.EmbeddedFileObject.from_file_data(writer, data, mime_type="application/json")
    embed.embed_file(writer, embed.FileSpec(file_spec_string=ATTACHMENT, embedded_data=attachment,
                                            description="The agreed content, for facilitator verify"))
    signer = signers.SimpleSigner.load(str(creds.key), str(creds.cert), key_passphrase=creds.passphrase)
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=FIELD, reason="Agreement",
                                                                 md_algorithm="sha256"), signer=signer)
    return out.getvalue()


@dataclass(frozen=True)
class SealCheck:
    signed: bool
    intact: bool          # no byte covered by the signature changed
    covers_all: bool      # nothing was added after signing
    trusted: bool | None  # signed by the given certificate (None when none was given)


def check_seal(pdf: bytes, cert: Path | None = None) -> SealCheck:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(BytesIO(pdf))
        signatures = reader.embedded_signatures
    except Exception:  # a mangled file: not signed as far as we can tell
        return SealCheck(False, False, False, None)
    if not signatures:
        return SealCheck(False, False, False, None)
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(cert))]) if cert else None
    status = validate_pdf_signature(signatures[-1], signer_validation_context=context)
    coverage = str(getattr(status, "coverage", "")).endswith("ENTIRE_FILE")
    return SealCheck(True, bool(status.intact and status.valid), coverage,
                     bool(status.trusted) if cert else None)


def attached_content(pdf: bytes) -> dict | None:
    """The agreed content the PDF carries, or None."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(pdf))
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except Exception:
        return None
    for i in range(0, len(names), 2):
        if str(names[i]) == ATTACHMENT:
            spec = names[i + 1].get_object()
            stream = spec["/EF"]["/F"].get_object()
            try:
                return json.loads(stream.data.decode("utf-8"))
            except ValueError:
                return None
    return None
