"""The shapes on a board: a note's rectangle, a cluster's frame and title, and the overlap rule.

The one rule every layout keeps: no two notes overlap, no note lies in the frame of a cluster it
is not in, and no two cluster frames (so no two titles) overlap. The Qt board draws exactly these
rectangles, so what is checked here is what the room sees.
"""

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from .records import Note
from .session import Session

NOTE_W, NOTE_H = 240.0, 150.0   # scene units of one note
GAP = 20.0                      # between neighbouring notes, and kept around every shape
STEP_X, STEP_Y = NOTE_W + GAP, NOTE_H + GAP
FRAME_SIDE = 16.0               # a cluster's frame reaches this far past its notes...
TITLE_H = 34.0                  # ...and its name sits in a strip above them
FRAME_TOP = FRAME_SIDE + TITLE_H

Rect = tuple[float, float, float, float]  # left, top, right, bottom


def note_rect(x: float, y: float) -> Rect:
    return x, y, x + NOTE_W, y + NOTE_H


def frame_around(positions: Iterable[tuple[float, float]]) -> Rect | None:
    """The frame of a cluster whose notes sit at ``positions`` (None for an empty cluster)."""
    xs, ys = [], []
    for x, y in positions:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    return min(xs) - FRAME_SIDE, min(ys) - FRAME_TOP, max(xs) + NOTE_W + FRAME_SIDE, max(ys) + NOTE_H + FRAME_SIDE


def title_rect(frame: Rect) -> Rect:
    left, top, right, _ = frame
    return left + 12, top + 4, right - 12, top + 4 + TITLE_H


def grown(rect: Rect, by: float) -> Rect:
    return rect[0] - by, rect[1] - by, rect[2] + by, rect[3] + by


def overlap(a: Rect, b: Rect) -> bool:
    """True when the two rectangles share area (touching edges is fine)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def clusters_of(notes: Iterable[Note]) -> dict[str, list[Note]]:
    members: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        if note.group_id:
            members[note.group_id].append(note)
    return members


def problems(session: Session, module_id: str) -> list[str]:
    """Every break of the overlap rule on one board, in words (empty when the board is tidy)."""
    notes = sorted((n for n in session.notes.values() if n.module_id == module_id), key=lambda n: n.id)
    rects = {n.id: note_rect(n.x, n.y) for n in notes}
    frames = {g: frame_around((n.x, n.y) for n in members) for g, members in clusters_of(notes).items()}
    found = []
    for i, a in enumerate(notes):
        for b in notes[i + 1:]:
            if overlap(rects[a.id], rects[b.id]):
                found.append(f"notes {a.id} and {b.id} overlap")
        for group_id, frame in frames.items():
            if a.group_id != group_id and overlap(rects[a.id], frame):
                found.append(f"note {a.id} lies in the frame of cluster {group_id}")
    ordered = sorted(frames.items())
    for i, (g, frame) in enumerate(ordered):
        for h, other in ordered[i + 1:]:
            if overlap(frame, other) or overlap(title_rect(frame), title_rect(other)):
                found.append(f"the frames of clusters {g} and {h} overlap")
    return found


class Occupancy:
    """Named rectangles bucketed by grid cell, so 'is this spot free?' looks only nearby."""

    def __init__(self) -> None:
        self._rects: dict[Hashable, Rect] = {}
        self._buckets: dict[tuple[int, int], set[Hashable]] = defaultdict(set)

    @staticmethod
    def _cells(rect: Rect) -> Iterable[tuple[int, int]]:
        for column in range(math.floor(rect[0] / STEP_X), math.floor(rect[2] / STEP_X) + 1):
            for row in range(math.floor(rect[1] / STEP_Y), math.floor(rect[3] / STEP_Y) + 1):
                yield column, row

    def add(self, key: Hashable, rect: Rect) -> None:
        self._rects[key] = rect
        for cell in self._cells(rect):
            self._buckets[cell].add(key)

    def remove(self, key: Hashable) -> None:
        rect = self._rects.pop(key)
        for cell in self._cells(rect):
            self._buckets[cell].discard(key)

    def hits(self, rect: Rect, counts: Callable[[Hashable], bool] | None = None) -> bool:
        """Does ``rect`` overlap any stored rectangle (only those ``counts`` accepts, if given)?"""
        for cell in self._cells(rect):
            for key in self._buckets.get(cell, ()):
                if (counts is None or counts(key)) and overlap(rect, self._rects[key]):
                    return True
        return False

    def right_edge(self) -> float:
        return max((r[2] for r in self._rects.values()), default=0.0)

    def free_spot(self, width: float, height: float, span: float) -> tuple[float, float]:
        """The top-left of the first free ``width`` × ``height`` place in reading order, on the
        note grid (offset by half a gap, as footprints are), in rows ``span`` wide."""
        columns = max(1, int((span - width + GAP) // STEP_X) + 1)
        row = 0
        while True:
            for column in range(columns):
                x, y = column * STEP_X - GAP / 2, row * STEP_Y - GAP / 2
                if not self.hits((x, y, x + width, y + height)):
                    return x, y
            row += 1
