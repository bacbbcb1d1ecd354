"""Errors whose message is meant for the user: one plain sentence, no traceback."""


class FacilitatorError(Exception):
    """Base for every error the app reports to the user as-is."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class OperationError(FacilitatorError, ValueError):
    """An operation was refused: the session is left exactly as it was."""
