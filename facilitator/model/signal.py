"""A minimal, Qt-free signal: the model announces, views subscribe.

psygnal did this job but cost ~40 ms of start-up for features we do not use; this is all the
model needs: connect, disconnect, emit, per instance.
"""

from collections.abc import Callable
from typing import Any


class SignalInstance:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> Callable[..., Any]:
        if slot not in self._slots:
            self._slots.append(slot)
        return slot

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):  # a slot may disconnect itself while we emit
            slot(*args)


class Signal:
    """Declare on a class; each instance gets its own list of subscribers."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = f"_signal_{name}"

    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        signal = instance.__dict__.get(self._name)
        if signal is None:
            signal = instance.__dict__[self._name] = SignalInstance()
        return signal
