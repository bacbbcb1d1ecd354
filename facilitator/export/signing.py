"""A real PDF digital signature on the agreement (PAdES via pyHanko), so any PDF reader shows if
the file was changed after signing, with a certificate the app makes for the facilitator.

The agreed content also travels inside the PDF as an attachment (agreement.json), so `verify` can
say not only *that* a PDF and a session differ but *where*.
"""

import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from . import pdfa

ATTACHMENT = "agreement.json"
FIELD = "Facilitator"


def home() -> Path:
    """Where the app keeps its own files (the signing certificate); FACILITATOR_HOME overrides."""
    if os.environ.get("FACILITATOR_HOME"):
        return Path(os.environ["FACILITATOR_HOME"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Facilitator"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Facilitator"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "facilitator"


@dataclass(frozen=True)
class Credentials:
    key: Path
    cert: Path


def identity_folder(name: str) -> Path:
    """Each facilitator has their own identity: a PDF is sealed in the session's facilitator's name,
    not in the name of whoever made the first PDF on this laptop."""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:48] or "facilitator"
    digest = hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:8]  # two names, one slug: two folders
    return home() / "signing" / f"{slug}-{digest}"


def existing_credentials(name: str) -> Credentials | None:
    folder = identity_folder(name)
    found = Credentials(folder / "facilitator-key.pem", folder / "facilitator-cert.pem")
    return found if found.key.exists() and found.cert.exists() else None


def credentials(name: str = "", folder: Path | None = None) -> Credentials:
    """The facilitator's key and self-signed certificate, made on first use (EC P-256, 10 years)."""
    folder = folder or identity_folder(name)
    key_path, cert_path = folder / "facilitator-key.pem", folder / "facilitator-cert.pem"
    if key_path.exists() and cert_path.exists():
        return Credentials(key_path, cert_path)
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, (name or "Facilitator")[:64]),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Facilitator workshop agreements")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Credentials(key_path, cert_path)


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
    return Holder(str(names[0].value) if names else "",
                  hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest())


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
    signer = signers.SimpleSigner.load(str(creds.key), str(creds.cert))
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
