"""Numbers, amounts, percentages and dates in the real PDF's text, as a reader of each language expects.

The text is read back with pypdf from a PDF built from the demo (every module's result), not from
the code that formats it.
"""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from facilitator import formatting
from facilitator.export.agreement_files import make_pdf
from facilitator.model import SessionDocument
from facilitator.model.operations import Sign
from facilitator.model.records import Signature
from workshops.demo import build_demo
from workshops.sections import alignment_sections

SUMMER = dt.datetime(2026, 7, 2, 8, 15, tzinfo=dt.UTC)  # 10:15 in Amsterdam


def pdf_text(language: str) -> str:
    doc = SessionDocument(build_demo(language, today=dt.date(2026, 11, 28), signed=False))
    person = next(p for p in doc.session.participants if p.signs)
    doc.apply(Sign(signature=Signature(participant_id=person.id, name=person.name, signed_at=SUMMER,
                                       strokes=[[(0.1, 0.5), (0.9, 0.5)]])))
    reader = PdfReader(io.BytesIO(make_pdf(doc.session, alignment_sections(), sign=False)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split())  # compare words; table cells wrap


@pytest.fixture(scope="module")
def dutch():
    return pdf_text("nl")


@pytest.fixture(scope="module")
def english():
    return pdf_text("en")


def test_dutch_numbers_amounts_and_percentages(dutch):
    for expected in ("€ 2.400.000", "€ 48.000", "15,8 %", "25 %", "M 2,8", "V 1,75", "2.000"):
        assert expected in dutch, expected
    for wrong in ("2.8", "1.75", "15.8", "€2", "2,400,000"):
        assert wrong not in dutch, wrong


def test_english_numbers_amounts_and_percentages(english):
    for expected in ("€2,400,000", "€48,000", "15.8%", "25%", "M 2.8", "S 1.75", "2,000"):
        assert expected in english, expected
    for wrong in ("€ 2.400.000", "2.000", "2,8", "15,8"):
        assert wrong not in english, wrong


def test_one_date_style_per_language_and_signing_times_name_the_zone(dutch, english):
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", dutch) and not re.search(r"\b20\d\d-\d\d-\d\d\b", english)
    assert "28 november 2026" in dutch and "31 december 2027" in dutch
    assert "28 November 2026" in english and "31 December 2027" in english
    assert "Getekend 2 juli 2026, 10:15 (Midden-Europese zomertijd)" in dutch
    assert "Signed 2 July 2026, 10:15 (Central European Summer Time)" in english


def test_the_formatting_module_itself():
    assert formatting.number(2.8, "nl") == "2,8" and formatting.number(2.8, "en") == "2.8"
    assert formatting.money(2_400_000, "nl") == "€\u00a02.400.000" and formatting.money(2_400_000, "en") == "€2,400,000"
    assert formatting.money(12.5, "nl") == "€\u00a012,50"
    assert formatting.percent(15.8, "nl") == "15,8\u00a0%" and formatting.percent(15.8, "en") == "15.8%"
    assert formatting.signed(-2.5, "nl") == "−2,5" and formatting.signed(3, "en") == "+3"
    assert formatting.stored_date("2027-12-31", "nl") == "31 december 2027"
    assert formatting.stored_date("eind Q4", "nl") == "eind Q4"
