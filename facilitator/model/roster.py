"""Turn a pasted list of people (from an e-mail or a spreadsheet) into rows for a preview.

The facilitator pastes whatever they have: a column from Excel, an Outlook "To:" line, a typed
list. Nothing here refuses input; a line we cannot make sense of becomes a row with a warning so
the preview can show it and the facilitator decides.

Columns per line, first separator present wins: tab, ";", "|", ",". A comma only separates columns
when the line has two or more commas, or when a field after the first is a department word
("Ruud Bakker, Sales"); otherwise it belongs to the text, because "Bakker, Ruud" is one person.
Commas and other separators inside double quotes never split ('"Bakker, Ruud",Sales' is CSV).
"""

import re
import unicodedata
from dataclasses import dataclass

from .types import Department, one_line, usable_email

MAX_NAME = 200  # Participant.name and Participant.role allow 200 characters
MAX_ROLE = 200

_MARKETING = ("marketing", "mkt", "marcom", "communicatie", "communication")
_SALES = ("sales", "verkoop", "account management", "accountmanagement", "inside sales", "binnendienst",
          "buitendienst", "commercie", "commercieel")
_OTHER = ("other", "overig", "anders", "management", "directie", "director", "board", "finance", "financien",
          "product", "r&d", "it", "hr")
# Keys are folded (lower case, no accents), so "Financiën" and "VERKOOP" match.
DEPARTMENT_WORDS: dict[str, Department] = {
    **{w: Department.MARKETING for w in _MARKETING},
    **{w: Department.SALES for w in _SALES},
    **{w: Department.OTHER for w in _OTHER},
}
YES_WORDS = frozenset({"yes", "ja", "y", "j", "x", "true", "1", "✓", "✔", "☑", "✅",
                       "signs", "tekent", "signatory", "ondertekenaar"})
NO_WORDS = frozenset({"no", "nee", "n", "false", "0", "-", "✗", "✘"})
HEADER_WORDS = frozenset({"name", "naam", "department", "afdeling", "role", "rol", "functie", "signs", "tekent",
                          "ondertekent", "e-mail", "email", "e-mailadres", "emailadres"})
# Dutch, Flemish and German surname prefixes. Lower case inside a name; Flemish "Van" is matched too.
PREFIXES = frozenset({"van", "von", "de", "der", "den", "het", "ten", "ter", "te", "'t", "’t", "op", "in", "d'",
                      "zu", "vom"})

_SEPARATORS = ("\t", ";", "|")
_QUOTES = '"“”'
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # one name word: "Ruud", "Müller-Lüdenscheidt", "O'Brien", "R."
_BULLET = re.compile(r"^(?:[-•·*–—]|\d{1,3}[.)])[ ]+(?=\S)")  # "- Ruud", "• Ruud", "3. Ruud"
_ROW_NUMBER = re.compile(r"\d+[.)]?")
_TRAILING_DEPARTMENT = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")  # "Ruud Bakker (verkoop)"


@dataclass(frozen=True)
class RosterRow:
    name: str
    department: Department | None   # None when the line did not say; the UI then asks or uses a default
    role: str
    signs: bool
    line: int                        # 1-based line number in the pasted text
    warning: str = ""                # e.g. "no name found"; such rows are kept so the preview can show them
    email: str = ""                  # the line's e-mail address when it is a usable one


def fold(text: str) -> str:
    """Compare form: no accents, no case, no bidi marks, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(kept.casefold().split())


def duplicate_names(names: list[str]) -> list[str]:
    """Names given more than once, ignoring case, accents and spacing; first spelling, first-seen order."""
    first: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name in names:
        key = fold(name)
        if not key:  # rows without a name are not people that could be doubled
            continue
        first.setdefault(key, name)
        counts[key] = counts.get(key, 0) + 1
    return [first[key] for key in first if counts[key] > 1]


def parse_roster(text: str) -> list[RosterRow]:
    """One row per person found; blank lines, a header row and decoration lines are skipped."""
    text = text.removeprefix("\ufeff")
    # Split by hand: str.splitlines also breaks on form feeds and Unicode separators, shifting line numbers.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[RosterRow] = []
    seen_content = False
    for number, raw in enumerate(lines, start=1):
        line = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
        # No letter, digit or tick: an empty spreadsheet row (";;;") or a table rule ("|---|---|").
        if not any(c.isalnum() or c in "✓✔☑✅" for c in line):
            continue
        if not seen_content:
            seen_content = True
            if _is_header(line):
                continue
        rows.extend(_parse_line(line, number))
    return rows


def _is_header(line: str) -> bool:
    words = [w for w in re.split(r"[\t;|,\s]+", fold(line)) if w]
    return bool(words) and all(w in HEADER_WORDS for w in words)


def _parse_line(line: str, number: int) -> list[RosterRow]:
    addresses = list(_EMAIL.finditer(line))
    # Outlook's "To:" line: one person per address. A tab-separated line is a spreadsheet row, one person
    # who may have a second address column.
    if len(addresses) >= 2 and "\t" not in line:
        segments = []
        start = 0
        for match in addresses:
            end = match.end() + (1 if line[match.end():match.end() + 1] == ">" else 0)
            segments.append(line[start:end].strip(" ;,"))
            start = end
        return [_parse_person(segment, number) for segment in segments]
    return [_parse_person(line, number)]


def _parse_person(line: str, number: int) -> RosterRow:
    line = _BULLET.sub("", line)
    split, fields = _columns(line)
    name: str | None = None
    name_is_explicit = False  # quoted, or the display name of an address: its comma is "Last, First"
    department: Department | None = None
    role: str | None = None
    signs = False
    address: str | None = None
    for raw in fields:
        field = _collapse(raw)
        explicit = False
        match = _EMAIL.search(field)
        if match:
            address = address or match.group()
            field = field[:match.start()] + field[match.end():]
            for leftover in ("mailto:", "<>", "()", "[]"):  # "<ruud@x.nl>", "(mailto:ruud@x.nl)"
                field = field.replace(leftover, "")
            field = _collapse(field).strip(" ,;:")
            explicit = True
        unquoted = _unquote(field)
        explicit = explicit or unquoted != field
        field = unquoted
        if not field:
            continue
        key = fold(field)
        if key in DEPARTMENT_WORDS:
            if department is None:
                department = DEPARTMENT_WORDS[key]
            elif role is None:  # "Sales<tab>Account management": the second one is the job title
                role = field
            continue
        if name is None and _ROW_NUMBER.fullmatch(field):  # a numbered spreadsheet row, not a "1 = signs"
            continue
        if key in YES_WORDS:
            signs = True
            continue
        if key in NO_WORDS:
            continue
        if name is None:
            name, name_is_explicit = field, explicit
        elif role is None:
            role = field
    if name is None and address:
        name = _name_from_address(address)
    name = (name or "").strip(" ,;:")
    trailing = _TRAILING_DEPARTMENT.match(name)
    if trailing and fold(trailing.group(2)) in DEPARTMENT_WORDS:
        name = trailing.group(1)
        department = department or DEPARTMENT_WORDS[fold(trailing.group(2))]
    # "Last, First" is turned around only where the comma cannot be a column or part of a title: the
    # name was quoted or came before an e-mail address, or the whole line is one field with one comma.
    # Both sides must look like a name: "Bakker, Ruud", "van den Berg, Anna", "Berg, Anna van den".
    if name.count(",") == 1 and (name_is_explicit or (not split and line.count(",") == 1)):
        name = _first_last(name)
    warning = ""
    email = usable_email(address) if address else None
    if address and email is None:
        warning = "e-mail address not usable, left out"
    if not name:
        warning = "no name found"
    elif len(name) > MAX_NAME:
        name = name[:MAX_NAME].rstrip()
        warning = "name too long, shortened"
    # A stray tab or form feed inside a cell is no part of a name: one-line fields refuse it.
    return RosterRow(name=one_line(name) if name else name, department=department,
                     role=one_line(role or "")[:MAX_ROLE].rstrip(), signs=signs,
                     line=number, warning=warning, email=email or "")


def _columns(line: str) -> tuple[bool, list[str]]:
    """The line's fields, and whether it was split at all."""
    for separator in _SEPARATORS:
        if _count_outside_quotes(line, separator):
            return True, _split_outside_quotes(line, separator)
    commas = _count_outside_quotes(line, ",")
    if commas:
        fields = _split_outside_quotes(line, ",")
        if commas >= 2 or any(fold(_unquote(_collapse(f))) in DEPARTMENT_WORDS for f in fields[1:]):
            return True, fields
    return False, [line]


def _count_outside_quotes(line: str, separator: str) -> int:
    return len(_split_outside_quotes(line, separator)) - 1


def _split_outside_quotes(line: str, separator: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line:
        if char in _QUOTES:
            quoted = not quoted
        if char == separator and not quoted:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    if quoted:  # a stray quote ("5" monitor) must not swallow the rest of the line
        return line.split(separator)
    fields.append("".join(current))
    return fields


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _unquote(text: str) -> str:
    for open_, close in (('"', '"'), ("“", "”"), ("'", "'")):
        if len(text) >= 2 and text.startswith(open_) and text.endswith(close):
            return _collapse(text[1:-1])
    return text


def _is_word(text: str) -> bool:
    return bool(_WORD.fullmatch(text))


def _first_last(name: str) -> str:
    last, first = (_collapse(part) for part in name.split(","))
    last_words, first_words = last.split(" "), first.split(" ")
    last_ok = _is_word(last_words[-1]) and all(w.casefold() in PREFIXES for w in last_words[:-1])
    first_ok = bool(first) and _is_word(first_words[0]) and all(w.casefold() in PREFIXES for w in first_words[1:])
    if not (last_ok and first_ok):
        return name  # "Ruud Bakker, MBA", "Stroomhof, afdeling inkoop": leave as typed
    return " ".join(first_words + last_words)


def _name_from_address(address: str) -> str:
    """'ruud.bakker@x.nl' -> 'Ruud Bakker', 'j.van.der.berg@x.nl' -> 'J. van der Berg'."""
    local = address.split("@", 1)[0].split("+", 1)[0]
    parts = [p for p in (re.sub(r"\d+", "", part) for part in re.split(r"[._-]+", local)) if p]
    words = []
    for i, part in enumerate(parts):
        if 0 < i < len(parts) - 1 and part.casefold() in PREFIXES:  # a last "le"/"de" is the surname itself
            words.append(part.casefold())
        elif len(part) == 1:
            words.append(part.upper() + ".")
        elif part.islower() or part.isupper():
            words.append(part.capitalize())
        else:
            words.append(part[0].upper() + part[1:])
    return " ".join(words)
