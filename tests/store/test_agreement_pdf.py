"""The agreement PDF: its text, hostile content, page numbers, the seal, verify and the .ics."""

import datetime as dt
import shutil
import subprocess

import pytest
from factories import HOSTILE, T0

from facilitator.export import signing
from facilitator.export.agreement_files import export_for_attendees, make_pdf
from facilitator.export.ics import review_invitation
from facilitator.export.verification import verify
from facilitator.model import ActionItem, Artefact, SessionDocument
from facilitator.model.agreement import fingerprint, grouped
from facilitator.model.operations import AddAction, PutArtefact, Sign, UpdateMeta, UpdateReview
from facilitator.model.records import Signature
from workshops.demo import build_demo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def creds(tmp_path_factory):
    return signing.credentials("Karin Smits", tmp_path_factory.mktemp("signing"))


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def signed_demo(language="nl"):
    doc = SessionDocument(build_demo(language, today=dt.date(2026, 11, 28), signed=False))
    doc.apply(UpdateReview(changes={"first_review": dt.date(2027, 2, 26), "place": "Deventer"}))
    for person in [p for p in doc.session.participants if p.signs][:2]:
        doc.apply(Sign(signature=Signature(participant_id=person.id, name=person.name, role=person.role,
                                           signed_at=T0, strokes=[[(0.1, 0.6), (0.3, 0.2), (0.6, 0.8), (0.9, 0.3)]])))
    return doc.session


def test_dutch_agreement_text_names_figures_accents_and_fingerprint(tmp_path, creds):
    session = signed_demo("nl")
    text = text_of(make_pdf(session, creds=creds), tmp_path)
    for expected in ("Overeenkomst", "Stroomhof Pomptechniek B.V.", "Zoë de Bruijn", "Noël Wouters",
                     "Handtekeningen", "26 februari 2027", "elk kwartaal", "Femke Schouten"):
        assert expected in text, expected
    assert grouped(fingerprint(session))[:24] in text
    pages = text.count("\f")
    assert f"Pagina 1 van {pages}" in text and f"Pagina {pages} van {pages}" in text


def test_english_agreement(tmp_path, creds):
    text = text_of(make_pdf(signed_demo("en"), creds=creds), tmp_path)
    assert "Agreement" in text and "every quarter" in text and "Page 1 of" in text


def test_an_empty_session_still_makes_a_document(tmp_path, creds):
    from workshops.new_session import new_session

    text = text_of(make_pdf(new_session("en", company="Acme"), creds=creds), tmp_path)
    assert "Acme" in text and "No action items." in text and "not set yet" in text


def test_hostile_text_appears_literally_and_never_breaks_the_build(tmp_path, creds):
    doc = SessionDocument(build_demo("en", today=dt.date(2026, 11, 28), signed=False))
    for i, text in enumerate(HOSTILE + ["<para>x</para> <font color=red>y</font>", "€ 2,4 mln & <50"]):
        doc.apply(AddAction(action=ActionItem(id=f"h{i}", what=text or "empty?", owner="<b>Team</b>")))
    doc.apply(UpdateMeta(changes={"company": "R&D <Sales> 😀"}))
    module = doc.session.agenda[3]
    doc.apply(PutArtefact(artefact=Artefact(module_id=module.id, kind="goal_tree", data={"goals": [{"id": "g1", "title": "<b>&</b>", "owner": "company"}]})))
    pdf = make_pdf(doc.session, creds=creds)
    text = " ".join(text_of(pdf, tmp_path).split())  # table cells wrap; compare the words in order
    assert "R&D <Sales> □" in text, "markup appears literally; the emoji becomes a visible placeholder"
    assert "<para>x</para> <font color=red>y</font>" in text and "€ 2,4 mln & <50" in text
    assert "<b>Team</b>" in text and "<b>&</b>" in text
    assert "עברית" in text or "תירבע" in text


def test_verify_passes_on_a_fresh_pdf_and_fails_after_changes(tmp_path, creds):
    session = signed_demo("en")
    pdf = make_pdf(session, creds=creds)
    verdict = verify(pdf, session)
    assert verdict.matches, verdict.lines
    changed = session.model_copy(deep=True)
    changed.actions[0] = changed.actions[0].model_copy(update={"what": "Something else"})
    verdict = verify(pdf, changed)
    assert not verdict.matches and "actions.0.what" in verdict.lines[-1]
    tampered = bytearray(pdf)
    at = pdf.find(b"/Title")
    tampered[at + 10] ^= 1
    verdict = verify(bytes(tampered), session)
    assert not verdict.matches and "changed after it was sealed" in verdict.lines[0]


def test_review_invitation_is_a_valid_calendar(creds):
    session = signed_demo("nl")
    ics = review_invitation(session)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "RRULE:FREQ=MONTHLY;INTERVAL=3" in ics and "LOCATION:Deventer" in ics
    assert "DTSTART;TZID=Europe/Amsterdam:20270226T093000" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_export_writes_clear_file_names(tmp_path, creds):
    written = export_for_attendees(signed_demo("nl"), tmp_path, creds=creds)
    assert written.pdf.name == "Overeenkomst Stroomhof Pomptechniek B.V. 2026-11-28.pdf"
    assert written.ics is not None and written.ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_contents_bookmarks_language_and_metadata(tmp_path, creds):
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    session = signed_demo("nl")
    pdf = make_pdf(session, creds=creds)
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    laid_out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    pages = laid_out.stdout.split("\f")
    contents = pages[1].split("Inhoud", 1)[1].split("Vingerafdruk", 1)[0]
    lines = [line.rsplit(None, 1) for line in contents.splitlines() if line.strip()]
    listed = {title.strip(): int(page) for title, page in lines}
    assert {"Acties", "Handtekeningen"} <= set(listed)
    for title, page in listed.items():  # each part really starts on the page the contents give
        assert title in pages[page - 1], (title, page)
    reader = PdfFileReader(BytesIO(pdf))
    root = reader.root
    assert str(root["/Lang"]) == "nl"
    outline, titles = root["/Outlines"]["/First"], []
    while outline is not None:
        titles.append(str(outline.get_object()["/Title"]))
        outline = outline.get_object().get("/Next")
    assert titles[0] == "Wat we hebben afgesproken" and titles[-1] == "Handtekeningen"
    xmp = root["/Metadata"].get_object().data.decode("utf-8")
    assert "<rdf:li xml:lang=\"x-default\">Overeenkomst — Stroomhof Pomptechniek B.V.</rdf:li>" in xmp
    assert "<dc:creator" in xmp and "Afstemmingssessie marketing &amp; verkoop" in xmp


def test_the_sealed_agreement_declares_and_meets_pdfa_3b_basics(creds):
    """No PDF/A validator installs here (veraPDF is not packaged); this checks what PDF/A-3b asks
    that could go wrong: every font embedded, the sRGB output intent, the XMP identification, and
    the attachment related to the document."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = make_pdf(signed_demo("en"), creds=creds)
    reader = PdfFileReader(BytesIO(pdf))
    root = reader.root
    xmp = root["/Metadata"].get_object().data.decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp and xmp.count("pdfaid:part") == 1
    intent = root["/OutputIntents"][0].get_object()
    assert str(intent["/S"]) == "/GTS_PDFA1" and int(intent["/DestOutputProfile"].get_object()["/N"]) == 3
    spec = root["/AF"][0].get_object()
    assert str(spec["/AFRelationship"]) == "/Data" and str(spec["/F"]) == "agreement.json"
    fonts = []
    for page_number in range(int(root["/Pages"]["/Count"])):
        page, _ = reader.find_page_for_modification(page_number)
        fonts += [font.get_object() for font in page.get_object()["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in described["/FontDescriptor"], str(font["/BaseFont"])
