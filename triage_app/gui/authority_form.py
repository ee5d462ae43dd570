"""The legal authority for a search, as the officer copies it from the warrant or consent."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from triage_app.errors import InputError
from triage_app.workflow.legal import AUTHORITY_TYPES, LegalAuthority


class AuthorityForm(QWidget):
    """Type, reference, issuer, validity and scope; :meth:`authority` checks and returns it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_box = QComboBox()
        names = {"warrant": self.tr("Warrant"), "consent": self.tr("Consent"),
                 "statutory": self.tr("Statutory power"), "other": self.tr("Other")}
        for kind in AUTHORITY_TYPES:
            self.type_box.addItem(names.get(kind, kind), kind)
        self.ref_edit = QLineEdit()
        self.ref_edit.setPlaceholderText(self.tr("e.g. W-2026-0042"))
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setPlaceholderText(self.tr("Court, magistrate, or the person consenting"))
        now = QDateTime.currentDateTime()
        self.from_edit = QDateTimeEdit(now)
        self.until_edit = QDateTimeEdit(now.addDays(1))
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scope_edit = QPlainTextEdit()
        self.scope_edit.setPlaceholderText(self.tr("What the authority covers: the address, the "
                                                   "people, the kinds of devices"))
        self.scope_edit.setTabChangesFocus(True)
        self.scope_edit.setMaximumHeight(80)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Authority"), self.type_box)
        form.addRow(self.tr("&Reference"), self.ref_edit)
        form.addRow(self.tr("&Issued by"), self.issuer_edit)
        form.addRow(self.tr("Valid &from"), self.from_edit)
        form.addRow(self.tr("Valid &until"), self.until_edit)
        form.addRow(self.tr("&Scope"), self.scope_edit)

    def authority(self) -> LegalAuthority:
        """The authority as entered; InputError says which field is missing or wrong."""
        valid_from = _aware(self.from_edit.dateTime())
        valid_until = _aware(self.until_edit.dateTime())
        if valid_until - valid_from < timedelta(minutes=1):
            raise InputError(self.tr("the authority must end after it starts"))
        return LegalAuthority(type=self.type_box.currentData(), ref=self.ref_edit.text().strip(),
                              issuer=self.issuer_edit.text().strip(),
                              scope=self.scope_edit.toPlainText().strip(),
                              valid_from=valid_from, valid_until=valid_until)


def _aware(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()
