"""The alignment workshops as the app sees them: agendas, new sessions, the demo."""

from facilitator.qt.catalogue import Catalogue
from workshops import agendas
from workshops.demo import build_demo
from workshops.new_session import DEFAULT_TITLE, new_session
from workshops.sections import alignment_sections


def alignment_catalogue() -> Catalogue:
    from dataclasses import replace

    from facilitator.qt.module_views import ModuleViews

    from .goal_tree.model import KIND as GOAL_TREE
    from .goal_tree.qt_views import goal_tree_view
    from .journey_map.model import KIND as JOURNEY
    from .journey_map.qt_views import journey_view
    from .lead_sla.model import KIND as LEAD_SLA
    from .lead_sla.qt_views import lead_sla_view
    from .maturity_scan.model import KIND as SCAN
    from .maturity_scan.qt_views import scan_view
    from .qt_result_summaries import goal_tree_summary, journey_summary, lead_sla_summary, scan_summary

    views = ModuleViews()
    views.register(SCAN, replace(scan_view(), summary=scan_summary))
    views.register(GOAL_TREE, replace(goal_tree_view(), summary=goal_tree_summary))
    views.register(LEAD_SLA, replace(lead_sla_view(), summary=lead_sla_summary))
    views.register(JOURNEY, replace(journey_view(), summary=journey_summary))
    return Catalogue(agendas=agendas.available, new_session=new_session, demo=build_demo,
                     default_title=lambda language: DEFAULT_TITLE.get(language, ""), sections=alignment_sections(),
                     module_views=views)
