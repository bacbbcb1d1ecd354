"""The demo company's journey map and its 'who is our customer?' lists."""

from .model import Journey, place, starting_point

# Which demo journey note (in the order they were typed) goes into which cell.
CELLS = [("awareness", "touchpoints"), ("consideration", "pains"), ("consideration", "content"),
         ("preference", "does"), ("intention", "pains"), ("purchase", "touchpoints"), ("onboarding", "pains"),
         ("loyalty", "does"), ("advocacy", "touchpoints")]
MARKETING = ["FrieslandCampina", "Heineken", "Vion Food", "Cosun Beet Company", "Royal Smilde", "Avebe",
             "Hero Benelux", "Bavaria", "Zwanenberg Food Group", "Duynie"]
SALES = ["Friesland Campina B.V.", "Heineken Nederland", "Vitens", "Evides", "Brabant Water", "Waterbedrijf Groningen",
         "Bavaria", "AkzoNobel", "Nouryon", "Dow Terneuzen", "Yara Sluiskil", "Cargill Sas van Gent"]


def demo_journey(language: str, note_ids: list[str]) -> dict:
    journey = Journey.model_validate(starting_point(language))
    for note_id, (stage, lane) in zip(note_ids, CELLS, strict=False):
        journey = place(journey, note_id, stage, lane)
    overlap = {"marketing": list(MARKETING), "sales": list(SALES), "revealed": True}
    return journey.model_copy(update={"overlap": overlap}).model_dump(mode="json")
