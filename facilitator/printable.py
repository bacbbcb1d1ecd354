"""Text from files and file names, made safe to print: one helper for every message.

A file name may hold a newline or an escape code, and a damaged file's bytes may end up in an
error message; printed raw they could split the one-line message or repaint the terminal. Each
such character is shown as a visible escape instead (``\\n``, ``\\x1b``).
"""

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Characters that reorder or hide the text around them (bidirectional overrides and isolates).
_INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def _escaped(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that was not valid UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _is_unsafe(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cs") or char in _INVISIBLE


def shown(text: object) -> str:
    """``text`` with every control, invisible-reordering or undecodable character escaped."""
    value = str(text)
    if value.isprintable():  # the common case, and fast
        return value
    return "".join(_escaped(c) if _is_unsafe(c) else c for c in value)
