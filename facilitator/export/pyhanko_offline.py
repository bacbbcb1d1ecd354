"""pyHanko loads its HTTP clients (time stamps, certificate revocation) and with them aiohttp, about
0.3 s, whenever it is imported, although a seal made or checked here never asks a server for
anything: the certificate is self-made and pinned, and there is no network in the room. Putting
stand-ins for those two modules in place before pyHanko loads saves that time; should any code path
ever reach for one, it says plainly that this app works offline."""

import sys
import types


class Offline:
    def __init__(self, *args, **kwargs) -> None:
        raise RuntimeError("Facilitator seals and verifies offline: it does not fetch from servers.")


STAND_INS = {
    "pyhanko.sign.timestamps.aiohttp_client": "HTTPTimeStamper",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": "AIOHttpFetcherBackend",
}


def install() -> None:
    for module, name in STAND_INS.items():
        if module in sys.modules:
            continue
        stand_in = types.ModuleType(module, __doc__)
        setattr(stand_in, name, type(name, (Offline,), {}))
        sys.modules[module] = stand_in
