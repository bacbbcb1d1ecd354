"""A real PDF digital signature on the agreement (PAdES via pyHanko), so any PDF reader shows if
the file was changed after signing, with a certificate the app makes for the facilitator.

The agreed content also travels inside the PDF as an attachment (agreement.json), so `verify` can
say not only *that* a PDF and a session differ but *where*.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from . import identity, pdfa
from .identity import CERT_FILE, KEY_FILE, Credentials, IdentityError, home
from .seal_check import certificate_fingerprint

__all__ = ["ATTACHMENT", "Credentials", "FIELD", "Holder", "IdentityError", "attached_content", "credentials",
           "existing_credentials", "holder", "home", "identity_folder", "seal"]

ATTACHMENT = "agreement.json"
FIELD = "Facilitator"


def identity_folder(name: str) -> Path:
    """Each facilitator has their own identity: a PDF is sealed in the session's facilitator's name,
    not in the name of whoever made the first PDF on this laptop."""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:48] or "facilitator"
    digest = hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:8]  # two names, one slug: two folders
    return home() / "signing" / f"{slug}-{digest}"


def credentials(name: str = "", folder: Path | None = None) -> Credentials:
    """The facilitator's key and certificate (made on first use, kept safe: see identity.py)."""
    return identity.credentials(name, folder or identity_folder(name))


def existing_credentials(name: str) -> Credentials | None:
    """The identity named so, if this laptop has one; never makes one."""
    folder = identity_folder(name)
    if not (folder / KEY_FILE).exists() or not (folder / CERT_FILE).exists():
        return None
    return identity.credentials(name, folder)


@dataclass(frozen=True)
class Holder:
    name: str          # the certificate's common name, as the seal line prints it
    certificate: str   # SHA-256 of the certificate (DER): what the session pins


def holder(creds: Credentials) -> Holder:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    cert = x509.load_pem_x509_certificate(creds.cert.read_bytes())
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    der = cert.public_bytes(serialization.Encoding.DER)
    return Holder(str(names[0].value) if names else "", certificate_fingerprint(der))


@dataclass(frozen=True)
class Described:
    """What the document says about itself: PDF reader title bars, search and archives read it."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    creator: str = ""


def seal(pdf: bytes, content: dict, creds: Credentials, reason: str = "Agreement",
         description: str = "The agreed content, for facilitator verify", about: Described | None = None) -> bytes:
    """Attach the agreed content and seal the whole file (PAdES B-B: ETSI.CAdES.detached)."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    if about is not None:  # pyHanko writes these into both the Info dictionary and the XMP metadata
        meta = writer.document_meta
        meta.title, meta.author, meta.subject = about.title, about.author, about.subject
        meta.keywords, meta.creator = list(about.keywords), about.creator
        pdfa.add_identification(writer)
        pdfa.add_output_intent(writer)
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    attachment = embed.EmbeddedFileObject.from_file_data(writer, data, mime_type="application/json")
    embed.embed_file(writer, embed.FileSpec(file_spec_string=ATTACHMENT, embedded_data=attachment,
                                            description=description))
    if about is not None:
        pdfa.relate_attachment(writer, ATTACHMENT)
    signer = signers.SimpleSigner.load(str(creds.key), str(creds.cert), key_passphrase=creds.passphrase)
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()


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
