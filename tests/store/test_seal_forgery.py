"""The seal cannot be fooled: each test forges a copy the way the issue's reproductions did and
expects verify to refuse it in one sentence; an attendee's verify without a session reads the seal."""

import datetime as dt
import re
import shutil
import subprocess
import sys
from io import BytesIO

import pytest
from factories import T0

from facilitator.errors import FacilitatorError
from facilitator.export import identities, signing
from facilitator.export.agreement_files import make_pdf
from facilitator.export.agreement_pdf import AgreementPdf, SealLine
from facilitator.export.seal_check import read_seal
from facilitator.export.verification import describe, verify
from facilitator.model import SessionDocument
from facilitator.model.agreement import grouped, sealed_content
from facilitator.model.operations import Reopen, Sign, UpdateMeta
from facilitator.model.records import Signature
from workshops.demo import build_demo
from workshops.sections import alignment_sections


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def signed(language="en", facilitator="Karin Smits") -> SessionDocument:
    doc = SessionDocument(build_demo(language, today=dt.date(2026, 11, 28), signed=False))
    doc.apply(UpdateMeta(changes={"facilitator": facilitator}))
    certificate = identities.certificate_for(doc.session)
    for person in [p for p in doc.session.participants if p.signs][:2]:
        doc.apply(Sign(signature=Signature(participant_id=person.id, name=person.name, role=person.role,
                                           signed_at=T0, strokes=[[(0.1, 0.6), (0.4, 0.2), (0.9, 0.7)]]),
                       certificate=certificate))
    return doc


def genuine(doc: SessionDocument) -> bytes:
    return make_pdf(doc.session, alignment_sections())


def test_the_first_signature_pins_the_certificate_and_reopening_releases_it(home):
    doc = signed()
    pinned = doc.session.agreement.sealed_with
    assert re.fullmatch(r"[0-9a-f]{64}", pinned)
    assert pinned == signing.holder(signing.credentials("Karin Smits")).certificate
    doc.apply(Reopen(at=T0))
    assert doc.session.agreement.sealed_with == ""


def test_a_genuine_copy_verifies_and_its_signature_page_prints_the_pinned_fingerprint(home, tmp_path):
    doc = signed()
    pdf = genuine(doc)
    verdict = verify(pdf, doc.session, alignment_sections())
    assert verdict.matches, verdict.lines
    seal = read_seal(pdf)
    assert seal.subfilter == "/ETSI.CAdES.detached" and seal.signer == "Karin Smits"
    assert seal.certificate == doc.session.agreement.sealed_with
    if shutil.which("pdftotext"):
        path = tmp_path / "a.pdf"
        path.write_bytes(pdf)
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
        assert grouped(seal.certificate) in text


def test_re_sealing_an_edited_copy_with_a_look_alike_certificate_is_caught(home, tmp_path):
    doc = signed()
    genuine(doc)
    forged_session = doc.session.model_copy(deep=True)
    forged_session.actions[0] = forged_session.actions[0].model_copy(update={"what": "Sales pays for everything"})
    impostor = signing.credentials("Karin Smits", tmp_path / "impostor")  # same name, another key
    who = signing.holder(impostor)
    page = AgreementPdf(forged_session, alignment_sections(), SealLine(who.name, who.certificate)).build()
    forged = signing.seal(page, sealed_content(doc.session), impostor)  # the genuine attachment, copied
    verdict = verify(forged, doc.session, alignment_sections())
    assert not verdict.matches and len(verdict.lines) == 1
    assert "another certificate" in verdict.lines[0]


def test_edited_page_text_under_a_genuine_attachment_is_caught_even_with_the_right_key(home):
    doc = signed()
    forged_session = doc.session.model_copy(deep=True)
    forged_session.actions[0] = forged_session.actions[0].model_copy(update={"what": "Sales pays for everything"})
    creds = identities.for_session(doc.session)
    who = signing.holder(creds)
    page = AgreementPdf(forged_session, alignment_sections(), SealLine(who.name, who.certificate)).build()
    forged = signing.seal(page, sealed_content(doc.session), creds)
    verdict = verify(forged, doc.session, alignment_sections())
    assert not verdict.matches and re.match(r"Page \d+ of the PDF does not show what the session says", verdict.lines[0])


def test_a_second_signature_appended_later_is_caught(home, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    doc = signed()
    pdf = genuine(doc)
    impostor = signing.credentials("Karin Smits", tmp_path / "impostor")
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    signer = signers.SimpleSigner.load(str(impostor.key), str(impostor.cert))
    twice = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Second"), signer=signer).getvalue()
    verdict = verify(twice, doc.session, alignment_sections())
    assert not verdict.matches and "2 digital signatures" in verdict.lines[0]
    assert not describe(twice).matches


def test_a_revision_appended_after_the_seal_is_caught(home):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    doc = signed()
    pdf = genuine(doc)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    writer.document_meta.title = "Changed afterwards"
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    assert len(out.getvalue()) > len(pdf), "a revision was appended"
    verdict = verify(out.getvalue(), doc.session, alignment_sections())
    assert not verdict.matches and "added to the PDF after it was sealed" in verdict.lines[0]


def test_the_attached_signatures_are_compared_too(home):
    doc = signed()
    pdf = genuine(doc)
    other = doc.session.model_copy(deep=True)
    first = other.agreement.signatures[0]
    other.agreement.signatures[0] = first.model_copy(update={"signed_at": first.signed_at + dt.timedelta(hours=1)})
    verdict = verify(pdf, other, alignment_sections())
    assert not verdict.matches and "signatures.0.signed_at" in verdict.lines[0]


def test_each_facilitator_seals_in_their_own_name(home):
    karin, jan = signed(facilitator="Karin Smits"), signed(facilitator="Jan de Vries")
    assert read_seal(genuine(karin)).signer == "Karin Smits"
    assert read_seal(genuine(jan)).signer == "Jan de Vries"
    assert karin.session.agreement.sealed_with != jan.session.agreement.sealed_with
    assert {i.name for i in identities.listed()} == {"Karin Smits", "Jan de Vries"}


def test_a_pinned_session_refuses_another_identity(home, tmp_path):
    doc = signed()
    impostor = signing.credentials("Karin Smits", tmp_path / "impostor")
    with pytest.raises(FacilitatorError, match="signed under the certificate"):
        make_pdf(doc.session, alignment_sections(), creds=impostor)


def cli(*args, env_home):
    import os

    env = {**os.environ, "FACILITATOR_HOME": str(env_home)}
    env.pop("FACILITATOR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)], capture_output=True, env=env,
                          timeout=120)


def test_an_attendee_verifies_a_copy_without_the_session_or_the_certificate(tmp_path):
    session, pdf = tmp_path / "s.session", tmp_path / "s.pdf"
    assert cli("demo", session, env_home=tmp_path / "facilitator").returncode == 0
    assert cli("pdf", session, "-o", pdf, env_home=tmp_path / "facilitator").returncode == 0
    attendee = cli("verify", pdf, env_home=tmp_path / "attendee")  # another laptop: no identity at all
    out = attendee.stdout.decode()
    assert attendee.returncode == 0 and attendee.stderr == b"", attendee.stderr
    assert "Karin Smits" in out and grouped(read_seal(pdf.read_bytes()).certificate) in out
    assert not (tmp_path / "attendee").exists(), "verify only reads"


@pytest.mark.parametrize("damage", ["content_type_oid", "cut", "signature_value"])
def test_a_damaged_seal_is_one_sentence_exit_1(tmp_path, damage):
    session, pdf = tmp_path / "s.session", tmp_path / "s.pdf"
    cli("demo", session, env_home=tmp_path / "home")
    cli("pdf", session, "-o", pdf, env_home=tmp_path / "home")
    data = bytearray(pdf.read_bytes())
    if damage == "content_type_oid":  # signedData's OID inside the hex-encoded CMS blob
        at = data.lower().find(b"2a864886f70d010702")
        data[at + 17] = ord("3") if data[at + 17] != ord("3") else ord("4")
    elif damage == "cut":
        data = data[: len(data) * 2 // 3]
    else:
        at = data.find(b"/Contents <") + 400
        data[at] = ord("0") if data[at] != ord("0") else ord("1")
    pdf.write_bytes(bytes(data))
    for args in ((pdf,), (pdf, session)):
        result = cli("verify", *args, env_home=tmp_path / "home")
        assert result.returncode == 1, result
        assert b"Traceback" not in result.stderr and result.stderr == b""
        assert result.stdout.decode().count("\n") == 1


def test_sealing_and_verifying_never_load_an_http_client(tmp_path):
    """pyHanko's HTTP clients (and aiohttp) stay unloaded: the seal works offline, and faster."""
    script = (
        "import sys\n"
        "from facilitator.export.agreement_files import make_pdf\n"
        "from facilitator.export.verification import verify\n"
        "from workshops.demo import build_demo\n"
        "from workshops.sections import alignment_sections\n"
        "s = build_demo('en')\n"
        "pdf = make_pdf(s, alignment_sections())\n"
        "assert verify(pdf, s, alignment_sections()).matches\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'aiohttp'))\n")
    import os

    env = {**os.environ, "FACILITATOR_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
