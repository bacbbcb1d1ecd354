"""The first review meeting as an iCalendar file (RFC 5545) that Outlook, Google and Apple open."""

import datetime as dt
import hashlib

from ..model import Session

RULES = {"monthly": "FREQ=MONTHLY", "quarterly": "FREQ=MONTHLY;INTERVAL=3", "half_yearly": "FREQ=MONTHLY;INTERVAL=6"}
TITLES = {"nl": "Evaluatie afspraken marketing & verkoop", "en": "Review: marketing & sales agreement"}


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (never inside a character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def review_invitation(session: Session, now: dt.datetime | None = None) -> str | None:
    """The review meeting as .ics text, or None while no first review date is set."""
    review = session.agreement.review
    if review.first_review is None:
        return None
    start = dt.datetime.combine(review.first_review, review.time).astimezone()  # this laptop's time zone
    end = start + dt.timedelta(minutes=review.duration_minutes)
    meta = session.meta
    title = TITLES.get(meta.language.value, TITLES["en"]) + (f" — {meta.company}" if meta.company else "")
    uid = hashlib.sha256(f"{meta.title}|{meta.company}|{meta.date}".encode()).hexdigest()[:24]
    description = f"{meta.title}\n{meta.company}\n{meta.date.isoformat()}"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Facilitator//Agreement review//EN", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}@facilitator", f"DTSTAMP:{_utc(now or dt.datetime.now(dt.UTC))}",
        f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}", f"RRULE:{RULES.get(review.cadence, RULES['quarterly'])}",
        f"SUMMARY:{_escape(title)}", f"DESCRIPTION:{_escape(description)}",
    ]
    if review.place:
        lines.append(f"LOCATION:{_escape(review.place)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
