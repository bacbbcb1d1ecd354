"""The agreement PDF's module sections for the alignment workshops. Each module kind (goal tree,
journey map, lead definition & SLA, maturity scan) registers its section here."""

from facilitator.export.sections import Sections

from .goal_tree.model import KIND as GOAL_TREE
from .goal_tree.pdf_section import tree_section
from .journey_map.model import KIND as JOURNEY
from .journey_map.pdf_section import journey_section
from .lead_sla.model import KIND as LEAD_SLA
from .lead_sla.pdf_section import sla_section
from .maturity_scan.model import KIND as SCAN
from .maturity_scan.pdf_section import scan_section


def alignment_sections() -> Sections:
    sections = Sections()
    sections.register(SCAN, scan_section)
    sections.register(GOAL_TREE, tree_section)
    sections.register(LEAD_SLA, sla_section)
    sections.register(JOURNEY, journey_section)
    return sections
