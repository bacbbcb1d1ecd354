"""The scan in the agreement: the baseline per department, the gap chart, the agreed target level,
progress since an earlier scan, and the actions it produced."""

from facilitator.export.pdf_fonts import BOLD, REGULAR, safe
from facilitator.formatting import number, signed, stored_date

from . import content
from .model import SIDES, gaps, progress, recommend, side_result, step_profile

WORDS = {
    "en": {"baseline": "Where we stand", "side": "Department", "total": "Score (20–100)", "level": "Level",
           "gaps": "Where marketing and sales see it most differently", "profile": "Profile over the five steps",
           "target": "Where we want to be", "progress": "Since the scan of {0}", "why": "Why",
           "incomplete": "not complete"},
    "nl": {"baseline": "Waar we staan", "side": "Afdeling", "total": "Score (20–100)", "level": "Niveau",
           "gaps": "Waar marketing en verkoop het het meest verschillend zien",
           "profile": "Profiel over de vijf stappen",
           "target": "Waar we naartoe willen", "progress": "Sinds de scan van {0}", "why": "Waarom",
           "incomplete": "niet compleet"},
}
SIDE_NAMES = {"en": {"marketing": "Marketing", "sales": "Sales"}, "nl": {"marketing": "Marketing", "sales": "Verkoop"}}
COLOURS = {"marketing": "#004E7C", "sales": "#8F3600"}


def scan_section(session, module, artefact, styles, texts) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    language = session.meta.language.value
    words = WORDS.get(language, WORDS["en"])
    names = SIDE_NAMES.get(language, SIDE_NAMES["en"])
    data = artefact.data
    story = [Paragraph(safe(words["baseline"]), styles["h2"])]
    rows = [[Paragraph(safe(words[k]), styles["cell_bold"]) for k in ("side", "total", "level")]]
    for side in SIDES:
        result = side_result(data, side)
        rows.append([Paragraph(safe(names[side]), styles["cell"]),
                     Paragraph(number(result.total, language) if result.total is not None
                               else safe(words["incomplete"]), styles["cell"]),
                     Paragraph(safe(content.level_name(result.level, language)) if result.level else "–",
                               styles["cell"])])
    table = Table(rows, colWidths=[50 * mm, 40 * mm, 60 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#B8B8B8"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table]
    changes = progress(data)
    if changes:
        date = stored_date(data["previous"].get("date", ""), language)
        story.append(Paragraph(safe(words["progress"].format(date) + ": " + ", ".join(
            f"{names[s]} {signed(v, language)}" for s, v in changes.items())), styles["body"]))
    story += [Paragraph(safe(words["profile"]), styles["h2"]), profile_chart(data, language), Spacer(1, 4 * mm)]
    top = gaps(data)[:5]
    if top:
        story.append(Paragraph(safe(words["gaps"]), styles["h2"]))
        statements = content.statements()
        for index, m, s, _gap in top:
            story.append(Paragraph(f"• {safe(statements[index].text(language))} — M {number(m, language)} · "
                                   f"{'V' if language == 'nl' else 'S'} {number(s, language)}", styles["body"]))
    target = data.get("target")
    if target:
        level, reasons = recommend(data.get("market", {}))
        story.append(Paragraph(safe(words["target"]), styles["h2"]))
        story.append(Paragraph(f"<b>{safe(content.level_name(target, language))}</b>", styles["body"]))
        if level == target:
            story += [Paragraph(safe(content.reason(r, language)), styles["muted"]) for r in reasons]
    return story


def profile_chart(data: dict, language: str, width: float = 440, row: float = 24):
    """Horizontal bars per practical step, marketing above sales, 1–5."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    steps = content.steps()
    profile = step_profile(data)
    label_w = 170
    scale = (width - label_w - 40) / 5
    drawing = Drawing(width, row * len(steps) + 6)
    for i, step in enumerate(steps):
        y = drawing.height - (i + 1) * row
        drawing.add(String(0, y + row * 0.35, step.get(language, step["en"])[:34], fontName=REGULAR, fontSize=8.5))
        for j, side in enumerate(SIDES):
            value = profile.get(step["key"], {}).get(side)
            if value is None:
                continue
            top = y + row * 0.52 - j * row * 0.42
            drawing.add(Rect(label_w, top, value * scale, row * 0.36, fillColor=colors.HexColor(COLOURS[side]),
                             strokeColor=None))
            letter = "M" if side == "marketing" else ("V" if language == "nl" else "S")
            drawing.add(String(label_w + value * scale + 4, top + 2, f"{letter} {number(value, language)}",
                               fontName=BOLD, fontSize=7.5))
    return drawing
