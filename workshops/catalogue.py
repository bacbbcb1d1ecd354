"""The alignment workshops as the app sees them: agendas, new sessions, the demo."""

from facilitator.qt.catalogue import Catalogue
from workshops import agendas
from workshops.demo import build_demo
from workshops.new_session import DEFAULT_TITLE, new_session
from workshops.sections import alignment_sections


def alignment_catalogue() -> Catalogue:
    from facilitator.qt.module_views import ModuleViews

    from .goal_tree.model import KIND as GOAL_TREE
    from .goal_tree.qt_views import goal_tree_view
    from .journey_map.model import KIND as JOURNEY
    from .journey_map.qt_views import journey_view
    from .lead_sla.model import KIND as LEAD_SLA
    from .lead_sla.qt_views import lead_sla_view
    from .maturity_scan.model import KIND as SCAN
    from .maturity_scan.qt_views import scan_view

    views = ModuleViews()
    views.register(SCAN, scan_view())
    views.register(GOAL_TREE, goal_tree_view())
    views.register(LEAD_SLA, lead_sla_view())
    views.register(JOURNEY, journey_view())
    return Catalogue(agendas=agendas.available, new_session=new_session, demo=build_demo,
                     default_title=lambda language: DEFAULT_TITLE.get(language, ""), sections=alignment_sections(),
                     module_views=views)
