"""The alignment content: one package per module kind, the agendas, and the demo session.

Importing the package registers each module kind's result model with the engine, so every artefact
the engine reads or makes is checked against the model of the workshop that owns it.
"""

from .goal_tree import model as _goal_tree  # noqa: F401
from .journey_map import model as _journey_map  # noqa: F401
from .lead_sla import model as _lead_sla  # noqa: F401
from .maturity_scan import model as _maturity_scan  # noqa: F401
