"""The goal tree and the reverse funnel, without Qt."""

import pytest

from facilitator.errors import OperationError
from facilitator.model import SessionDocument
from workshops.goal_tree.model import Funnel, Goal, checks, compute, goals, proposed_sqls_per_month, validate_funnel
from workshops.goal_tree.operations import AddGoal, MoveGoal, RemoveGoal, SetFunnel, UpdateGoal
from workshops.new_session import new_session


def test_reverse_funnel_hand_worked():
    # € 2.4 m / € 48 k = 50 deals; 25 % win → 200 opportunities; 50 % → 400 SQLs; 20 % → 2000 MQLs.
    result = compute(Funnel(revenue=2_400_000, deal_size=48_000, win_rate=25, sql_to_opportunity=50, mql_to_sql=20))
    assert (result.deals, result.opportunities, result.sqls, result.mqls) == (50, 200, 400, 2000)
    month = result.per_month()
    assert (month.deals, month.opportunities, month.sqls, month.mqls) == (5, 17, 34, 167)


def test_funnel_rounds_up_every_step():
    # 1,000,000 / 30,000 = 33.3 → 34 deals; / 0.3 = 113.3 → 114; / 0.4 = 285; / 0.15 = 1900
    result = compute(Funnel(revenue=1_000_000, deal_size=30_000, win_rate=30, sql_to_opportunity=40, mql_to_sql=15))
    assert (result.deals, result.opportunities, result.sqls, result.mqls) == (34, 114, 285, 1900)


@pytest.mark.parametrize("values,message", [
    ({"revenue": 0, "deal_size": 1, "win_rate": 10, "sql_to_opportunity": 10, "mql_to_sql": 10}, "revenue"),
    ({"revenue": -5, "deal_size": 1, "win_rate": 10, "sql_to_opportunity": 10, "mql_to_sql": 10}, "revenue"),
    ({"revenue": 5, "deal_size": 1, "win_rate": 0, "sql_to_opportunity": 10, "mql_to_sql": 10}, "win rate"),
    ({"revenue": 5, "deal_size": 1, "win_rate": 120, "sql_to_opportunity": 10, "mql_to_sql": 10}, "win rate"),
    ({"revenue": 5, "deal_size": 1, "win_rate": 10, "sql_to_opportunity": 10, "mql_to_sql": 101}, "mql to sql"),
])
def test_funnel_input_errors_are_refused_clearly(values, message):
    with pytest.raises(ValueError, match=message):
        validate_funnel(values)


def tree(*specs):
    return [Goal(id=i, parent=p, title=i, owner=o, metric="m", target=1, deadline="2027") for i, p, o in specs]


def codes(problems):
    return sorted((p.code, p.goal_id or p.detail) for p in problems)


def test_a_sound_tree_has_no_problems():
    good = tree(("top", None, "company"), ("m", "top", "marketing"), ("s", "top", "sales"), ("t", "m", "marketing"))
    assert checks(good) == []


def test_checks_find_what_the_room_should_fix():
    bad = tree(("top", None, "company"), ("m", "top", "marketing"), ("loose", None, "sales"),
               ("team", "ghost", "marketing"))
    bad.append(Goal(id="vague", parent="m", title="Better leads", owner="marketing"))
    found = codes(checks(bad))
    assert ("orphan", "loose") in found and ("orphan", "team") in found
    assert ("department_missing", "sales") in found
    assert ("not_measurable", "vague") in found and ("no_deadline", "vague") in found
    assert ("disconnected", "") in found, "marketing and sales goals hang under different tops"


def test_a_team_goal_must_hang_under_a_department_goal():
    found = codes(checks(tree(("top", None, "company"), ("x", "top", "company"), ("team", "x", "company"),
                              ("m", "top", "marketing"), ("s", "top", "sales"))))
    assert ("team_untied", "team") in found


def test_operations_move_remove_and_refuse_cycles():
    session = new_session("nl")
    module = next(m for m in session.agenda if m.kind == "goal_tree")
    doc = SessionDocument(session)
    for goal in tree(("top", None, "company"), ("m", "top", "marketing"), ("t", "m", "marketing")):
        doc.apply(AddGoal(module_id=module.id, goal=goal))
    with pytest.raises(OperationError, match="under itself"):
        doc.apply(MoveGoal(module_id=module.id, goal_id="m", parent="t"))
    inverse = doc.apply(RemoveGoal(module_id=module.id, goal_id="m"))
    data = doc.session.artefacts[module.id].data
    assert {g.id: g.parent for g in goals(data)} == {"top": None, "t": "top"}, "sub-goals move up, not away"
    doc.apply(inverse)
    assert len(goals(doc.session.artefacts[module.id].data)) == 3
    with pytest.raises(OperationError, match="target"):
        doc.apply(UpdateGoal(module_id=module.id, goal_id="m", changes={"target": "lots"}))
    with pytest.raises(OperationError, match="win rate"):
        doc.apply(SetFunnel(module_id=module.id, values={"revenue": 1, "deal_size": 1, "win_rate": 0,
                                                         "sql_to_opportunity": 1, "mql_to_sql": 1}))
    doc.apply(SetFunnel(module_id=module.id, values={"revenue": 2_400_000, "deal_size": 48_000, "win_rate": 25,
                                                     "sql_to_opportunity": 50, "mql_to_sql": 20}))
    assert proposed_sqls_per_month(doc.session.artefacts[module.id].data) == 34
