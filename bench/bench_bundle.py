"""The bundle (issue 18): its size on disk, and start-up of the bundle against the same app from
the virtual environment, side by side in one run: launch until the start screen has painted, and
until console and beamer have painted for a session. Medians over alternating runs.
Build the bundle first with `make bundle`."""

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # also when run through run_all.py
from bench_startup import timed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "facilitator" / ("facilitator.exe" if os.name == "nt" else "facilitator")


def size_on_disk(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main(runs: int = 9) -> None:
    if not BUNDLE.exists():
        print("no bundle: run 'make bundle' first")
        return
    print(f"bundle size on disk: {size_on_disk(BUNDLE.parent) / 1e6:.0f} MB  (aim 200 MB)")
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "FACILITATOR_EXIT_AFTER_PAINT": "1",
               "XDG_CONFIG_HOME": str(Path(tmp) / "cfg"), "FACILITATOR_HOME": str(Path(tmp) / "home")}
        session = Path(tmp) / "demo.session"
        subprocess.run([str(BUNDLE), "demo", str(session)], check=True, capture_output=True, env=env)
        ways = {"venv": [sys.executable, "-m", "facilitator"], "bundle": [str(BUNDLE)]}
        for what, extra in (("start screen", []), ("console + beamer", [str(session)])):
            times: dict[str, list[float]] = {way: [] for way in ways}
            for command in ways.values():
                timed(command + extra, env)  # warm the file cache for both
            for _ in range(runs):
                for way, command in ways.items():
                    times[way].append(timed(command + extra, env))
            venv, bundle = (statistics.median(times[w]) * 1000 for w in ("venv", "bundle"))
            print(f"{what:17} painted: venv median {venv:5.0f} ms, bundle median {bundle:5.0f} ms, "
                  f"bundle/venv {bundle / venv:.2f}  ({platform})")


if __name__ == "__main__":
    main()
