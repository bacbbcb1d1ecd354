"""The journey map in the agreement: the grid on landscape pages (at most five stages a page, the lane
names and the stage headers repeated), the stage owners and the hand-off, and the overlap result."""

from facilitator.export.pdf_fonts import safe
from facilitator.formatting import percent

from .model import Journey, cell_key, role_names
from .overlap import REFERENCE_PERCENT, overlap

STAGES_PER_PAGE = 5
WORDS = {
    "en": {"lane": "", "handoff": "hand-off to sales after this stage", "owners": {"marketing": "Marketing",
           "sales": "Sales", "joint": "Joint"}, "overlap": "Who is our customer?",
           "result": "{0} of the customers either side named are named by both (reference: {1}).",
           "matches": "Named by both", "near": "Written differently, the same customer",
           "marketing_only": "Only marketing", "sales_only": "Only sales", "roles": "Buying group",
           "empty_lanes": "Rows without notes in these stages are left out: {0}."},
    "nl": {"lane": "", "handoff": "overdracht aan verkoop na deze fase", "owners": {"marketing": "Marketing",
           "sales": "Verkoop", "joint": "Samen"}, "overlap": "Wie is onze klant?",
           "result": "{0} van de klanten die een van beide noemde, noemden ze allebei (ter vergelijking: {1}).",
           "matches": "Door beide genoemd", "near": "Anders geschreven, dezelfde klant",
           "marketing_only": "Alleen marketing", "sales_only": "Alleen verkoop", "roles": "Inkoopgroep",
           "empty_lanes": "Rijen zonder notities in deze fasen zijn weggelaten: {0}."},
}


def journey_section(session, module, artefact, styles, texts) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    language = session.meta.language.value
    words = WORDS.get(language, WORDS["en"])
    journey = Journey.model_validate(artefact.data)
    story = []
    lanes = journey.lanes
    width = 257 * mm  # A4 landscape minus margins
    for start in range(0, len(journey.stages), STAGES_PER_PAGE):
        stages = journey.stages[start:start + STAGES_PER_PAGE]
        header = [Paragraph("", styles["cell"])]
        for stage in stages:
            owner = words["owners"].get(stage.owner, stage.owner)
            mark = f"<br/><font size=7>▶ {safe(words['handoff'])}</font>" if stage.id == journey.handoff_after else ""
            group = ", ".join(role_names(stage.roles, language))
            roles = f"<br/><font size=7>{safe(words['roles'])}: {safe(group)}</font>" if stage.roles else ""
            header.append(Paragraph(f"<b>{safe(stage.name)}</b><br/><font size=8>{safe(owner)}</font>{mark}{roles}",
                                    styles["cell"]))
        rows, empty = [header], []
        for lane in lanes:
            cells = [[session.notes[n].text for n in journey.cells.get(cell_key(stage.id, lane.id), [])
                      if n in session.notes] for stage in stages]
            if not any(cells):  # an empty row only costs paper: named below the table instead
                empty.append(lane.name)
                continue
            rows.append([Paragraph(f"<b>{safe(lane.name)}</b>", styles["cell"])]
                        + [Paragraph("<br/>".join("• " + safe(t, 1500) for t in notes), styles["small"])
                           for notes in cells])
        lane_w = 38 * mm
        table = Table(rows, colWidths=[lane_w] + [(width - lane_w) / len(stages)] * len(stages), repeatRows=1,
                      splitInRow=1, hAlign="LEFT")
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8B8B8")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF3"))]
        for i, stage in enumerate(stages, start=1):
            if stage.id == journey.handoff_after:  # the hand-off: a bold line after this stage
                style.append(("LINEAFTER", (i, 0), (i, -1), 2.5, colors.HexColor("#8F3600")))
        table.setStyle(TableStyle(style))
        if empty:  # the line naming the left-out rows stays under its table
            story.append(KeepTogether([table, Paragraph(safe(words["empty_lanes"].format(", ".join(empty))),
                                                        styles["muted"])]))
        else:
            story.append(table)
        story.append(Spacer(1, 5 * mm))
    lists = journey.overlap
    if lists.get("marketing") or lists.get("sales"):
        result = overlap(lists.get("marketing", []), lists.get("sales", []))
        story += [Paragraph(safe(words["overlap"]), styles["h2"]),
                  Paragraph(safe(words["result"].format(percent(result.percent, language),
                                                       percent(REFERENCE_PERCENT, language))), styles["body"])]
        parts = [("matches", [f"{a} = {b}" if a != b else a for a, b in result.matches]),
                 ("near", [f"{a} ≈ {b}" for a, b, _ in result.near]),
                 ("marketing_only", result.marketing_only), ("sales_only", result.sales_only)]
        for key, items in parts:
            if items:
                story.append(Paragraph(f"<b>{safe(words[key])}</b>: {safe(', '.join(items))}", styles["body"]))
    return story


journey_section.landscape = True  # the agreement puts this section on landscape pages
