"""The journey map (issue 6) at its largest: 9 stages × 7 lanes, every cell holding a long note. Prints
the median time to paint the beamer frame (budget: one 60 Hz frame, 16 ms) and to build the agreement PDF
with the grid on landscape pages (budget 1 s)."""

import datetime as dt
import statistics
import time

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from facilitator.export.agreement_files import make_pdf
from facilitator.model import Note, SessionDocument
from facilitator.model.operations import AddNote
from facilitator.qt.app import application
from workshops.demo import build_demo
from workshops.journey_map.model import KIND, Journey
from workshops.journey_map.operations import EditJourney, PlaceNote
from workshops.journey_map.qt_views import paint_journey
from workshops.sections import alignment_sections


def full_grid():
    doc = SessionDocument(build_demo("nl", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == KIND)
    doc.apply(EditJourney(module_id=module.id, action="add_stage", target="advocacy", values={"name": "Verlenging"}))
    doc.apply(EditJourney(module_id=module.id, action="add_lane", values={"name": "Bewijs nodig"}))
    grid = Journey.model_validate(doc.session.artefacts[module.id].data)
    for s, stage in enumerate(grid.stages):
        for r, lane in enumerate(grid.lanes):
            text = "De inkoper vergelijkt drie leveranciers en vraagt om referenties " * 3
            note = Note(id=f"j{s}_{r}", module_id=module.id, text=text, department="joint",
                        created_at=dt.datetime(2026, 11, 28, 9, tzinfo=dt.UTC))
            doc.apply(AddNote(note=note))
            doc.apply(PlaceNote(module_id=module.id, note_id=note.id, stage_id=stage.id, lane_id=lane.id))
    return doc.session, module


def main(runs: int = 15) -> None:
    application()
    session, module = full_grid()
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    paint = []
    for _ in range(runs):
        start = time.perf_counter()
        painter = QPainter(image)
        paint_journey(painter, QRectF(60, 200, 1800, 820), session, module, lambda s: s, 28)
        painter.end()
        paint.append(time.perf_counter() - start)
    pdf = []
    for _ in range(5):
        start = time.perf_counter()
        make_pdf(session, alignment_sections(), sign=False)
        pdf.append(time.perf_counter() - start)
    print(f"journey 9x7 full grid: beamer paint median {statistics.median(paint) * 1000:.1f} ms (budget 16 ms); "
          f"first paint after an edit {paint[0] * 1000:.1f} ms (fitting each cell's font); "
          f"PDF median {statistics.median(pdf) * 1000:.0f} ms (budget 1000 ms)")


if __name__ == "__main__":
    main()
