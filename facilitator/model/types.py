"""Small shared types: identifiers, text, departments."""

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import Field

MAX_TEXT = 100_000  # a pasted page is fine; a pasted book is a mistake worth an error


Id = Annotated[
    str,
    Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Stable identifier"),
]
# pydantic itself refuses lone UTF-16 surrogates, which could never be encoded to disk.
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Name = Annotated[str, Field(max_length=200)]


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
