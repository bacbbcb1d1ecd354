"""`facilitator pdf` end to end on the demo (a fresh process each time, signed, with the .ics).

    python bench/bench_pdf_cli.py [OTHER_SOURCE_TREE ...]

Each extra argument is another checkout of the project (e.g. `git archive REV | tar -x -C DIR`); its
runs alternate with this tree's in one loop, so both see the same machine load. Prints the median
of 5 runs per tree and the ratio to the first.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
HERE = Path(__file__).resolve().parent.parent
# Run a given source tree with this environment's packages, without this tree's editable install.
LAUNCH = ("import sys; sys.path.insert(0, sys.argv.pop(1)); "
          "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable__')]; "
          "from facilitator.cli import main; sys.exit(main(sys.argv[1:]))")


def run(tree: Path, *args: str, env: dict) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(tree), *args], capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(args)} failed: {result.stderr.decode().strip()}")
    return elapsed


def main() -> None:
    trees = [HERE] + [Path(p).resolve() for p in sys.argv[1:]]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FACILITATOR_HOME": str(Path(tmp) / "home")}
        times: dict[Path, list[float]] = {tree: [] for tree in trees}
        for i, tree in enumerate(trees):
            folder = Path(tmp) / f"t{i}"
            folder.mkdir()
            run(tree, "demo", str(folder / "demo.session"), env=env)
            run(tree, "pdf", str(folder / "demo.session"), "-o", str(folder / "warm.pdf"), env=env)  # certificate
        for n in range(RUNS):
            for i, tree in enumerate(trees):
                folder = Path(tmp) / f"t{i}"
                times[tree].append(run(tree, "pdf", str(folder / "demo.session"), "-o", str(folder / f"{n}.pdf"),
                                       env=env))
        first = statistics.median(times[trees[0]])
        for tree in trees:
            median = statistics.median(times[tree])
            print(f"facilitator pdf (demo, signed, .ics) {tree.name}: median of {RUNS} {median:.2f} s "
                  f"(ratio to this tree {median / first:.2f})")


if __name__ == "__main__":
    main()
