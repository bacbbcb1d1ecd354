"""The lead definition and SLA in the agreement: stages, criteria with their consent, the hand-off
checklist and the SLA figures."""

from facilitator.export.pdf_fonts import safe
from facilitator.formatting import number

from .model import SIDES, agreed, blockers, parse

WORDS = {
    "en": {"stages": "Lead stages", "criteria": "When a lead is sales-ready (SQL)", "kind": "Kind",
           "criterion": "Criterion", "consent": "Consent", "hard": "hard", "soft": "soft", "agreed": "agreed",
           "blocked": "blocked by", "pending": "no consent yet", "handoff": "What marketing hands over with every SQL",
           "sla": "Service level agreement", "sql_per_month": "SQLs marketing delivers a month",
           "follow_up_hours": "Sales calls a hot lead within (hours)", "contact_attempts": "Contact attempts",
           "capacity_per_month": "Leads sales can handle a month", "conversion_target": "Lead → customer target (%)",
           "rejected": "A rejected lead", "nurture": "goes back to marketing's nurturing, with a reason code:",
           "marketing": "Marketing", "sales": "Sales", "stage": "Stage", "definition": "What it means",
           "agreement": "What we agreed", "figure": "Figure",
           ">=": "at least", "<=": "at most", "=": "is", ">": "more than", "<": "less than"},
    "nl": {"stages": "Leadfasen", "criteria": "Wanneer een lead sales-ready is (SQL)", "kind": "Soort",
           "criterion": "Criterium", "consent": "Instemming", "hard": "hard", "soft": "zacht", "agreed": "akkoord",
           "blocked": "geblokkeerd door", "pending": "nog geen instemming",
           "handoff": "Wat marketing bij elke SQL overdraagt", "sla": "Service level agreement",
           "sql_per_month": "SQL's die marketing per maand levert",
           "follow_up_hours": "Verkoop belt een hete lead binnen (uur)",
           "contact_attempts": "Contactpogingen", "capacity_per_month": "Leads die verkoop per maand aankan",
           "conversion_target": "Doel lead → klant (%)", "rejected": "Een afgewezen lead",
           "nurture": "gaat terug naar marketing voor nurturing, met een redencode:",
           "marketing": "Marketing", "sales": "Verkoop", "stage": "Fase", "definition": "Wat het betekent",
           "agreement": "Afspraak", "figure": "Waarde",
           ">=": "minimaal", "<=": "maximaal", "=": "is", ">": "meer dan", "<": "minder dan"},
}


def sla_section(session, module, artefact, styles, texts) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    language = session.meta.language.value
    words = WORDS.get(language, WORDS["en"])
    model = parse(artefact.data)
    style = TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#B8B8B8"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#E8EEF3")])

    def table(rows, widths):
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT", splitInRow=1)
        t.setStyle(style)
        return t

    def cell(text, bold=False):
        return Paragraph(safe(text), styles["cell_bold" if bold else "cell"])

    story = [Paragraph(safe(words["stages"]), styles["h2"]),
             table([[cell(words["stage"], True), cell(words["definition"], True)]] +
                   [[cell(s.name, True), cell(s.definition)] for s in model.stages], [35, 135])]
    rows = [[cell(words["kind"], True), cell(words["criterion"], True), cell(words["consent"], True)]]
    for criterion in model.criteria:
        # "employees at least 50", in words: the room reads the PDF, not a programmer
        measure = " ".join(p for p in (criterion.field, words.get(criterion.comparison, ""), criterion.threshold) if p)
        scores = ", ".join(f"{words[s]} {criterion.consent[s]}" for s in SIDES if criterion.consent.get(s) is not None)
        state = agreed(criterion)
        verdict = words["agreed"] if state else (f"{words['blocked']} " + ", ".join(words[s] for s in
                                                                                   blockers(criterion))
                                                 if state is False else words["pending"])
        rows.append([cell(words[criterion.kind]), cell(criterion.text + (f" ({measure})" if measure else "")),
                     cell(f"{verdict}" + (f" — {scores}" if scores else ""))])
    story += [Paragraph(safe(words["criteria"]), styles["h2"]), table(rows, [18, 100, 52])]
    story += [Paragraph(safe(words["handoff"]), styles["h2"])]
    story += [Paragraph("☐ " + safe(item), styles["body"]) for item in model.handoff]
    sla = model.sla
    figures = [[cell(words["agreement"], True), cell(words["figure"], True)]]
    for name in ("sql_per_month", "follow_up_hours", "contact_attempts", "capacity_per_month", "conversion_target"):
        value = getattr(sla, name)
        figures.append([cell(words[name]), cell("—" if value is None else number(value, language), True)])
    sla_part = [table(figures, [110, 40])]
    if sla.reject_reasons:
        sla_part.append(Paragraph(safe(f"{words['rejected']} {words['nurture'] if sla.back_to_nurture else ''} "
                                       + ", ".join(sla.reject_reasons)), styles["body"]))
    # A short table and the sentence under it stay together: no orphaned line opening the next page.
    return story + [KeepTogether([Paragraph(safe(words["sla"]), styles["h2"]), *sla_part])]
