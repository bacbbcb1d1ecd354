"""The maturity scan's scoring, levels, gaps, profile, recommendation and progress (no Qt)."""

import copy

import pytest

from facilitator.model import SessionDocument
from workshops.demo import build_demo
from workshops.maturity_scan import content
from workshops.maturity_scan.model import (
    COUNT,
    empty,
    gaps,
    level_for,
    progress,
    recommend,
    side_result,
    statement_means,
    step_profile,
)
from workshops.maturity_scan.operations import SetAnswer, UpdateScan


def sheet(values):
    return list(values) + [None] * (COUNT - len(values))


@pytest.mark.parametrize("total,level", [(20, "undefined"), (39, "undefined"), (39.5, "undefined"), (40, "defined"),
                                         (59, "defined"), (60, "aligned"), (79, "aligned"), (80, "integrated"),
                                         (100, "integrated")])
def test_level_boundaries(total, level):
    assert level_for(total) == level


def test_content_has_twenty_statements_over_five_steps_in_both_languages():
    statements = content.statements()
    assert len(statements) == COUNT and len({s.key for s in statements}) == COUNT
    steps = {s["key"] for s in content.steps()}
    assert {s.step for s in statements} == steps and len(steps) == 5
    assert all(s.nl and s.en and s.nl != s.en for s in statements)
    assert [lv["key"] for lv in content.levels()] == ["undefined", "defined", "aligned", "integrated"]


def test_totals_need_every_statement_and_average_participants():
    data = empty("participant")
    data["answers"]["marketing"] = {"a": sheet([5] * 20), "b": sheet([3] * 20)}
    data["answers"]["sales"] = {"c": sheet([2] * 19)}
    assert side_result(data, "marketing").total == 80 and side_result(data, "marketing").level == "integrated"
    incomplete = side_result(data, "sales")
    assert incomplete.total is None and incomplete.answered == 19
    assert statement_means(data, "marketing")[0] == 4


def test_gaps_largest_first_and_profile_per_step():
    data = empty()
    data["answers"] = {"marketing": {"department": [4] * 20}, "sales": {"department": [4] * 18 + [1, 2]}}
    assert [(i, g) for i, _m, _s, g in gaps(data)[:2]] == [(18, 3), (19, 2)]
    profile = step_profile(data)
    assert set(profile) == {s["key"] for s in content.steps()}
    assert all(1 <= v["marketing"] <= 5 for v in profile.values())


@pytest.mark.parametrize("market,level,reasons", [
    ({}, "defined", ["simple_market"]),
    ({"commoditising": True}, "aligned", ["commoditising"]),
    ({"customised": True, "shortening": True}, "aligned", ["customised", "shortening"]),
    ({"complex": True}, "integrated", ["complex"]),
    ({"complex": True, "commoditising": True}, "integrated", ["complex", "commoditising"]),
    ({"complex": True, "short_cycle": True}, "aligned", ["complex", "short_cycle_caps"]),
    ({"short_cycle": True}, "defined", ["simple_market"]),
])
def test_recommendation_rules(market, level, reasons):
    assert recommend(market) == (level, reasons)
    assert all(content.reason(r, "nl") and content.reason(r, "en") for r in reasons)


def test_next_steps_exist_for_every_level_below_integrated():
    for level in ("undefined", "defined", "aligned"):
        assert len(content.next_actions(level, "nl")) >= 4 and len(content.next_actions(level, "en")) >= 4


def test_operations_fill_the_result_and_undo_restores_it():
    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == "maturity_scan")
    before = doc.session.artefacts[module.id].data
    inverse = doc.apply(SetAnswer(module_id=module.id, side="sales", respondent="department", index=0, value=5))
    assert doc.session.artefacts[module.id].data["answers"]["sales"]["department"][0] == 5
    doc.apply(inverse)
    assert doc.session.artefacts[module.id].data == before
    doc.apply(UpdateScan(module_id=module.id, changes={"revealed": False, "target": "integrated"}))
    assert doc.session.artefacts[module.id].data["target"] == "integrated"
    from facilitator.errors import OperationError

    with pytest.raises(OperationError, match="Unknown level"):
        doc.apply(UpdateScan(module_id=module.id, changes={"target": "perfect"}))
    with pytest.raises(ValueError):
        SetAnswer(module_id=module.id, side="sales", respondent="department", index=0, value=6)


def test_the_demo_has_a_visible_gap_and_progress_compares_with_an_earlier_scan():
    data = next(a.data for a in build_demo("nl").artefacts.values() if a.kind == "maturity_scan")
    m, s = side_result(data, "marketing"), side_result(data, "sales")
    assert m.total - s.total >= 15 and m.level != s.level
    assert progress(data) is None
    data = {**data, "previous": {"date": "2026-05-01", "marketing": 50, "sales": 35}}
    assert progress(data) == {"marketing": m.total - 50, "sales": s.total - 35}


def test_the_mode_chooses_which_answers_count_and_never_mixes_them():
    """The rehearsal's bug: Sales agreed 37, two people answered 44 between them, and switching back
    to one agreed answer showed 40.5. The agreed answer and the people's answers are kept apart."""
    from facilitator.model import Participant
    from facilitator.model.operations import AddParticipant

    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == "maturity_scan")
    agreed = [2] * 17 + [1] * 3
    for i, value in enumerate(agreed):
        doc.apply(SetAnswer(module_id=module.id, side="sales", respondent="department", index=i, value=value))
    doc.apply(AddParticipant(participant=Participant(id="p1", name="Pia Sales", department="sales")))
    doc.apply(UpdateScan(module_id=module.id, changes={"mode": "participant"}))
    for i in range(COUNT):
        doc.apply(SetAnswer(module_id=module.id, side="sales", respondent="p1", index=i, value=2 if i < 4 else 3))
    data = doc.session.artefacts[module.id].data
    assert side_result(data, "sales").total == 56, "only the participant's own answers count now"
    before = copy.deepcopy(data["answers"])
    inverse = doc.apply(UpdateScan(module_id=module.id, changes={"mode": "department"}))
    data = doc.session.artefacts[module.id].data
    assert side_result(data, "sales").total == 37 and data["answers"] == before, "switching changes no answer"
    doc.apply(inverse)
    assert doc.session.artefacts[module.id].data["mode"] == "participant"


def test_a_participant_answers_only_for_their_own_department():
    from facilitator.errors import OperationError
    from facilitator.model import Participant
    from facilitator.model.operations import AddParticipant

    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == "maturity_scan")
    doc.apply(AddParticipant(participant=Participant(id="p1", name="Pia Sales", department="sales")))
    before = doc.session.artefacts[module.id].data
    with pytest.raises(OperationError, match="works in sales, not in marketing"):
        doc.apply(SetAnswer(module_id=module.id, side="marketing", respondent="p1", index=0, value=3))
    with pytest.raises(OperationError, match="no participant"):
        doc.apply(SetAnswer(module_id=module.id, side="sales", respondent="nobody", index=0, value=3))
    assert doc.session.artefacts[module.id].data == before
