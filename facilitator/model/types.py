"""Small shared types: identifiers, text, departments."""

import datetime as dt
import re
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

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

# A calendar day a workshop, action or review can plausibly have: far enough either way for any
# real plan, and clear of the year 1 and year 9999 edges where date arithmetic overflows.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _plausible_day(value: dt.date) -> dt.date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"must be a date from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")
    return value


Day = Annotated[dt.date, AfterValidator(_plausible_day)]


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
