"""The demo session: a plausible B2B company in a workshop, in Dutch or English."""

from .builder import build_demo

__all__ = ["build_demo"]
