"""Write the agreement PDF and the review invitation into a folder, asking before replacing files."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import FacilitatorError
from ..room import RoomController


def write_agreement(parent: QWidget, room: RoomController, folder: Path, sections=None):
    """The files written (``Written``), or None when the facilitator declined or writing failed
    (then the room's error line says why)."""
    from ...export.agreement_files import export_for_attendees, file_stem

    folder = Path(folder)
    stem = file_stem(room.session)
    present = [p.name for p in (folder / f"{stem}.pdf", folder / f"{stem} review.ics") if p.exists()]
    if present:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("AgreementWriting", "Replace the files?"),
            QCoreApplication.translate(
                "AgreementWriting", "{0} already exists in {1}. Replace it with the agreement as it is now?").format(
                " / ".join(present), folder))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        return export_for_attendees(room.session, folder, sections)
    except FacilitatorError as exc:
        room.error.emit(exc.message)
        return None


def written_text(written) -> str:
    files = [written.pdf.name] + ([written.ics.name] if written.ics else [])
    text = QCoreApplication.translate("AgreementWriting", "Written to {0}: {1}")
    return text.format(written.pdf.parent, ", ".join(files))
