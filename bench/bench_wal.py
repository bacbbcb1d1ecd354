"""Opening a 5,000-note session with a pending -wal (after a crash) vs without, and the quiet checkpoint.

A pending -wal is first judged on private copies (does it belong?) before the real open replays
it; this prints both opens side by side (interleaved, medians) and their ratio, and what one
checkpoint costs when the room goes quiet after a few edits.
"""

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote, MoveNote, utc_now
from facilitator.model.records import Note
from facilitator.store import SessionFile
from workshops.demo import build_demo

NOTES = 5000
PENDING_EDITS = 50  # what a crash leaves in the -wal: the edits since the last quiet moment, generously
RUNS = 7


def _edit(doc: SessionDocument, i: int) -> None:
    module = doc.session.agenda[2].id
    if i % 2:
        doc.apply(AddNote(note=Note(id=f"w{i}", module_id=module, text=f"Pending note {i}", department="sales",
                                    created_at=utc_now())))
    else:
        doc.apply(MoveNote(note_id=sorted(doc.session.notes)[i], x=i, y=-i))


def _images(folder: Path) -> tuple[Path, Path]:
    """The same session twice: as a crash left it (file + -wal) and closed (the file alone)."""
    source = folder / "source" / "big.session"
    source.parent.mkdir(parents=True)
    SessionFile.create(source, build_demo("nl", notes=NOTES)).close()
    crashed = folder / "crashed" / "big.session"
    crashed.parent.mkdir(parents=True)
    with SessionFile.open(source) as file:
        doc = SessionDocument(file.session, file)
        for i in range(PENDING_EDITS):
            _edit(doc, i)
        shutil.copyfile(source, crashed)
        shutil.copyfile(f"{source}-wal", f"{crashed}-wal")
    return crashed, source


def _fresh(image: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for p in image.parent.iterdir():
        shutil.copyfile(p, folder / p.name)
    return folder / image.name


def _timed_open(path: Path, readonly: bool) -> float:
    t = time.perf_counter()
    with SessionFile.open(path, readonly=readonly) as file:
        assert len(file.session.notes) >= NOTES
    return time.perf_counter() - t


def bench_open(folder: Path) -> None:
    crashed, closed = _images(folder)
    for readonly in (False, True):
        with_wal, without = [], []
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            with_wal.append(_timed_open(_fresh(crashed, folder / "run-a"), readonly))
            without.append(_timed_open(_fresh(closed, folder / "run-b"), readonly))
        a, b = statistics.median(with_wal) * 1000, statistics.median(without) * 1000
        how = "read-only (check, export-json)" if readonly else "read-write (the app)"
        print(f"open {NOTES} notes, {how}: with a pending -wal {a:.0f} ms, without {b:.0f} ms "
              f"(x{a / b:.2f}, median of {RUNS})")


def bench_checkpoint(folder: Path, edits_per_pause: int = 5, pauses: int = 15) -> None:
    path = _fresh(_images(folder / "cp")[1], folder / "run-cp")
    costs = []
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        for pause in range(pauses):
            for i in range(edits_per_pause):
                _edit(doc, 1000 + pause * edits_per_pause + i)
            t = time.perf_counter()
            assert file.checkpoint()
            costs.append(time.perf_counter() - t)
    print(f"quiet checkpoint of a {NOTES}-note file after {edits_per_pause} edits: "
          f"{statistics.median(costs) * 1000:.1f} ms median, {max(costs) * 1000:.1f} ms worst of {pauses}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bench_open(Path(tmp))
        bench_checkpoint(Path(tmp))
