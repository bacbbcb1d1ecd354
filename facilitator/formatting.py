"""Numbers, percentages, amounts and dates in the session's language, the same in the PDF, on the
beamer and in the console (Babel, CLDR data): Dutch "2,8", "€ 2.400.000", "15,8 %"; English "2.8",
"€2,400,000", "15.8%". One date style per language: "26 februari 2027", "26 February 2027".

Qt-free, so the PDF and the command line use it too. Babel is imported on first use.
"""

import datetime as dt
from zoneinfo import ZoneInfo

LOCALES = {"nl": "nl_NL", "en": "en_GB"}  # en_GB: day before month, as the rest of the document reads
NBSP = "\u00a0"  # between a number and its sign: never split over two lines


def _locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def number(value: float, language: str, decimals: int = 2) -> str:
    """2.8 -> "2,8" (nl) / "2.8" (en); 2400000 -> "2.400.000" / "2,400,000"; up to ``decimals`` places."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(language))


def signed(value: float, language: str, decimals: int = 1) -> str:
    """A change: "+2,5" / "-1" (a real minus sign where the language uses one)."""
    text = number(abs(value), language, decimals)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def percent(value: float, language: str, decimals: int = 1) -> str:
    """``value`` in percent (15.8 -> "15,8 %" in Dutch, "15.8%" in English)."""
    text = number(value, language, decimals)
    return f"{text}{NBSP}%" if language == "nl" else f"{text}%"


def money(amount: float, language: str, currency: str = "EUR") -> str:
    """An amount with the language's sign placement: "€ 2.400.000" / "€2,400,000"; cents only when there are some."""
    from babel import Locale
    from babel.numbers import format_currency

    locale = Locale.parse(_locale(language))
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    if float(amount).is_integer():
        pattern = pattern.replace(".00", "")
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False).replace(" ", NBSP)


def long_date(day: dt.date | None, language: str) -> str:
    """"26 februari 2027" / "26 February 2027"; "" for no date."""
    if day is None:
        return ""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=_locale(language))


def stored_date(text: str, language: str) -> str:
    """A date kept as ISO text ("2027-12-31") in the document's style; anything else as it was typed."""
    try:
        return long_date(dt.date.fromisoformat(text.strip()), language)
    except ValueError:
        return text


def time_of_day(moment: dt.time, language: str) -> str:
    """"09:30" in both languages (a 24-hour clock reads the same everywhere here)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def date_and_time(moment: dt.datetime, language: str, zone: str) -> str:
    """When something happened, in the session's zone, which is named: "28 november 2026, 10:15 (Midden-Europese
    standaardtijd)". An attendee elsewhere must not read it as their own time."""
    from babel.dates import get_timezone_name

    local = moment.astimezone(ZoneInfo(zone))
    name = get_timezone_name(local, "long", locale=_locale(language))
    return f"{long_date(local.date(), language)}, {time_of_day(local.time(), language)} ({name})"
