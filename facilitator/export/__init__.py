"""What leaves the app: the agreement PDF, its seal, the review invitation."""

from . import pyhanko_offline

pyhanko_offline.install()  # before anything here imports pyHanko (see the module)
