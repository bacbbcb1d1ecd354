"""Foundation benchmarks: durable edits, opening a big session, `facilitator check`.

Prints medians over several runs (shared, noisy machines) next to each budget from issue 2.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote, MoveNote, utc_now
from facilitator.model.records import Note
from facilitator.store import SessionFile
from workshops.demo import build_demo


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_edits(folder: Path, notes: int = 1000, edits: int = 300) -> tuple[float, float]:
    path = folder / "edits.session"
    SessionFile.create(path, build_demo("nl", notes=notes)).close()
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        ids = list(file.session.notes)
        module = file.session.agenda[2].id
        adds, moves = [], []
        for i in range(edits):
            note = Note(id=f"bench{i}", module_id=module, text=f"Bench note {i}", department="sales",
                        created_at=utc_now())
            t = time.perf_counter()
            doc.apply(AddNote(note=note))
            adds.append(time.perf_counter() - t)
            t = time.perf_counter()
            doc.apply(MoveNote(note_id=ids[i % len(ids)], x=i, y=i))
            moves.append(time.perf_counter() - t)
    return median_ms(adds), median_ms(moves)


def bench_open(path: Path, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        with SessionFile.open(path) as file:
            assert len(file.session.notes) == 5000
        samples.append(time.perf_counter() - t)
    return median_ms(samples)


def bench_check(path: Path, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "facilitator", "check", str(path)], check=True,
                       capture_output=True)
        samples.append(time.perf_counter() - t)
    return median_ms(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        add_ms, move_ms = bench_edits(folder)
        big = folder / "big.session"
        SessionFile.create(big, build_demo("en", notes=5000)).close()
        open_ms = bench_open(big)
        check_ms = bench_check(big)
        size_kb = big.stat().st_size / 1024
    print(f"durable add note, 1,000-note session:  median {add_ms:6.3f} ms   (budget 1 ms)")
    print(f"durable move note, 1,000-note session: median {move_ms:6.3f} ms   (budget 1 ms)")
    print(f"open + load 5,000-note session:        median {open_ms:6.1f} ms   (budget 300 ms; file {size_kb:.0f} KB)")
    print(f"`facilitator check` 5,000 notes:       median {check_ms:6.1f} ms   (budget 1000 ms, end to end)")


if __name__ == "__main__":
    main()
