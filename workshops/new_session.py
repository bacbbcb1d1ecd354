"""A new, empty session on the default alignment agenda."""

import datetime as dt

from facilitator.model import Language, Session, SessionMeta
from facilitator.version import app_version
from workshops import agendas

DEFAULT_AGENDA = "alignment_half_day"
DEFAULT_TITLE = {"nl": "Afstemming marketing & verkoop", "en": "Marketing & sales alignment"}


def new_session(language: str = "nl", title: str = "", company: str = "", facilitator: str = "",
                day: dt.date | None = None, agenda: str = DEFAULT_AGENDA, place: str = "",
                time_zone: str | None = None) -> Session:
    """``time_zone``: an IANA name; None means this laptop's zone."""
    lang = Language(language)
    zone = {"time_zone": time_zone} if time_zone else {}
    meta = SessionMeta(title=title or DEFAULT_TITLE[lang.value], company=company, facilitator=facilitator,
                       date=day or dt.date.today(), language=lang, place=place, created_with=app_version(), **zone)
    return Session(meta=meta, agenda=agendas.load(agenda, lang).instantiate())
