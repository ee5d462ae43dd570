"""Review findings: the officer confirms or dismisses what the scan found (human in the loop).

The page lists the open case's findings (all exhibits, or the one chosen), filters them, and
sends each decision to the core
(:mod:`triage_app.operations.review`), which writes the case store and the custody ledger. Secrets are
listed redacted. "Reveal" is for an L3 officer with a reason; below L3 the button is shown
locked and asks for a specialist instead, which is itself a custody entry (design section 1).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triage_app.crypto.explain import URGENT_ADVICE
from triage_app.gui.actions import GuardedAction
from triage_app.gui.errors import show_exception
from triage_app.gui.exhibits import CaseNote, ExhibitChooser
from triage_app.gui.session import CaseSession
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations.review import (
    STATUSES,
    FindingView,
    RevealedSecret,
    can_reveal,
    decide,
    list_findings,
    request_specialist,
    reveal_secret,
)

_STATUS_COLOURS = {"confirmed": "#1b6e20", "dismissed": "#777777", "new": "#0b57d0"}
_URGENT_COLOUR = "#b3261e"
GROUPINGS = ("none", "artefact", "exhibit")


class FindingsModel(QAbstractTableModel):
    """The findings of one case, one row each (secrets only in their redacted summary).

    Urgent findings come first. Grouped by artefact, the rows of the same artefact stand
    together and say in how many files it was found; grouped by exhibit, likewise per exhibit.
    """

    # In English (the columns' keys); QT_TRANSLATE_NOOP lets lupdate collect them.
    COLUMNS: tuple[str, ...] = tuple(map(str, (
        QT_TRANSLATE_NOOP("FindingsModel", "Status"),
        QT_TRANSLATE_NOOP("FindingsModel", "Kind"),
        QT_TRANSLATE_NOOP("FindingsModel", "What was found"),
        QT_TRANSLATE_NOOP("FindingsModel", "File"),
        QT_TRANSLATE_NOOP("FindingsModel", "Confidence"),
        QT_TRANSLATE_NOOP("FindingsModel", "Analyzer"),
        QT_TRANSLATE_NOOP("FindingsModel", "How it was found"),
        QT_TRANSLATE_NOOP("FindingsModel", "Times"),
        QT_TRANSLATE_NOOP("FindingsModel", "Group"),
    )))

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[FindingView] = []
        self._loaded: list[FindingView] = []  # in the order the core gave them
        self._grouping = "none"
        self._groups: dict[int, str] = {}  # finding id -> group label

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and (column == 0 or view.urgent):
            from PySide6.QtGui import QColor

            return QColor(_URGENT_COLOUR if view.urgent and column
                          else _STATUS_COLOURS.get(view.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            urgent = f"URGENT: {URGENT_ADVICE}\n" if view.urgent else ""
            return f"{urgent}{view.summary}\nhow: {view.method}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        where = view.path or ""
        if view.offset is not None:
            where += f"  @ {view.offset}"
        return (view.status, view.kind.removeprefix("crypto-"), view.summary, where,
                view.confidence, view.analyzer, view.method, str(view.count),
                self._groups.get(view.id, ""))[column]

    def set_findings(self, views: list[FindingView]) -> None:
        self._loaded = list(views)
        self._arrange()

    def set_grouping(self, grouping: str) -> None:
        """"none", "artefact" (the same address, key or seed across files) or "exhibit"."""
        if grouping not in GROUPINGS:
            raise ValueError(grouping)
        self._grouping = grouping
        self._arrange()

    def _arrange(self) -> None:
        self.beginResetModel()
        self._rows, self._groups = list(self._loaded), {}
        if self._grouping != "none":
            key = ((lambda v: (v.kind, v.artefact)) if self._grouping == "artefact"
                   else (lambda v: v.exhibit or ""))
            members: dict[Any, list[FindingView]] = {}
            for view in self._rows:
                members.setdefault(key(view), []).append(view)
            for group in members.values():
                label = (self._artefact_label(group) if self._grouping == "artefact"
                         else f"exhibit {group[0].exhibit or '(none)'}: {len(group)} finding"
                         + ("s" if len(group) != 1 else ""))
                self._groups.update((v.id, label) for v in group)
            # Groups keep the order of their first row (urgent ones come first from the core).
            self._rows = [v for group in members.values() for v in group]
        self.endResetModel()

    @staticmethod
    def _artefact_label(group: list[FindingView]) -> str:
        files = len({v.path for v in group})
        times = sum(v.count for v in group)
        return (f"{group[0].artefact}: in {files} file{'s' if files != 1 else ''}, "
                f"{times} time{'s' if times != 1 else ''}")

    def replace(self, view: FindingView) -> None:
        self._loaded = [view if old.id == view.id else old for old in self._loaded]
        for row, old in enumerate(self._rows):
            if old.id == view.id:
                self._rows[row] = view
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
                return

    def finding(self, row: int) -> FindingView:
        return self._rows[row]

    def kinds(self) -> list[str]:
        return sorted({v.kind for v in self._rows})


class _Filter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.status: str | None = None
        self.exhibit: str | None = None

    def set_filter(self, kind: str | None, status: str | None, exhibit: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self.kind, self.status, self.exhibit = kind, status, exhibit
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.kind, self.status, self.exhibit = kind, status, exhibit
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int,  # noqa: N802 (Qt API)
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FindingsModel):  # the page always filters a FindingsModel
            return True
        view = model.finding(row)
        return ((self.kind is None or view.kind == self.kind)
                and (self.status is None or view.status == self.status)
                and (self.exhibit is None or view.exhibit == self.exhibit))


class FindingsPage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None
        self._stale = False

        body = QWidget()
        self.exhibit_combo = ExhibitChooser(session, none_text=self.tr("All exhibits"))
        self.exhibit_combo.currentIndexChanged.connect(self._apply_filter)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_combo.addItem(self.tr(status), status)
        self.group_combo = QComboBox()
        for grouping, label in zip(GROUPINGS, (self.tr("No grouping"), self.tr("By artefact"),
                                               self.tr("By exhibit")), strict=False):
            self.group_combo.addItem(label, grouping)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.group_combo.currentIndexChanged.connect(self._regroup)
        self.count_label = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show")))
        filter_row.addWidget(self.exhibit_combo)
        filter_row.addWidget(self.kind_combo)
        filter_row.addWidget(self.status_combo)
        filter_row.addWidget(self.group_combo)
        filter_row.addWidget(self.count_label, 1)

        self.model = FindingsModel()
        self.proxy = _Filter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 80), (1, 100), (2, 330), (3, 190), (4, 85), (5, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.detail_view = QTextBrowser()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional to confirm or dismiss; "
                                                    "required to reveal a secret)"))
        self.confirm_action = GuardedAction(session, "decide-finding", self.tr("C&onfirm"),
                                            lambda: self.decide("confirm"))
        self.dismiss_action = GuardedAction(session, "decide-finding", self.tr("&Dismiss"),
                                            lambda: self.decide("dismiss"))
        # A request for a specialist names the finding (operations.review.request_specialist).
        self.reveal_action = GuardedAction(session, "reveal-secret",
                                           self.tr("&Reveal secret (L3)…"), self.reveal_or_request,
                                           request=self.reveal_or_request)
        self.confirm_button = self.confirm_action.button
        self.dismiss_button = self.dismiss_action.button
        self.reveal_button = self.reveal_action.button
        action_row = QHBoxLayout()
        action_row.addWidget(self.confirm_action)
        action_row.addWidget(self.dismiss_action)
        action_row.addStretch(1)
        action_row.addWidget(self.reveal_action)
        self.secret_label = QLabel("<b style='color:#b3261e'>" + self.tr("Secret in clear:")
                                   + "</b>")
        self.secret_label.setVisible(False)
        self.secret_edit = QLineEdit()
        self.secret_edit.setReadOnly(True)
        self.secret_edit.setVisible(False)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setVisible(False)
        self.hide_button.clicked.connect(self.hide_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_label)
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.hide_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_view, 1)
        detail_layout.addWidget(self.reason_edit)
        detail_layout.addLayout(action_row)
        detail_layout.addLayout(secret_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([330, 300])

        self.status_label = QLabel(self.tr(
            "Each decision on what the scan found is recorded in the custody ledger with your "
            "name."))
        self.status_label.setWordWrap(True)

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(filter_row)
        body_layout.addWidget(splitter, 1)
        body_layout.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addWidget(CaseNote(session, body))
        layout.addWidget(body, 1)
        session.changed.connect(self._case_changed)
        session.case_updated.connect(self._case_changed)
        self._update_actions()
        self._case_changed()

    # --- the case ------------------------------------------------------------------------------
    def _case_changed(self) -> None:
        """Read the findings again now when shown, else when next shown (a hidden page starts
        no job that would hold up signing out or closing)."""
        if self.isVisible() or self.session.case is None:
            self.load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        """Read the open case's findings again (after a scan or a decision anywhere)."""
        case = self.session.case
        if case is None:
            self.model.set_findings([])
            self._apply_filter()
            return
        if self._handle is not None:
            self._stale = True  # read again once the page's job has ended
            return
        self._stale = False
        case_dir = case.path
        self._run(lambda progress, cancel: list_findings(case_dir), self._on_loaded,
                  self.tr("Reading the findings"), exclusive=False, quietly=True)

    def _on_loaded(self, views: list[FindingView]) -> None:
        self.hide_secret()
        chosen = self.selected()
        current = self.kind_combo.currentData()
        self.model.set_findings(views)
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in self.model.kinds():
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self._apply_filter()
        self.status_label.setText(self.tr("%1 findings. Select one to see how it was found "
                                          "and to confirm or dismiss it.")
                                  .replace("%1", str(len(views))))
        if chosen is not None and any(v.id == chosen.id for v in views):
            self.select_finding(chosen.id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _regroup(self) -> None:
        self.model.set_grouping(self.group_combo.currentData())
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.kind_combo.currentData(), self.status_combo.currentData(),
                              self.exhibit_combo.exhibit())
        self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))
        self._show_selected()

    # --- the selected finding ------------------------------------------------------------------
    def selected(self) -> FindingView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.finding(self.proxy.mapToSource(index).row())

    def select_finding(self, finding_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.finding(source).id == finding_id:
                self.table.selectRow(row)
                return
        raise LookupError(finding_id)

    def _show_selected(self) -> None:
        self.hide_secret()
        view = self.selected()
        self._update_actions()
        if view is None:
            self.detail_view.setHtml("")
            return
        e = html.escape
        rows = [(self.tr("Urgent"), f"<b style='color:{_URGENT_COLOUR}'>"
                                    f"{e(URGENT_ADVICE)}</b>")] if view.urgent else []
        rows += [(self.tr("Found"), e(view.summary)),
                (self.tr("How"), e(view.method)),
                (self.tr("Confidence"), e(view.confidence)),
                (self.tr("File"), e(view.path or "-")),
                (self.tr("Where in it"), e(f"byte {view.offset}" + (f", {view.encoding} text"
                                                                    if view.encoding else ""))
                 if view.offset is not None else "-"),
                (self.tr("Times in the file"), e(str(view.count) + (
                    f" (first at bytes {', '.join(map(str, view.offsets))})"
                    if view.count > 1 else ""))),
                (self.tr("Analyzer"), e(f"{view.analyzer} {view.analyzer_version}"))]
        if view.detail.get("validation"):
            rows.append((self.tr("Checked"), e(view.detail["validation"])))
        if view.watchlist:
            rows.append((self.tr("Watch lists"), e(view.watchlist)))
        status = e(view.status)
        if view.decided_by:
            status += e(f" by {view.decided_by} at {view.decided_at}")
        rows.append((self.tr("Status"), f"<b style='color:{_STATUS_COLOURS.get(view.status)}'>"
                                        f"{status}</b>"))
        if view.sensitive:
            rows.append((self.tr("Secret"), e(self.tr(
                "This is a key to funds. It is shown shortened; only an L3 specialist can "
                "reveal it, and that is recorded."))))
        body = "".join(f"<tr><td style='padding:2px 10px 2px 0; color:#555'>{e(k)}</td>"
                       f"<td>{v}</td></tr>" for k, v in rows)
        self.detail_view.setHtml(f"<table>{body}</table>")

    def _update_actions(self) -> None:
        view = self.selected()
        busy = self._handle is not None
        for action in (self.confirm_action, self.dismiss_action, self.reveal_action):
            action.refresh()
            action.button.setEnabled(action.button.isEnabled() and view is not None
                                     and not busy)
        secret = view is not None and view.sensitive
        self.reveal_action.setVisible(secret)
        self.reveal_action.request_button.setEnabled(not busy)

    # --- actions (thin: one core call each, on the worker) ---------------------------------------
    def decide(self, decision: str) -> None:
        view, case = self.selected(), self.session.case
        if view is None or case is None:
            return
        reason = self.reason_edit.text().strip() or None
        officer = self.session.officer
        self._run(lambda progress, cancel: decide(case, view.id, decision, officer,
                                                  reason=reason),
                  self._on_decided, self.tr("Recording the decision"))

    def _on_decided(self, view: FindingView) -> None:
        self.model.replace(view)
        self.reason_edit.clear()
        self._apply_filter()
        self.status_label.setText(self.tr("Finding %1 %2; recorded in the custody ledger.")
                                  .replace("%1", str(view.id)).replace("%2", view.status))

    def reveal_or_request(self) -> None:
        view = self.selected()
        case = self.session.case
        if view is None or not view.sensitive or case is None:
            return
        officer = self.session.officer
        reason = self.reason_edit.text().strip()
        if not can_reveal(officer):
            self._run(lambda progress, cancel: request_specialist(
                case, view.id, officer, note=reason or None),
                self._on_requested, self.tr("Requesting a specialist"))
            return
        if not reason:
            self.status_label.setText(self.tr("Write the reason first: revealing a secret is "
                                              "recorded with why it was needed."))
            self.reason_edit.setFocus()
            return
        self._run(lambda progress, cancel: reveal_secret(case, view.id, officer, reason,
                                                         progress=progress, cancel=cancel),
                  self._on_revealed, self.tr("Revealing the secret"))

    def _on_requested(self, seq: int) -> None:
        self.reason_edit.clear()
        self.status_label.setText(self.tr(
            "A specialist has been requested for this finding (custody entry %1). Leave the "
            "secret where it is and do not copy it.").replace("%1", str(seq)))

    def _on_revealed(self, revealed: RevealedSecret) -> None:
        selected = self.selected()
        if selected is None or selected.id != revealed.finding.id:
            return
        self.reason_edit.clear()
        self.secret_edit.setText(revealed.text)
        for widget in (self.secret_label, self.secret_edit, self.hide_button):
            widget.setVisible(True)
        self.status_label.setText(self.tr(
            "Revealed from the evidence and recorded (custody entry %1). Hide it when done.")
            .replace("%1", str(revealed.custody_seq)))

    def hide_secret(self) -> None:
        self.secret_edit.clear()
        for widget in (self.secret_label, self.secret_edit, self.hide_button):
            widget.setVisible(False)

    def _run(self, job: Callable, on_success: Callable, action: str, *,
             exclusive: bool = True, quietly: bool = False) -> None:
        """Run ``job``; a failure is shown in a dialog, or only in the status line when the
        officer did not ask for it (``quietly``: the findings read again after a change)."""
        handle = JobHandle()
        handle.signals.succeeded.connect(on_success)
        handle.signals.failed.connect(lambda exc: self._on_failed(exc, action, quietly))
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self._update_actions()
        self.status_label.setText(action + "…")
        start_job(job, handle, exclusive=exclusive)

    def _on_failed(self, exc: BaseException, action: str, quietly: bool = False) -> None:
        self.status_label.setText(action + ": " + str(exc))
        if not quietly:
            show_exception(self, exc, action=action)

    def _on_finished(self) -> None:
        self._handle = None
        self._update_actions()
        if self._stale:
            self.load()
