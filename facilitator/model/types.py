"""Small shared types: identifiers, text, departments, time zones, e-mail addresses."""

import datetime as dt
import re
import uuid
import zoneinfo
from enum import StrEnum
from functools import cache
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


# Files in a zone database that are not places: a zone typed by a person must name where they are.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
FALLBACK_ZONE = "UTC"


def _known_zone(name: str) -> str:
    if name not in _NOT_ZONES:
        try:
            zoneinfo.ZoneInfo(name)
            return name
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise ValueError(f"{name!r} is not a time zone; use an IANA name such as Europe/Amsterdam")


TimeZoneName = Annotated[
    str,
    Field(min_length=1, max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$",
          description="IANA time zone name, e.g. Europe/Amsterdam"),
    AfterValidator(_known_zone),
]


@cache
def known_zones() -> tuple[str, ...]:
    """Every IANA zone name this machine knows, sorted (for pickers and completers)."""
    return tuple(sorted(zoneinfo.available_timezones() - _NOT_ZONES))


def laptop_zone() -> str:
    """This computer's IANA zone name; UTC when the system does not say (a bare container, an odd TZ)."""
    import warnings

    try:
        import tzlocal

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "defaulting to UTC" and the like: the fallback says it
            return _known_zone(tzlocal.get_localzone_name() or FALLBACK_ZONE)
    except Exception:  # tzlocal raises its own errors for broken settings; a default is the right answer
        return FALLBACK_ZONE


def _valid_email(address: str) -> str:
    # Imported here: the library is only needed when someone has an address.
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"{address!r} is not an e-mail address: {exc}") from None


def usable_email(address: str) -> str | None:
    """The address as it will be stored, or None when it is not one (a pasted list may hold anything)."""
    try:
        return _valid_email(address) if 3 <= len(address) <= 254 else None
    except ValueError:
        return None


EmailAddress = Annotated[
    str, Field(min_length=3, max_length=254, description="E-mail address"), AfterValidator(_valid_email)
]


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
