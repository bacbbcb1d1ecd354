"""The bundle's entry point: the same command line as the installed `facilitator` script."""

from facilitator.cli import run

run()
