"""'Who is our customer?': normalising names and the overlap between the two lists (no Qt)."""

import pytest

from workshops.journey_map.overlap import REFERENCE_PERCENT, normalise, overlap, similarity


@pytest.mark.parametrize("raw,clean", [
    ("Friesland Campina B.V.", "friesland campina"),
    ("  FRIESLAND   CAMPINA bv ", "friesland campina"),
    ("Brouwerij Het Anker NV", "brouwerij het anker"),
    ("Société Générale S.A.", "societe generale"),
    ("Müller-Lüdenscheidt GmbH", "muller ludenscheidt"),
    ("", ""),
])
def test_normalise(raw, clean):
    assert normalise(raw) == clean


def test_exact_near_and_leftovers_by_hand():
    marketing = ["Friesland Campina B.V.", "Heineken", "Vion Food", "Cosun", "Royal Smilde", "Avebe"]
    sales = ["FrieslandCampina", "friesland campina", "Heineken Nederland", "Vion Food Group", "Bavaria",
             "Hero Benelux", "Zwanenberg"]
    result = overlap(marketing, sales)
    assert result.matches == [("Friesland Campina B.V.", "friesland campina")]
    assert [(a, b) for a, b, _ in result.near] == [("Heineken", "Heineken Nederland"), ("Vion Food", "Vion Food Group")]
    assert result.marketing_only == ["Cosun", "Royal Smilde", "Avebe"]
    assert result.sales_only == ["FrieslandCampina", "Bavaria", "Hero Benelux", "Zwanenberg"]
    # shared 3 of a union of 3 + 3 + 4 = 10 distinct customers
    assert result.shared == 3 and result.union == 10 and result.percent == 30.0
    assert result.percent > REFERENCE_PERCENT


def test_duplicates_within_one_list_count_once_and_empty_lists_are_zero():
    assert overlap(["Acme", "ACME", " acme "], ["acme"]).percent == 100.0
    assert overlap([], []).percent == 0.0 and overlap(["A"], []).percent == 0.0


def test_similarity_does_not_pair_different_customers():
    assert similarity("Bavaria", "Avebe") < 0.85
    assert similarity("Heijmans", "Heineken") < 0.85
    assert similarity("Cosun", "Cosun Beet Company") >= 0.85
