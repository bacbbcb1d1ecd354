"""The agreement PDF: a session with 500 notes and every module's result filled, built and sealed.

Printed: the first PDF in a running app after the background warm-up (budget 0.5 s), the median of
later ones, and `facilitator pdf` / `facilitator verify` end to end as a person runs them (budget
1.5 s for pdf), each the median of several runs.
"""

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from facilitator.export import signing, warm_up
from facilitator.export.agreement_files import make_pdf
from workshops.demo import build_demo
from workshops.sections import alignment_sections


def filled_session():
    """The demo with 500 notes: every module's result is the demo's real one (the journey map with notes
    in its cells, the overlap lists, the goal tree, the lead definition and SLA, the scan)."""
    return build_demo("nl", notes=500, today=dt.date(2026, 11, 28), signed=False)


def command_line(runs: int = 5) -> tuple[float, float]:
    """`facilitator pdf` and `facilitator verify` on the demo, each in a fresh process."""
    folder = Path(tempfile.mkdtemp())
    env = {**os.environ, "FACILITATOR_HOME": str(folder / "home")}

    def run(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "facilitator", *args], check=True, capture_output=True, env=env)
        return time.perf_counter() - start

    run("demo", str(folder / "d.session"))
    pdf, verify = [], []
    for i in range(runs):
        pdf.append(run("pdf", str(folder / "d.session"), "-o", str(folder / f"d{i}.pdf")))
        verify.append(run("verify", str(folder / f"d{i}.pdf"), str(folder / "d.session")))
    return statistics.median(pdf), statistics.median(verify)


def main(runs: int = 7) -> None:
    os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp())
    session = filled_session()
    sections = alignment_sections()
    warm_up.start().join()  # what the app does in the background once the console is painted
    creds = signing.credentials("Bench")
    start = time.perf_counter()
    make_pdf(session, sections, creds=creds)
    cold = time.perf_counter() - start
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = make_pdf(session, sections, creds=creds)
        samples.append(time.perf_counter() - start)
    unsigned = []
    for _ in range(runs):
        start = time.perf_counter()
        make_pdf(session, sections, sign=False)
        unsigned.append(time.perf_counter() - start)
    print(f"agreement PDF, 500 notes + every module's result, sealed: first in the app after warm-up "
          f"{cold * 1000:.0f} ms (budget 500 ms); later ones median {statistics.median(samples) * 1000:.0f} ms; "
          f"{len(pdf) // 1024} KB")
    print(f"  of which building without the seal: median {statistics.median(unsigned) * 1000:.0f} ms")
    pdf_s, verify_s = command_line()
    print(f"facilitator pdf end to end: median {pdf_s * 1000:.0f} ms (budget 1500 ms); "
          f"facilitator verify with the session: median {verify_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
