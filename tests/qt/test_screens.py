"""Choosing the beamer screen by name and geometry, never by position in the list."""

from dataclasses import dataclass

from PySide6.QtCore import QRect

from facilitator.qt.screens import choose_beamer_screen


@dataclass
class Screen:  # stands in for QScreen, which cannot be constructed without real displays
    label: str
    rect: QRect

    def name(self) -> str:
        return self.label

    def geometry(self) -> QRect:
        return self.rect


LAPTOP = Screen("eDP-1", QRect(0, 0, 1920, 1080))
BEAMER = Screen("HDMI-1", QRect(1920, 0, 1280, 720))
MONITOR = Screen("DP-2", QRect(-2560, 0, 2560, 1440))


def test_one_screen_means_no_beamer_screen():
    assert choose_beamer_screen([LAPTOP], LAPTOP) is None


def test_the_other_screen_whatever_its_position_in_the_list():
    assert choose_beamer_screen([LAPTOP, BEAMER], LAPTOP) is BEAMER
    assert choose_beamer_screen([BEAMER, LAPTOP], LAPTOP) is BEAMER


def test_the_remembered_screen_wins_when_present():
    assert choose_beamer_screen([LAPTOP, BEAMER, MONITOR], LAPTOP, preferred="HDMI-1") is BEAMER
    assert choose_beamer_screen([MONITOR, LAPTOP, BEAMER], LAPTOP, preferred="DP-2") is MONITOR


def test_without_a_preference_the_farthest_screen():
    assert choose_beamer_screen([LAPTOP, BEAMER, MONITOR], LAPTOP) is MONITOR
