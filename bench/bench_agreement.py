"""The agreement PDF (issue 9): a session with 500 notes and every module's result filled, built,
sealed with the digital signature. Budget: 1 s. Median of several runs after one warm-up."""

import datetime as dt
import os
import statistics
import tempfile
import time

from facilitator.export import signing
from facilitator.export.agreement_files import make_pdf
from workshops.demo import build_demo
from workshops.sections import alignment_sections


def filled_session():
    """The demo with 500 notes: every module's result is the demo's real one (the journey map with notes
    in its cells, the overlap lists, the goal tree, the lead definition and SLA, the scan)."""
    return build_demo("nl", notes=500, today=dt.date(2026, 11, 28), signed=False)


def main(runs: int = 7) -> None:
    os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp())
    session = filled_session()
    creds = signing.credentials("Bench")
    sections = alignment_sections()
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
    print(f"agreement PDF, 500 notes + 4 module results, signed: median {statistics.median(samples) * 1000:5.0f} ms "
          f"(first build in the process {cold * 1000:.0f} ms; budget 1000 ms; {len(pdf) // 1024} KB)")
    print(f"  of which building without the signature: median {statistics.median(unsigned) * 1000:5.0f} ms")


if __name__ == "__main__":
    main()
