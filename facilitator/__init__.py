"""Facilitator: run a marketing-sales alignment workshop from one laptop and a beamer."""

__version__ = "0.1.0"
