"""The review meetings as an iCalendar file (RFC 5545) that Outlook, Google and Apple open.

Times are written in the session's own IANA zone (``DTSTART;TZID=Europe/Amsterdam``) with its
VTIMEZONE, never converted through the laptop's zone: a quarterly 09:30 stays 09:30 in summer and
winter, and the same session gives the same bytes on every laptop (DTSTAMP comes from the session
too, not from the clock).
"""

import datetime as dt
import hashlib
import unicodedata
from zoneinfo import ZoneInfo

from ..formatting import long_date
from ..model import Session

RULES = {"monthly": {"FREQ": "MONTHLY"}, "quarterly": {"FREQ": "MONTHLY", "INTERVAL": 3},
         "half_yearly": {"FREQ": "MONTHLY", "INTERVAL": 6}}
TITLES = {"nl": "Evaluatie afspraken marketing & verkoop", "en": "Review: marketing & sales agreement"}
# The series has no end, but a VTIMEZONE listing every transition forever would be huge. Calendars
# know the zone by its IANA name; the VTIMEZONE spells out the first years for those that do not.
ZONE_YEARS = 10
_BREAKS = {"\n", "\r", "\t", "\v", "\f", "\u2028", "\u2029", "\x85"}


def one_line(text: str) -> str:
    """Text for a one-line property: line breaks and tabs become spaces, other control characters go."""
    kept = "".join(" " if c in _BREAKS else c for c in text if c in _BREAKS or unicodedata.category(c) != "Cc")
    return " ".join(kept.split())


def multi_line(text: str) -> str:
    """Text that may span lines: the lines are kept, control characters inside them go."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(one_line(line) for line in lines)


def uid(session: Session) -> str:
    # Unchanged since the first release, so an invitation re-exported later updates the same event.
    meta = session.meta
    return hashlib.sha256(f"{meta.title}|{meta.company}|{meta.date}".encode()).hexdigest()[:24] + "@facilitator"


def stamp(session: Session) -> dt.datetime:
    """When the agreement last changed hands (a signature or a reopening); else the workshop's day."""
    agreement = session.agreement
    moments = [e.at for e in agreement.history] + [s.signed_at for s in agreement.signatures]
    if moments:
        return max(moments).astimezone(dt.UTC).replace(microsecond=0)
    return dt.datetime.combine(session.meta.date, dt.time(0, 0), dt.UTC)


def review_invitation(session: Session) -> str | None:
    """The review meetings as .ics text, or None while no first review date is set."""
    from icalendar import Calendar, Event, vCalAddress, vText

    review = session.agreement.review
    if review.first_review is None:
        return None
    meta = session.meta
    start = dt.datetime.combine(review.first_review, review.time, ZoneInfo(meta.time_zone))
    title = TITLES.get(meta.language.value, TITLES["en"]) + (f" — {meta.company}" if meta.company else "")

    event = Event()
    event.add("uid", uid(session))
    event.add("dtstamp", stamp(session))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=review.duration_minutes))
    event.add("rrule", RULES.get(review.cadence, RULES["quarterly"]))
    event.add("summary", one_line(title))
    event.add("description", multi_line(f"{meta.title}\n{meta.company}\n{long_date(meta.date, meta.language.value)}"))
    if one_line(review.place):
        event.add("location", one_line(review.place))
    for person in session.participants:
        if person.email:
            attendee = vCalAddress(f"mailto:{person.email}")
            attendee.params["CN"] = vText(one_line(person.name).replace('"', "'"))  # no quotes in a parameter
            attendee.params["ROLE"] = "REQ-PARTICIPANT"
            event.add("attendee", attendee, encode=0)

    calendar = Calendar()
    calendar.add("prodid", "-//Facilitator//Agreement review//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(event)
    year = review.first_review.year
    calendar.add_missing_timezones(first_date=dt.date(year, 1, 1), last_date=dt.date(year + ZONE_YEARS, 1, 1))
    return calendar.to_ical().decode("utf-8")
