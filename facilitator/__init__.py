"""Facilitator: run a marketing-sales alignment workshop from one laptop and a beamer."""

import os

# We use no pydantic plugins; without this pydantic scans every installed package's metadata for
# plugin entry points the first time it builds a model, which costs start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__version__ = "0.1.0"
