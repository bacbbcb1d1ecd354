"""Everything that imports Qt: the app, console and beamer windows, undo commands."""
