"""File names made from what was typed (a company, a title): readable, and valid on every disk.

Most file systems allow 255 *bytes* per name, and "ë" takes two bytes in UTF-8, an emoji four;
a name is therefore cut by bytes, never inside a character or a character cluster (an emoji
with its skin tone, a letter with its accent), and leaves room for suffixes and temporary names.
"""

import re
import unicodedata

MAX_NAME_BYTES = 120  # well under 255, so ".partial", " review.ics" and a counter always fit

# Characters Windows forbids in names, and every control character.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\u2028\u2029]')
# Characters that only make sense attached to the one before them.
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}


def _attaches(char: str) -> bool:
    return (char in _JOINERS or unicodedata.category(char).startswith("M")
            or 0x1F3FB <= ord(char) <= 0x1F3FF or 0xE0020 <= ord(char) <= 0xE007F)


def slug(text: str, strip_dots: bool = False) -> str:
    """``text`` as one tidy line that is allowed in a file name (may be empty)."""
    text = _FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text))
    return re.sub(r"\s+", " ", text).strip(" ." if strip_dots else " ").lstrip(".")


def cut_to_bytes(text: str, limit: int) -> str:
    """The longest start of ``text`` that fits in ``limit`` UTF-8 bytes and ends between clusters."""
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    rest = text[len(cut):]
    while cut and rest and (_attaches(rest[0]) or cut[-1] == "\u200d"):
        rest, cut = cut[-1] + rest, cut[:-1]  # step back to the start of the cluster
    return cut.rstrip(" ")


def file_stem(prefix: str, middle: str, suffix: str, fallback: str = "", limit: int = MAX_NAME_BYTES,
              strip_dots: bool = False) -> str:
    """'<prefix> <middle> <suffix>' with the middle shortened so the whole fits ``limit`` bytes."""
    head, tail = slug(prefix), slug(suffix)
    room = limit - len(" ".join(p for p in (head, tail) if p).encode("utf-8")) - 2
    body = cut_to_bytes(slug(middle, strip_dots), max(room, 0)) or slug(fallback)
    return " ".join(p for p in (head, body, tail) if p)
