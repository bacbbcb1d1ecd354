"""The review invitation (.ics) read back by two independent parsers, and written the same on any laptop.

vobject builds its time zone from our VTIMEZONE (dateutil); recurring-ical-events expands the series
through icalendar and the IANA database. Both must put every occurrence at 09:30 Amsterdam time.
"""

import datetime as dt
import os
import subprocess
import sys

import icalendar
import pytest
import recurring_ical_events
import vobject
from pydantic import ValidationError

from facilitator.errors import OperationError
from facilitator.export.ics import review_invitation
from facilitator.model import Participant, SessionDocument
from facilitator.model.operations import UpdateMeta, UpdateParticipant, UpdateReview
from facilitator.store import SessionFile
from workshops.demo import build_demo

AMSTERDAM_UTC = [dt.datetime(2027, 3, 12, 8, 30, tzinfo=dt.UTC), dt.datetime(2027, 6, 12, 7, 30, tzinfo=dt.UTC),
                 dt.datetime(2027, 9, 12, 7, 30, tzinfo=dt.UTC)]


def quarterly_in_march(language="nl", **meta):
    doc = SessionDocument(build_demo(language, today=dt.date(2026, 11, 28), signed=False))
    doc.apply(UpdateReview(changes={"first_review": dt.date(2027, 3, 12), "time": dt.time(9, 30),
                                    "cadence": "quarterly", "place": "Deventer"}))
    if meta:
        doc.apply(UpdateMeta(changes=meta))
    return doc.session


def test_vobject_reads_our_vtimezone_and_keeps_0930_across_summer_time():
    calendar = vobject.readOne(review_invitation(quarterly_in_march()))
    event = calendar.vevent
    assert event.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/Amsterdam"]
    occurrences = list(event.getrruleset())[:3]
    assert [o.strftime("%m-%d %H:%M") for o in occurrences] == ["03-12 09:30", "06-12 09:30", "09-12 09:30"]
    assert [o.astimezone(dt.UTC) for o in occurrences] == AMSTERDAM_UTC
    # The zone came from the file's VTIMEZONE (dateutil's tzical), not from the machine's database.
    assert type(occurrences[0].tzinfo).__name__ == "_tzicalvtz"


def test_recurring_ical_events_expands_the_same_three_meetings():
    calendar = icalendar.Calendar.from_ical(review_invitation(quarterly_in_march()))
    found = recurring_ical_events.of(calendar).between(dt.date(2027, 1, 1), dt.date(2027, 10, 1))
    starts = sorted(event.decoded("dtstart") for event in found)
    assert [s.strftime("%m-%d %H:%M") for s in starts] == ["03-12 09:30", "06-12 09:30", "09-12 09:30"]
    assert [s.astimezone(dt.UTC) for s in starts] == AMSTERDAM_UTC
    assert all(event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(hours=1) for event in found)


def test_the_vtimezone_is_small_and_only_names_the_sessions_zone():
    ics = review_invitation(quarterly_in_march())
    assert ics.count("BEGIN:VTIMEZONE") == 1 and "TZID:Europe/Amsterdam" in ics
    assert len(ics.encode()) < 4000, len(ics.encode())
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "RRULE:FREQ=MONTHLY;INTERVAL=3" in ics


def test_a_utc_session_needs_no_vtimezone():
    ics = review_invitation(quarterly_in_march(time_zone="UTC"))
    assert "VTIMEZONE" not in ics and "DTSTART:20270312T093000Z" in ics


def test_attendees_with_an_email_are_invited_by_name():
    calendar = icalendar.Calendar.from_ical(review_invitation(quarterly_in_march()))
    event = calendar.walk("VEVENT")[0]
    attendees = {str(a): a.params["CN"] for a in event["attendee"]}
    assert attendees["mailto:femke.schouten@stroomhof.example"] == "Femke Schouten"
    assert attendees["mailto:zoe.debruijn@stroomhof.example"] == "Zoë de Bruijn"
    assert len(attendees) == 10


def test_people_without_an_email_are_left_out():
    doc = SessionDocument(quarterly_in_march())
    for person in doc.session.participants[1:]:
        doc.apply(UpdateParticipant(participant_id=person.id, changes={"email": None}))
    event = icalendar.Calendar.from_ical(review_invitation(doc.session)).walk("VEVENT")[0]
    assert str(event["attendee"]) == "mailto:femke.schouten@stroomhof.example"


def test_control_characters_never_reach_the_file():
    """One-line fields refuse control characters at the model; the invitation still cleans every text
    itself (model_copy does not validate: a last line of defence, as for a hand-edited file)."""
    doc = SessionDocument(quarterly_in_march(company="Stroomhof B.V.", title="Kick-off"))
    with pytest.raises(OperationError, match="one line"):
        doc.apply(UpdateMeta(changes={"company": "Stroom\x00hof"}))
    session = doc.session
    session.meta = session.meta.model_copy(update={"company": "Stroom\x00hof\x07 B.V.\nNoord", "title": "Kick\x1b-off"})
    session.participants[0] = session.participants[0].model_copy(update={"name": 'Femke "F"\x00 Schouten'})
    session.agreement = session.agreement.model_copy(update={"review": session.agreement.review.model_copy(
        update={"place": "Zaal\tDe\x0bSluis"})})
    ics = review_invitation(session)
    assert not any(ord(c) < 32 and c not in "\r\n" for c in ics)
    event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(event["summary"]).endswith("Stroomhof B.V. Noord")
    assert str(event["location"]) == "Zaal De Sluis"
    assert str(event["description"]).startswith("Kick-off\nStroomhof B.V.\nNoord\n")
    assert 'Femke \'F\' Schouten' in [a.params["CN"] for a in event["attendee"]]


def test_uid_and_stamp_stay_the_same_when_the_review_moves():
    first = icalendar.Calendar.from_ical(review_invitation(quarterly_in_march())).walk("VEVENT")[0]
    doc = SessionDocument(quarterly_in_march())
    doc.apply(UpdateReview(changes={"time": dt.time(14, 0)}))
    doc.apply(UpdateMeta(changes={"time_zone": "Europe/Brussels"}))
    moved = icalendar.Calendar.from_ical(review_invitation(doc.session)).walk("VEVENT")[0]
    assert moved["uid"] == first["uid"] and moved.decoded("dtstamp") == first.decoded("dtstamp")
    assert moved["dtstart"].params["TZID"] == "Europe/Brussels"


def test_a_zone_and_an_email_are_validated():
    with pytest.raises(ValidationError, match="not a time zone"):
        quarterly_in_march().meta.model_validate({"title": "x", "date": "2026-11-28", "time_zone": "Mars/Base"})
    for bad in ("localtime", "../etc/passwd", "Europe/Amsterdam\x00", ""):
        with pytest.raises(ValidationError):
            quarterly_in_march().meta.model_validate({"title": "x", "date": "2026-11-28", "time_zone": bad})
    with pytest.raises(ValidationError, match="not an e-mail address"):
        Participant(id="p", name="Ruud", department="sales", email="ruud@stroomhof")
    assert Participant(id="p", name="Ruud", department="sales", email="Ruud@Stroomhof.Example").email == \
        "Ruud@stroomhof.example"


def _cli(*args, zone: str):
    env = {**os.environ, "TZ": zone}
    env.pop("FACILITATOR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)], capture_output=True, env=env,
                          timeout=120)


@pytest.mark.slow
def test_the_same_bytes_on_laptops_in_utc_new_york_and_tokyo(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    path = tmp_path / "s.session"
    SessionFile.create(path, quarterly_in_march()).close()
    written = []
    for zone in ("UTC", "America/New_York", "Asia/Tokyo"):
        result = _cli("pdf", path, "-o", tmp_path / f"{zone.replace('/', '-')}.pdf", "--no-sign", zone=zone)
        assert result.returncode == 0, result.stderr
        written.append((tmp_path / f"{zone.replace('/', '-')}.ics").read_bytes())
    assert written[0] == written[1] == written[2]
    assert b"DTSTART;TZID=Europe/Amsterdam:20270312T093000" in written[0]


@pytest.mark.slow
def test_a_new_session_takes_the_laptops_zone_unless_told(tmp_path):
    from facilitator.store.json_io import from_json

    assert _cli("new", tmp_path / "tokyo.session", zone="Asia/Tokyo").returncode == 0
    assert _cli("new", tmp_path / "told.session", "--time-zone", "Europe/Amsterdam", zone="Asia/Tokyo").returncode == 0
    zones = [from_json(_cli("export-json", tmp_path / name, zone="UTC").stdout).meta.time_zone
             for name in ("tokyo.session", "told.session")]
    assert zones == ["Asia/Tokyo", "Europe/Amsterdam"]
    bad = _cli("new", tmp_path / "bad.session", "--time-zone", "Amsterdam", zone="UTC")
    err = bad.stderr.decode()
    assert bad.returncode == 2 and err.count("\n") == 1 and "not a time zone" in err and "Traceback" not in err
    assert not (tmp_path / "bad.session").exists()


@pytest.mark.slow
def test_pdf_refuses_an_existing_invitation_without_force(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    folder = tmp_path / "out"
    folder.mkdir()
    path = tmp_path / "s.session"
    SessionFile.create(path, quarterly_in_march()).close()
    (folder / "a.ics").write_bytes(b"mine")
    before = sorted(p.name for p in folder.iterdir())
    refused = _cli("pdf", path, "-o", folder / "a.pdf", "--no-sign", zone="UTC")
    err = refused.stderr.decode()
    assert refused.returncode == 2 and err.count("\n") == 1 and "a.ics already exists" in err and "--force" in err
    assert sorted(p.name for p in folder.iterdir()) == before and (folder / "a.ics").read_bytes() == b"mine"
    forced = _cli("pdf", path, "-o", folder / "a.pdf", "--no-sign", "--force", zone="UTC")
    assert forced.returncode == 0, forced.stderr
    assert (folder / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
