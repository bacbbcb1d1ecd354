"""The demo company's lead definition and SLA."""

from .model import starting_point

# id, kind, Dutch text, English text, what is measured (nl, en), how, threshold (nl, en), consent M, S
CRITERIA = [
    ("c1", "hard", "Bedrijf met 50 medewerkers of meer", "Company with 50 employees or more",
     ("medewerkers", "employees"), ">=", ("50", "50"), 4, 4),
    ("c2", "hard", "Prijspagina minstens twee keer bezocht", "Pricing page visited at least twice",
     ("bezoeken prijspagina", "pricing page visits"), ">=", ("2", "2"), 3, 4),
    ("c3", "hard", "Branche: voedingsmiddelen, chemie of water", "Industry: food, chemicals or water",
     ("branche", "industry"), "=", ("voeding, chemie of water", "food, chemicals or water"), 5, 3),
    ("c4", "soft", "Heeft een concrete pijn of aanleiding genoemd", "Mentioned a concrete pain or trigger", ("", ""),
     "", ("", ""), 4, 5),
    ("c5", "soft", "Vroeg zelf om een gesprek of demo", "Asked for a conversation or demo themselves", ("", ""), "",
     ("", ""), 3, 5),
    ("c6", "soft", "Beslisser of beïnvloeder in de DMU", "Decider or influencer in the buying group", ("", ""), "",
     ("", ""), 4, 2),
]


def demo_lead_sla(language: str) -> dict:
    data = starting_point(language)
    nl = language == "nl"
    pick = 0 if nl else 1
    data["criteria"] = [{"id": cid, "kind": kind, "text": text_nl if nl else text_en, "field": field[pick],
                         "comparison": comparison, "threshold": threshold[pick],
                         "consent": {"marketing": m, "sales": s}}
                        for cid, kind, text_nl, text_en, field, comparison, threshold, m, s in CRITERIA]
    data["sla"].update(sql_per_month=34, follow_up_hours=24, contact_attempts=3, capacity_per_month=45,
                       conversion_target=12.0)
    return data
