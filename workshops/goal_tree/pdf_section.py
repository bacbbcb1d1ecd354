"""The goal tree in the agreement: the tree as a diagram, every goal with its target and owner,
and the reverse funnel's figures."""

from facilitator.export.pdf_fonts import BOLD, REGULAR, safe
from facilitator.formatting import money, number, percent, stored_date

from .model import compute, funnel, goals, layout, target_text

WORDS = {
    "en": {"tree": "The goal tree", "goals": "Goals", "goal": "Goal", "target": "Target", "deadline": "Deadline",
           "owner": "Owner", "funnel": "Reverse funnel", "revenue": "Revenue goal", "deals": "Deals",
           "opportunities": "Opportunities", "sqls": "SQLs", "mqls": "MQLs", "year": "per year",
           "month": "per month", "company": "Company", "marketing": "Marketing", "sales": "Sales",
           "joint": "Joint", "assumptions": "Deal size {0}, win rate {1}, SQL → opportunity {2}, MQL → SQL {3}"},
    "nl": {"tree": "De doelenboom", "goals": "Doelen", "goal": "Doel", "target": "Streefwaarde",
           "deadline": "Deadline", "owner": "Eigenaar", "funnel": "Omgekeerde trechter", "revenue": "Omzetdoel",
           "deals": "Deals", "opportunities": "Kansen", "sqls": "SQL's", "mqls": "MQL's", "year": "per jaar",
           "month": "per maand", "company": "Bedrijf", "marketing": "Marketing", "sales": "Verkoop",
           "joint": "Samen",
           "assumptions": "Dealgrootte {0}, winkans {1}, SQL → kans {2}, MQL → SQL {3}"},
}
COLOURS = {"company": ("#4A4A4A", "#ECECEC"), "marketing": ("#004E7C", "#CFE3F5"), "sales": ("#8F3600", "#F9D7C4"),
           "joint": ("#3F3F46", "#E2E2E6")}


def _euro(value: float, language: str) -> str:
    return money(value, language)


def tree_section(session, module, artefact, styles, texts) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    language = session.meta.language.value
    words = WORDS.get(language, WORDS["en"])
    data = artefact.data
    all_goals = goals(data)
    people = {p.id: p.name for p in session.participants}
    story = []
    if all_goals:
        story += [Paragraph(safe(words["tree"]), styles["h2"]), diagram(all_goals, language=language),
                  Spacer(1, 4 * mm), Paragraph(safe(words["goals"]), styles["h2"])]
        rows = [[Paragraph(safe(words[k]), styles["cell_bold"]) for k in ("goal", "target", "deadline", "owner")]]
        _, columns, _ = layout(all_goals)
        order = [g for g in all_goals if g.parent is None]
        for column in columns:
            order += [column.head] + [g for g, _ in column.below]
        order += [g for g in all_goals if g not in order]
        for goal in order:
            person = people.get(goal.person_id) if goal.person_id else None
            owner = words.get(goal.owner, goal.owner) + (f" · {person}" if person else "")
            rows.append([Paragraph(safe(goal.title) + (f"<br/><font size=8>{safe(goal.metric)}</font>"
                                                       if goal.metric else ""), styles["cell"]),
                         Paragraph(safe(target_text(goal, language)), styles["cell"]),
                         Paragraph(safe(stored_date(goal.deadline, language)), styles["cell"]),
                         Paragraph(safe(owner), styles["cell"])])
        table = Table(rows, colWidths=[78 * mm, 32 * mm, 25 * mm, 35 * mm], repeatRows=1, hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#B8B8B8"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), "#E8EEF3")]))
        story.append(table)
    current = funnel(data)
    if current is not None:
        result, month = compute(current), compute(current).per_month()
        story.append(Paragraph(safe(words["funnel"]), styles["h2"]))
        rows = [["", words["year"], words["month"]], [words["revenue"], _euro(current.revenue, language), ""]]
        for key in ("deals", "opportunities", "sqls", "mqls"):
            rows.append([words[key], number(getattr(result, key), language), number(getattr(month, key), language)])
        cells = [[Paragraph(safe(c), styles["cell_bold" if i == 0 or j == 0 else "cell"]) for j, c in enumerate(r)]
                 for i, r in enumerate(rows)]
        table = Table(cells, colWidths=[45 * mm, 40 * mm, 30 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#B8B8B8")]))
        note = words["assumptions"].format(_euro(current.deal_size, language), percent(current.win_rate, language),
                                           percent(current.sql_to_opportunity, language),
                                           percent(current.mql_to_sql, language))
        story.append(KeepTogether([story.pop(), table, Paragraph(safe(note), styles["muted"])]))
    return story


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def diagram(all_goals, width: float = 465, language: str = "en"):
    """Tops above, their sub-goals as columns, deeper goals listed under their column."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    tops, columns, _ = layout(all_goals)
    count = max(1, len(columns))
    gap = 6
    col_w = (width - gap * (count - 1)) / count
    box_h, small_h = 30, 22
    deepest = max([len(c.below) for c in columns] or [0])
    height = box_h + 24 + box_h + 6 + deepest * (small_h + 4) + 4
    drawing = Drawing(width, height)

    def box(x, y, w, h, goal, size):
        strong, tint = COLOURS.get(goal.owner, COLOURS["joint"])
        drawing.add(Rect(x, y, w, h, rx=3, ry=3, fillColor=colors.HexColor(tint), strokeColor=None))
        drawing.add(Rect(x, y, 4, h, fillColor=colors.HexColor(strong), strokeColor=None))
        drawing.add(String(x + 7, y + h - size - 3, _fit(goal.title, BOLD, size, w - 10), fontName=BOLD,
                           fontSize=size))
        target = target_text(goal, language)
        if target:
            drawing.add(String(x + 7, y + 4, _fit(target, REGULAR, size - 1.5, w - 10), fontName=REGULAR,
                               fontSize=size - 1.5, fillColor=colors.HexColor("#4A4A4A")))

    top_w = min(width / max(1, len(tops)) - gap, 200)
    top_y = height - box_h
    start = (width - len(tops) * (top_w + gap)) / 2
    for i, top in enumerate(tops):
        box(start + i * (top_w + gap), top_y, top_w, box_h, top, 8)
    bus = top_y - 12
    if columns:
        drawing.add(Line(col_w / 2, bus, (count - 1) * (col_w + gap) + col_w / 2, bus, strokeColor=colors.grey))
        drawing.add(Line(width / 2, top_y, width / 2, bus, strokeColor=colors.grey))
    head_y = bus - 12 - box_h
    for i, column in enumerate(columns):
        x = i * (col_w + gap)
        drawing.add(Line(x + col_w / 2, bus, x + col_w / 2, head_y + box_h, strokeColor=colors.grey))
        box(x, head_y, col_w, box_h, column.head, 7)
        y = head_y - 6 - small_h
        for goal, level in column.below:
            indent = min(level - 1, 3) * 4
            box(x + indent, y, col_w - indent, small_h, goal, 6)
            y -= small_h + 4
    return drawing
