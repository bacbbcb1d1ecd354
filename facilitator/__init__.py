"""Facilitator: run a marketing-sales alignment workshop from one laptop and a beamer."""

import os

# We use no pydantic plugins; without this pydantic scans every installed package's metadata for
# plugin entry points the first time it builds a model, which costs start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")



def __getattr__(name: str) -> str:
    # The version is read from the package metadata only when asked for (it costs a file scan).
    if name == "__version__":
        from .version import app_version

        return app_version()
    raise AttributeError(name)
