"""The goal tree in the agreement: the tree as a diagram, every goal with its target and owner,
and the reverse funnel's figures."""

from facilitator.export.pdf_fonts import safe
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


def _euro(value: float, language: str) -> str:
    return money(value, language)


def tree_section(session, module, artefact, styles, texts) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from .pdf_diagram import LETTERS, diagram, legend  # imports reportlab: only when a PDF is made

    language = session.meta.language.value
    words = WORDS.get(language, WORDS["en"])
    data = artefact.data
    all_goals = goals(data)
    people = {p.id: p.name for p in session.participants}
    story = []
    if all_goals:
        story += [Paragraph(safe(words["tree"]), styles["h2"]), *diagram(all_goals, language),
                  Paragraph(safe(legend(language, words)), styles["muted"]), Spacer(1, 4 * mm),
                  Paragraph(safe(words["goals"]), styles["h2"])]
        rows = [[Paragraph(safe(words[k]), styles["cell_bold"]) for k in ("goal", "target", "deadline", "owner")]]
        _, columns, _ = layout(all_goals)
        order = [g for g in all_goals if g.parent is None]
        for column in columns:
            order += [column.head] + [g for g, _ in column.below]
        order += [g for g in all_goals if g not in order]
        for goal in order:
            person = people.get(goal.person_id) if goal.person_id else None
            letter = LETTERS.get(language, LETTERS["en"]).get(goal.owner, "?")
            owner = f"{letter} · " + words.get(goal.owner, goal.owner) + (f" · {person}" if person else "")
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
