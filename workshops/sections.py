"""The agreement PDF's module sections for the alignment workshops. Each module kind (goal tree,
journey map, lead definition & SLA, maturity scan) registers its section here."""

from facilitator.export.sections import Sections

from .maturity_scan.model import KIND as SCAN
from .maturity_scan.pdf_section import scan_section


def alignment_sections() -> Sections:
    sections = Sections()
    sections.register(SCAN, scan_section)
    return sections
