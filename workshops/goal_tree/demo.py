"""The demo company's goal tree and reverse funnel (a pump maker: € 2.4 m new business in 2027)."""

# (id, parent, owner, person key, nl title, en title, metric nl, metric en, target, unit, deadline)
GOALS = [
    ("rev", None, "company", "hans", "Nieuwe omzet 2027", "New revenue 2027", "omzet nieuwe orders",
     "revenue from new orders", 2_400_000, "€", "2027-12-31"),
    ("margin", None, "company", "hans", "Brutomarge op nieuwe orders", "Gross margin on new orders", "marge", "margin",
     32, "%", "2027-12-31"),
    ("m_sql", "rev", "marketing", "femke", "Genoeg sales-ready leads leveren", "Deliver enough sales-ready leads",
     "SQL's per maand", "SQLs per month", 34, "SQL", "2027-03-31"),
    ("m_be", "rev", "marketing", "anouk", "Bekendheid in Vlaanderen opbouwen", "Build awareness in Flanders",
     "gekwalificeerde leads uit BE", "qualified leads from BE", 120, "leads", "2027-09-30"),
    ("s_win", "rev", "sales", "ruud", "Winkans op offertes verhogen", "Raise the win rate on quotes", "winkans",
     "win rate", 25, "%", "2027-06-30"),
    ("s_new", "rev", "sales", "ruud", "Nieuwe klanten binnenhalen", "Win new customers", "nieuwe klanten",
     "new customers", 50, "klanten", "2027-12-31"),
    ("s_margin", "margin", "sales", "ruud", "Minder korting geven", "Give fewer discounts", "gemiddelde korting",
     "average discount", 8, "%", "2027-06-30"),
    ("j_follow", "rev", "joint", None, "Elke hete lead binnen 24 uur gebeld", "Every hot lead called within 24 hours",
     "leads op tijd opgevolgd", "leads followed up in time", 95, "%", "2027-03-31"),
    ("t_content", "m_sql", "marketing", "zoe", "Casestudies per branche", "Case studies per industry",
     "gepubliceerde casestudies", "case studies published", 6, "stuks", "2027-06-30"),
    ("t_crm", "m_sql", "marketing", "joris", "Leadscoring in het CRM", "Lead scoring in the CRM", "scoremodel live",
     "scoring model live", 1, "model", "2027-02-28"),
    ("t_nl", "s_new", "sales", "pieter", "Nieuwe klanten Nederland", "New customers Netherlands", "nieuwe klanten",
     "new customers", 30, "klanten", "2027-12-31"),
    ("t_be", "s_new", "sales", "noel", "Nieuwe klanten België", "New customers Belgium", "nieuwe klanten",
     "new customers", 12, "klanten", "2027-12-31"),
    ("t_de", "s_new", "sales", "sven", "Nieuwe klanten Duitsland", "New customers Germany", "nieuwe klanten",
     "new customers", 8, "klanten", "2027-12-31"),
    ("t_inside", "j_follow", "sales", "lotte", "Inside sales belt webleads dezelfde dag",
     "Inside sales calls web leads the same day", "leads dezelfde dag gebeld", "leads called the same day", 90, "%",
     "2027-03-31"),
]
FUNNEL = {"revenue": 2_400_000, "deal_size": 48_000, "win_rate": 25, "sql_to_opportunity": 50, "mql_to_sql": 20}


def demo_tree(language: str, people: dict[str, str]) -> dict:
    """The artefact data, with participant keys mapped to the session's participant ids."""
    nl = language == "nl"
    goals = []
    for gid, parent, owner, person, title_nl, title_en, metric_nl, metric_en, target, unit, deadline in GOALS:
        goals.append({"id": gid, "parent": parent, "title": title_nl if nl else title_en,
                      "metric": metric_nl if nl else metric_en, "target": float(target),
                      "unit": unit if nl or unit in ("€", "%", "SQL", "leads") else {"klanten": "customers",
                                                                                    "stuks": "pieces"}.get(unit, unit),
                      "deadline": deadline, "owner": owner, "person_id": people.get(person) if person else None})
    return {"goals": goals, "funnel": dict(FUNNEL)}
