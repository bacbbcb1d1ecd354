"""The one version number: declared in pyproject.toml, read back from the installed package."""

from functools import cache


@cache
def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # ~0.1 s: only when a version is shown

    try:
        return version("facilitator")
    except PackageNotFoundError:  # a source tree that was never installed (pip install -e . fixes it)
        return "0+unknown"
