"""Small shared types: identifiers, text, departments."""

import datetime as dt
import re
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, Strict, WithJsonSchema

MAX_TEXT = 100_000  # a pasted page is fine; a pasted book is a mistake worth an error


Id = Annotated[
    str,
    Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Stable identifier"),
]
# pydantic itself refuses lone UTF-16 surrogates, which could never be encoded to disk.
Text = Annotated[str, Field(max_length=MAX_TEXT)]

# Line breaks, tabs, NUL and other control characters have no place in a one-line field (a name,
# a company, a title): they split lines on the beamer and in the PDF, and print as tofu boxes.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(value: str) -> str:
    if CONTROL_CHARACTERS.search(value):
        raise ValueError("must be one line, without line breaks, tabs or other control characters")
    return value


def one_line(text: str) -> str:
    """Typed or pasted text made fit for a one-line field: every control character becomes a space."""
    return CONTROL_CHARACTERS.sub(" ", text)


_ONE_LINE_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$"  # the same rule, for the JSON Schema
Name = Annotated[str, Field(max_length=200, json_schema_extra={"pattern": _ONE_LINE_PATTERN}),
                 AfterValidator(_one_line)]

# Numbers and switches as the schema says, never coerced: the JSON "60" is not the integer 60, and
# NaN or Infinity are no numbers at all (standard JSON has neither).
Int = Annotated[int, Strict()]
Float = Annotated[float, Strict(), Field(allow_inf_nan=False)]
Bool = Annotated[bool, Strict()]

# Years the app can show, print and convert to local time on every platform (year 1 or 9999 overflow
# when a time zone is added); anything outside is damage or a typo, refused where it is read.
FIRST_YEAR, LAST_YEAR = 1970, 2999


def _in_range(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"the year must be from {FIRST_YEAR} to {LAST_YEAR}")
    return value


Day = Annotated[dt.date, AfterValidator(_in_range)]
Timestamp = Annotated[AwareDatetime, AfterValidator(_in_range)]


# A time of day on the wall clock, without a zone. JSON Schema's "time" format is RFC 3339's
# full-time, which demands an offset ("09:30:00Z"), so the schema states the form we write instead.
ClockTime = Annotated[dt.time, WithJsonSchema(
    {"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$"})]


def new_id() -> str:
    """A fresh random identifier; random so two laptops never produce the same one."""
    return uuid.uuid4().hex[:16]


class NoteDepartment(StrEnum):
    """Who a sticky note speaks for."""

    MARKETING = "marketing"
    SALES = "sales"
    JOINT = "joint"


class Department(StrEnum):
    """Where a participant works; ``other`` covers management, finance, product and guests."""

    MARKETING = "marketing"
    SALES = "sales"
    OTHER = "other"


class Language(StrEnum):
    NL = "nl"
    EN = "en"
