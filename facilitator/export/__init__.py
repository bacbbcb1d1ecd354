"""The agreement PDF and calendar invitations (reportlab is imported lazily, only when exporting)."""
