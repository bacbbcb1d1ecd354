"""Find the line where each value of a JSON text starts, so errors can name the line at fault.

The standard json module reports positions only for syntax errors; validation errors come with a
field path (``modules.3.minutes``). This walks the text once and maps every path to its line.
"""

import json.decoder
import re

_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def value_lines(text: str) -> dict[tuple, int]:
    """Map each path (a tuple of keys and indexes) to the 1-based line where its value starts.

    Returns what it could map before any syntax error; callers report syntax errors separately.
    """
    lines: dict[tuple, int] = {}
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(pos: int) -> int:
        low, high = 0, len(newlines)
        while low < high:
            mid = (low + high) // 2
            if newlines[mid] < pos:
                low = mid + 1
            else:
                high = mid
        return low + 1

    def skip(pos: int) -> int:
        return _WHITESPACE.match(text, pos).end()

    def value(pos: int, path: tuple) -> int:
        pos = skip(pos)
        lines[path] = line_of(pos)
        char = text[pos:pos + 1]
        if char == "{":
            pos = skip(pos + 1)
            if text[pos:pos + 1] == "}":
                return pos + 1
            while True:
                key, pos = json.decoder.scanstring(text, skip(pos) + 1)
                pos = skip(pos) + 1  # the colon
                pos = skip(value(pos, path + (key,)))
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if char == "[":
            pos = skip(pos + 1)
            if text[pos:pos + 1] == "]":
                return pos + 1
            index = 0
            while True:
                pos = skip(value(pos, path + (index,)))
                index += 1
                if text[pos] == "]":
                    return pos + 1
                pos += 1
        if char == '"':
            return json.decoder.scanstring(text, pos + 1)[1]
        for literal in ("true", "false", "null"):
            if text.startswith(literal, pos):
                return pos + len(literal)
        match = _NUMBER.match(text, pos)
        if not match:
            raise ValueError(f"unexpected character at {pos}")
        return match.end()

    try:
        value(0, ())
    except (ValueError, IndexError):
        pass
    return lines


def line_for(lines: dict[tuple, int], loc: tuple) -> int | None:
    """The line of the deepest part of ``loc`` that exists in the text (a missing field: its parent)."""
    for end in range(len(loc), -1, -1):
        line = lines.get(tuple(loc[:end]))
        if line is not None:
            return line
    return None
