"""Flip one random bit of a real session file, many times, and see what `facilitator check` says.

Every flip must end one of two ways: detected (exit 2, one line on stderr, the file unchanged) or
harmless (exit 0 and the file loads to exactly the session it held before: the bit was in unused
page space, a free page or a header field SQLite does not rely on). Anything else is counted as a
failure and printed. Usage: bench_bitflips.py [FLIPS] [SEED]  (default 1000 flips, seed 15).
"""

import contextlib
import hashlib
import io
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from facilitator.cli import main as cli
from facilitator.store import SessionFile
from workshops.demo import build_demo


def check(path: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli(["check", str(path)])
    return code, err.getvalue()


def page_kind(data: bytes, offset: int, page_size: int) -> str:
    if offset < 100:
        return "file header"
    page = offset // page_size
    start = page * page_size + (100 if page == 0 else 0)
    flag = data[start]
    kinds = {2: "interior index page", 5: "interior table page", 10: "leaf index page", 13: "leaf table page"}
    return kinds.get(flag, "free or overflow page")


def classify(original, source: bytes, folder: Path, offset: int, bit: int) -> str:
    path = folder / "flipped.session"
    damaged = bytearray(source)
    damaged[offset] ^= 1 << bit
    path.write_bytes(bytes(damaged))
    before = hashlib.sha256(damaged).digest()
    code, err = check(path)
    if hashlib.sha256(path.read_bytes()).digest() != before:
        return "FAIL: the file was changed"
    if code == 2:
        lines = err.strip().splitlines()
        return "detected" if len(lines) == 1 else f"FAIL: {len(lines)} lines on stderr"
    if code != 0:
        return f"FAIL: exit {code}: {err.strip()}"
    with SessionFile.open(path, readonly=True) as file:
        same = file.session == original
    return "harmless" if same else "FAIL: check passed but the session differs"


def main() -> int:
    flips = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        real = folder / "real.session"
        SessionFile.create(real, build_demo("nl")).close()
        with SessionFile.open(real, readonly=True) as file:
            original = file.session
        source = real.read_bytes()
        page_size = int.from_bytes(source[16:18], "big")
        outcomes: Counter[str] = Counter()
        by_region: Counter[tuple[str, str]] = Counter()
        failures: list[str] = []
        started = time.perf_counter()
        for _ in range(flips):
            offset, bit = rng.randrange(len(source)), rng.randrange(8)
            work = folder / "work"
            work.mkdir()
            verdict = classify(original, source, work, offset, bit)
            shutil.rmtree(work)
            outcome = verdict if not verdict.startswith("FAIL") else "FAIL"
            outcomes[outcome] += 1
            by_region[(page_kind(source, offset, page_size), outcome)] += 1
            if outcome == "FAIL":
                failures.append(f"  byte {offset} bit {bit}: {verdict}")
        seconds = time.perf_counter() - started
    print(f"{flips} single-bit flips of a {len(source) // 1024} KB session ({len(original.notes)} notes), "
          f"seed {seed}, {seconds:.0f} s:")
    for outcome in ("detected", "harmless", "FAIL"):
        print(f"  {outcome:9s} {outcomes[outcome]:5d}")
    for (region, outcome), count in sorted(by_region.items()):
        print(f"    {region:22s} {outcome:9s} {count:5d}")
    print("\n".join(failures[:20]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
