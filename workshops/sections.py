"""The agreement PDF's module sections for the alignment workshops. Each module issue (goal tree,
journey map, lead definition & SLA, maturity scan) registers its section here."""

from facilitator.export.sections import Sections


def alignment_sections() -> Sections:
    return Sections()
