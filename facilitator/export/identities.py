"""The facilitators' signing identities on this laptop, and which one seals a session's PDF.

A signed session pins the SHA-256 of the certificate its first signature was given under; its PDF
is sealed with that identity and no other. An unsigned session is sealed with the identity chosen
in Settings or, by default, the one named as the session's facilitator (made on first use).
"""

from dataclasses import dataclass
from pathlib import Path

from ..errors import FacilitatorError
from ..model import Session
from ..model.agreement import grouped
from . import signing

CHOICE_FILE = "chosen"  # in the signing folder: the folder name of the chosen identity, or nothing


@dataclass(frozen=True)
class Identity:
    folder: Path
    name: str
    certificate: str

    @property
    def credentials(self) -> signing.Credentials:
        """Loaded and checked (an encrypted key gets its password from the keyring)."""
        return signing.credentials(self.name, self.folder)

    def label(self) -> str:
        return f"{self.name} — {grouped(self.certificate)[:19]}…"


def listed() -> list[Identity]:
    """Every readable identity in the signing folder, by name (a broken one is left out)."""
    root = signing.home() / "signing"
    found = []
    for folder in sorted(p for p in root.glob("*") if p.is_dir()) if root.is_dir() else []:
        creds = signing.Credentials(folder / "facilitator-key.pem", folder / "facilitator-cert.pem")
        if not (creds.key.is_file() and creds.cert.is_file()):
            continue
        try:
            who = signing.holder(creds)
        except (OSError, ValueError):
            continue
        found.append(Identity(folder, who.name, who.certificate))
    return sorted(found, key=lambda i: (i.name.casefold(), i.certificate))


def chosen() -> Identity | None:
    path = signing.home() / "signing" / CHOICE_FILE
    try:
        folder = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return next((i for i in listed() if i.folder.name == folder), None)


def choose(identity: Identity | None) -> None:
    """Remember the identity that seals unsigned sessions (None: the session's facilitator's)."""
    root = signing.home() / "signing"
    path = root / CHOICE_FILE
    if identity is None:
        path.unlink(missing_ok=True)
        return
    root.mkdir(parents=True, exist_ok=True)
    temporary = root / f".{CHOICE_FILE}.partial"
    temporary.write_text(identity.folder.name, encoding="utf-8")
    temporary.replace(path)


def for_session(session: Session) -> signing.Credentials:
    """The credentials that seal this session's PDF (see the module's docstring)."""
    pinned = session.agreement.sealed_with
    if pinned:
        match = next((i for i in listed() if i.certificate == pinned), None)
        if match is None:
            raise FacilitatorError(f"This agreement was signed under the certificate {grouped(pinned)[:19]}…, "
                                   "which is not on this laptop; seal it on the laptop where it was signed.")
        return match.credentials
    picked = chosen()
    return picked.credentials if picked else signing.credentials(session.meta.facilitator)


def certificate_for(session: Session) -> str:
    """What a signature given now pins: the certificate that will seal the PDF."""
    return signing.holder(for_session(session)).certificate


def pinned_if_signed(session: Session) -> Session:
    """A session that arrives signed (the demo) pins its seal as signing in the room would."""
    if session.agreement.signatures and not session.agreement.sealed_with:
        session.agreement = session.agreement.model_copy(update={"sealed_with": certificate_for(session)})
    return session
