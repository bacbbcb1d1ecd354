"""Scale: `facilitator check`, `export-json` and the app's first paint at 5,000 and 20,000 notes.

Whole processes, as a user runs them, medians over several runs (the machine is shared and noisy);
first paint also reports the app's peak memory. Issue 15's budgets: check of 5,000 notes <= 1 s;
at 20,000 notes no worse than check 1.1 s, export 2.35 s, first paint 1.8-2.0 s at 204 MB.

`bench_scale.py --against DIR` runs the same figures for another source tree (e.g. a `git archive`
of an older commit) in alternation with this one, so both sides see the same machine load.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(side: dict, args: list[str]) -> float:
    """Seconds of one whole process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=side["env"], capture_output=True, text=True, timeout=300)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return time.perf_counter() - started


def first_paint(side: dict, session: Path) -> tuple[float, float]:
    env = {**side["env"], "FACILITATOR_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen",
           "FACILITATOR_BENCH_T0": repr(time.time())}
    child = subprocess.Popen([sys.executable, "-m", "facilitator", str(session)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = child.stdout.read()
    child.stderr.read()
    _, _status, usage = os.wait4(child.pid, 0)  # the child's own peak memory (KB on Linux)
    painted = next((line.split()[1] for line in out.splitlines() if line.startswith("painted ")), None)
    if painted is None:
        raise SystemExit(f"the app did not report its first paint: {out.strip()}")
    return float(painted), usage.ru_maxrss / 1024


def main() -> None:
    against = Path(sys.argv[sys.argv.index("--against") + 1]) if "--against" in sys.argv else None
    runs = 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sides = [{"name": "this tree", "env": {**os.environ}}]
        if against is not None:
            sides.append({"name": str(against), "env": {**os.environ, "PYTHONPATH": str(against.resolve())}})
        for side in sides:
            side["env"].update(XDG_CONFIG_HOME=str(folder / "cfg"), XDG_CACHE_HOME=str(folder / "cache"),
                               FACILITATOR_HOME=str(folder / "home"))
        for notes in (5000, 20000):
            figures = {side["name"]: {"check": [], "export": [], "paint": [], "memory": []} for side in sides}
            files = {}
            for i, side in enumerate(sides):
                files[side["name"]] = folder / f"s{i}-{notes}.session"
                demo = ["-m", "facilitator", "demo", str(files[side["name"]]), "--lang", "en", "--notes", str(notes)]
                run(side, demo)
            for _ in range(runs):
                for side in sides:
                    name, path = side["name"], files[side["name"]]
                    figures[name]["check"].append(run(side, ["-m", "facilitator", "check", str(path)]))
                    out = folder / "export.json"
                    figures[name]["export"].append(
                        run(side, ["-m", "facilitator", "export-json", str(path), "-o", str(out), "--force"]))
                    if notes == 20000:
                        seconds, peak = first_paint(side, path)
                        figures[name]["paint"].append(seconds)
                        figures[name]["memory"].append(peak)
            for name, values in figures.items():
                line = (f"{notes:6,} notes [{name}]: check median {statistics.median(values['check']) * 1000:5.0f} ms,"
                        f" export-json {statistics.median(values['export']) * 1000:5.0f} ms")
                if values["paint"]:
                    line += (f", first paint {statistics.median(values['paint']) * 1000:5.0f} ms"
                             f" at {statistics.median(values['memory']):.0f} MB")
                print(line, flush=True)


if __name__ == "__main__":
    main()
