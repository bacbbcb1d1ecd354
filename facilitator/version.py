"""The one version number: declared in pyproject.toml, read back from the installed package."""

from functools import cache
from importlib.metadata import PackageNotFoundError, version


@cache
def app_version() -> str:
    try:
        return version("facilitator")
    except PackageNotFoundError:  # a source tree that was never installed (pip install -e . fixes it)
        return "0+unknown"
