"""Lead definition and SLA: consent rules, checks, operations (no Qt)."""

import datetime as dt

import pytest

from facilitator.errors import OperationError
from facilitator.model import SessionDocument
from workshops.demo import build_demo
from workshops.lead_sla.model import Criterion, agreed, blockers, checks, parse, starting_point
from workshops.lead_sla.operations import AddCriterion, RemoveCriterion, SetConsent, UpdateLeadSla


@pytest.mark.parametrize("consent,result,blocking", [
    ({}, None, []),
    ({"marketing": None, "sales": None}, None, []),
    ({"marketing": 3}, True, []),
    ({"marketing": 5, "sales": 3}, True, []),
    ({"marketing": 5, "sales": 2}, False, ["sales"]),
    ({"marketing": 0, "sales": 1}, False, ["marketing", "sales"]),
])
def test_consent_is_agreed_when_every_recorded_score_is_three_or_more(consent, result, blocking):
    criterion = Criterion(id="c", kind="soft", text="x", consent=consent)
    assert agreed(criterion) is result and blockers(criterion) == blocking


def test_starting_point_in_both_languages():
    nl, en = starting_point("nl"), starting_point("en")
    assert [s["key"] for s in nl["stages"]] == ["inquiry", "mql", "sal", "sql", "opportunity"]
    assert nl["stages"][4]["name"] == "Kans" and en["stages"][4]["name"] == "Opportunity"
    assert len(nl["handoff"]) >= 6 and nl["sla"]["reject_reasons"]


def test_checks_name_capacity_volume_consent_follow_up_and_review():
    data = parse(starting_point("en"))
    data = data.model_copy(update={"sla": data.sla.model_copy(update={"sql_per_month": 40, "capacity_per_month": 30}),
                                   "criteria": [Criterion(id="c", kind="hard", text="Size", consent={"sales": 1})]})
    codes = [code for code, _ in checks(data, proposed_sqls=50, first_review=None)]
    assert codes == ["capacity", "volume", "consent", "follow_up", "review"]
    fine = data.model_copy(update={"sla": data.sla.model_copy(update={"capacity_per_month": 60, "follow_up_hours": 4,
                                                                      "sql_per_month": 50}),
                                   "criteria": [Criterion(id="c", kind="hard", text="Size", consent={"sales": 4})]})
    assert checks(fine, proposed_sqls=50, first_review=dt.date(2027, 3, 1)) == []


def test_operations_validate_and_undo():
    doc = SessionDocument(build_demo("nl", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == "lead_sla")
    before = doc.session.artefacts[module.id].data
    inverse = doc.apply(SetConsent(module_id=module.id, criterion_id="c6", side="sales", score=4))
    assert doc.session.artefacts[module.id].data["criteria"][5]["consent"]["sales"] == 4
    doc.apply(inverse)
    assert doc.session.artefacts[module.id].data == before
    with pytest.raises(ValueError):
        SetConsent(module_id=module.id, criterion_id="c6", side="sales", score=6)
    with pytest.raises(OperationError, match="follow_up_hours"):
        doc.apply(UpdateLeadSla(module_id=module.id, changes={"sla": {"follow_up_hours": 0}}))
    doc.apply(AddCriterion(module_id=module.id, criterion=Criterion(id="c9", kind="soft", text="Heeft budget")))
    doc.apply(RemoveCriterion(module_id=module.id, criterion_id="c9"))
    with pytest.raises(OperationError, match="no criterion"):
        doc.apply(RemoveCriterion(module_id=module.id, criterion_id="c9"))


def test_the_demo_lead_definition_has_one_criterion_blocked_by_sales():
    data = parse(next(a.data for a in build_demo("en").artefacts.values() if a.kind == "lead_sla"))
    assert [c.id for c in data.criteria if agreed(c) is False] == ["c6"]
    assert data.sla.sql_per_month == 34 and data.sla.capacity_per_month >= 34
