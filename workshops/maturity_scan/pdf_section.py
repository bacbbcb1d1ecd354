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
            scores = f"M {number(m, language)} · {'V' if language == 'nl' else 'S'} {number(s, language)}"
            scores = scores.replace(" ", "\u00a0")  # one piece: never split over two lines
            story.append(Paragraph(f"• {safe(statements[index].text(language))} — {scores}", styles["body"]))
    target = data.get("target")
    if target:
        level, reasons = recommend(data.get("market", {}))
        story.append(Paragraph(safe(words["target"]), styles["h2"]))
        story.append(Paragraph(f"<b>{safe(content.level_name(target, language))}</b>", styles["body"]))
        if level == target:
            story += [Paragraph(safe(content.reason(r, language)), styles["muted"]) for r in reasons]
    return story


def profile_chart(data: dict, language: str, width: float = 440, row: float = 26):
    """Horizontal bars per practical step on a 1–5 scale with its grid, marketing above sales.

    Marketing is a solid dark bar, sales a light bar with a dark outline: the two stay apart in a
    grayscale print, and each bar carries its department's letter as well."""
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    steps = content.steps()
    profile = step_profile(data)
    names = SIDE_NAMES.get(language, SIDE_NAMES["en"])
    letters = {"marketing": "M", "sales": "V" if language == "nl" else "S"}
    label_w, axis_h, legend_h = 165, 14, 16
    scale = (width - label_w - 44) / 5
    height = legend_h + row * len(steps) + axis_h
    drawing = Drawing(width, height)
    grid = colors.HexColor("#C8C8C8")
    bottom = axis_h
    for value in range(1, 6):  # the scale: a grid line and its figure at every step of 1–5
        x = label_w + value * scale
        drawing.add(Line(x, bottom, x, bottom + row * len(steps), strokeColor=grid, strokeWidth=0.5))
        drawing.add(String(x, 2, str(value), fontName=REGULAR, fontSize=7.5, textAnchor="middle"))
    drawing.add(Line(label_w, bottom, label_w, bottom + row * len(steps), strokeColor=colors.HexColor("#4A4A4A"),
                     strokeWidth=0.8))
    for i, step in enumerate(steps):
        y = bottom + (len(steps) - i - 1) * row
        label, size = step.get(language, step["en"]), 8.5
        while size > 6 and stringWidth(label, REGULAR, size) > label_w - 6:
            size -= 0.5  # a long step name gets smaller type, never cut
        drawing.add(String(0, y + row * 0.4, label, fontName=REGULAR, fontSize=size))
        for j, side in enumerate(SIDES):
            value = profile.get(step["key"], {}).get(side)
            if value is None:
                continue
            top = y + row * 0.52 - j * row * 0.42
            drawing.add(bar(label_w, top, value * scale, row * 0.36, side))
            drawing.add(String(label_w + value * scale + 4, top + 2, f"{letters[side]} {number(value, language)}",
                               fontName=BOLD, fontSize=7.5))
    x = label_w
    for side in SIDES:  # the legend, above the bars
        drawing.add(bar(x, height - legend_h + 4, 16, 8, side))
        text = f"{letters[side]} = {names[side]}"
        drawing.add(String(x + 20, height - legend_h + 5, text, fontName=REGULAR, fontSize=8))
        x += 30 + stringWidth(text, REGULAR, 8)
    return drawing


def bar(x: float, y: float, width: float, height: float, side: str):
    from reportlab.graphics.shapes import Rect
    from reportlab.lib import colors

    dark = colors.HexColor(COLOURS[side])
    if side == "marketing":
        return Rect(x, y, width, height, fillColor=dark, strokeColor=None)
    return Rect(x, y, width, height, fillColor=colors.HexColor("#F3D9C9"), strokeColor=dark, strokeWidth=1)
