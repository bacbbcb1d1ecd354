"""The agreement PDF (issue 9): a session with 500 notes and every module's result filled, built,
sealed with the digital signature. Budget: 1 s. Median of several runs after one warm-up."""

import datetime as dt
import os
import statistics
import tempfile
import time

from facilitator.export import signing
from facilitator.export.agreement_files import make_pdf
from facilitator.model import Artefact
from workshops.demo import build_demo
from workshops.sections import alignment_sections


def filled_session():
    session = build_demo("nl", notes=500, today=dt.date(2026, 11, 28), signed=False)
    kinds = {m.kind: m for m in session.agenda}
    results = {
        "goal_tree": {"goals": [{"title": f"Doel {i}", "metric": "omzet", "target": 100 + i, "unit": "k€",
                                 "deadline": "2027-12-31", "owner": ("marketing", "sales", "joint")[i % 3]}
                                for i in range(40)],
                      "funnel": {"revenue": 2_400_000, "deal_size": 48_000, "win_rate": 0.25}},
        "journey_map": {"stages": [f"Fase {i}" for i in range(8)],
                        "cells": [{"stage": i % 8, "lane": i % 6, "text": f"Raakvlak {i}"} for i in range(48)]},
        "lead_sla": {"criteria": [{"text": f"Criterium {i}", "hard": i % 2 == 0, "consent": [4, 3]} for i in range(12)],
                     "sla": {"sql_per_month": 40, "follow_up_hours": 24, "capacity": 60}},
        "maturity_scan": {"answers": {"marketing": [3] * 20, "sales": [2] * 20}, "target": "aligned"},
    }
    for kind, data in results.items():
        module = kinds[kind]
        session.artefacts[module.id] = Artefact(module_id=module.id, kind=kind, data=data)
    return session


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
