"""The supervisor's review queue: what waits for sign-off in the open case, in plain words, and
approve or reject with a written reason (operations.signoff). Nobody signs off their own item:
the operation refuses, records the refusal, and the view shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from triage_app.custody.entry import CustodyEntry
from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import role_label
from triage_app.operations.authority import ACTION_REFUSED, ACTION_SPECIALIST, verdict
from triage_app.operations.case_state import DEVIATION_RECORDED, REVIEW_APPROVED
from triage_app.operations.signoff import ACTION, ReviewItem, history, pending, sign_off


def _when(time: str) -> str:
    """``2026-11-30 10:02 UTC`` from an entry's ISO time."""
    return time[:16].replace("T", " ") + " UTC"


def _wrapping_list(name: str) -> QListWidget:
    """A list whose long entries wrap instead of scrolling sideways."""
    listing = QListWidget()
    listing.setAccessibleName(name)
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return listing


class SupervisorView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._items: list[ReviewItem] = []
        self.title = role_label(self.tr("Review queue"), "title")
        self.note = role_label("", "hint")

        self.queue = _wrapping_list(self.tr("Items awaiting sign-off"))
        self.queue.currentRowChanged.connect(self._show_item)
        self.given = _wrapping_list(self.tr("Verdicts given in this case"))
        queue_label = QLabel(self.tr("&Awaiting sign-off"))
        queue_label.setBuddy(self.queue)
        given_label = QLabel(self.tr("&Verdicts given"))
        given_label.setBuddy(self.given)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(queue_label)
        left_layout.addWidget(self.queue, 3)
        left_layout.addWidget(given_label)
        left_layout.addWidget(self.given, 2)

        self.card = QFrame()
        self.card.setProperty("card", "info")
        self.heading = role_label("", "title")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_history = role_label("", "hint")
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.details)
        card_layout.addWidget(self.item_history)
        card_layout.addStretch(1)

        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Your reason, in writing (required): it goes into "
                                               "the custody ledger with the verdict"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        reason_label = QLabel(self.tr("&Reason for the verdict"))
        reason_label.setBuddy(self.reason)
        self.approve = GuardedAction(session, ACTION, self.tr("A&pprove"),
                                     lambda: self.give_verdict(approve=True))
        self.reject = GuardedAction(session, ACTION, self.tr("R&eject"),
                                    lambda: self.give_verdict(approve=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.reject)
        buttons.addStretch(1)
        self.message = role_label("", "hint")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card, 1)
        right_layout.addWidget(reason_label)
        right_layout.addWidget(self.reason)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        for signal in (session.changed, session.case_updated, session.officer_changed):
            signal.connect(self.refresh)
        self.refresh()

    # --- what is shown -------------------------------------------------------------------------
    def refresh(self, *_changed: object) -> None:
        case = self.session.case
        self.body.setVisible(case is not None)
        self.queue.clear()
        self.given.clear()
        self._items = []
        if case is None:
            self.note.setText(self.tr("Open or make a case first: the review queue is the open "
                                      "case's."))
            return
        try:
            self._items = pending(case)
            given = [e for e in history(case) if e.action != ACTION_REFUSED]
        except TriageError as exc:
            self.note.setText(str(exc))
            return
        self.note.setText(self.tr("Case %s: %d item(s) await a supervisor's verdict. Nobody signs "
                                  "off their own item.") % (case.ref, len(self._items)))
        for item in self._items:
            row = QListWidgetItem(self.tr("%s — %s\n%s, %s") % (
                self._kind(item.action), item.exhibit or self.tr("no exhibit"), item.officer,
                _when(item.time)))
            row.setToolTip(self.tr("Item %d") % item.seq)
            self.queue.addItem(row)
        for verdict_entry in given:
            self.given.addItem(self.tr("%s item %s by %s, %s: “%s”") % (
                self.tr("Approved") if verdict_entry.action == REVIEW_APPROVED
                else self.tr("Rejected"), verdict_entry.details.get("item"),
                verdict_entry.officer, _when(verdict_entry.time), verdict_entry.reason or ""))
        if self._items:
            self.queue.setCurrentRow(0)
        else:
            self._show_item(-1)

    def _kind(self, action: str) -> str:
        return {DEVIATION_RECORDED: self.tr("Deviation"), ACTION_REFUSED: self.tr("Refusal"),
                ACTION_SPECIALIST: self.tr("Specialist request")}.get(action, action)

    @property
    def current(self) -> ReviewItem | None:
        row = self.queue.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show_item(self, _row: int) -> None:
        item = self.current
        self.approve.button.setEnabled(item is not None and not self.approve.locked)
        self.reject.button.setEnabled(item is not None and not self.reject.locked)
        if item is None:
            self.heading.setText(self.tr("Nothing awaits sign-off"))
            self.details.setText(self.tr("Deviations, refusals and specialist requests of the "
                                         "case appear here as they are recorded."))
            self.item_history.setText("")
            return
        self.heading.setText(self.tr("%s (item %d)") % (self._kind(item.action), item.seq))
        self.details.setText("\n".join(self._describe(item)))
        case = self.session.case
        past = history(case, item.seq) if case is not None else []
        self.item_history.setText(
            self.tr("History: ") + "; ".join(self._past(e) for e in past) if past
            else self.tr("History: no verdict or sign-off attempt yet."))

    def _describe(self, item: ReviewItem) -> list[str]:
        d = item.details
        lines = [self.tr("Who: %s, at %s") % (item.officer, _when(item.time)),
                 self.tr("Exhibit: %s") % (item.exhibit or self.tr("none named"))]
        if item.action == DEVIATION_RECORDED:
            lines += [self.tr("What was done instead: %s") % d.get("action_taken", ""),
                      self.tr("What the rules said: %s") % (item.rules_said or d.get("outcome")),
                      self.tr("Reason given: %s") % (item.reason or "")]
        elif item.action == ACTION_REFUSED:
            lines += [self.tr("Refused: %s (needs %s; the officer holds %s)") % (
                          self._words(d.get("refused_action", "")), d.get("needs") or "-",
                          d.get("officer_level") or self.tr("no level")),
                      self.tr("What the rules said: %s") % d.get("why", "")]
        else:
            lines += [self.tr("Asked for: %s (needs %s; the officer holds %s)") % (
                          self._words(d.get("requested_action", "")), d.get("needs") or "-",
                          d.get("officer_level") or self.tr("no level")),
                      self.tr("Note: %s") % (item.reason or self.tr("none given"))]
        return lines

    def _words(self, action: str) -> str:
        """How the rules name ``action`` (its name, for one the rules in force do not know)."""
        try:
            return verdict(self.session.officer, action).words
        except KeyError:
            return action

    def _past(self, entry: CustodyEntry) -> str:
        if entry.action == ACTION_REFUSED:
            return self.tr("sign-off by %s refused at %s (%s)") % (
                entry.officer, _when(entry.time), entry.details.get("why", ""))
        verdict_text = (self.tr("approved") if entry.action == REVIEW_APPROVED
                        else self.tr("rejected"))
        return self.tr("%s by %s at %s: “%s”") % (verdict_text, entry.officer,
                                                  _when(entry.time), entry.reason or "")

    # --- the one action ------------------------------------------------------------------------
    def give_verdict(self, *, approve: bool) -> None:
        case, item = self.session.case, self.current
        if case is None or item is None:
            return
        try:
            entry = sign_off(case, item.seq, approve=approve, reason=self.reason.toPlainText())
        except NotAuthorised as exc:
            self._say(self.tr("Refused and recorded: %s") % exc, passed=False)
            self.session.recorded()
            offer_specialist(self, self.session, exc, exhibit=item.exhibit)
            return
        except TriageError as exc:
            self._say(str(exc), passed=False)
            return
        self.reason.clear()
        self._say(self.tr("Item %d %s (custody entry %d).") % (
            item.seq, self.tr("approved") if approve else self.tr("rejected"), entry.seq),
            passed=True)
        self.session.recorded()

    def _say(self, text: str, *, passed: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "pass" if passed else "fail")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
