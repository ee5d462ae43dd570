"""Check an address: type, paste or photograph a crypto-currency address, key or seed phrase.

An L1 task (design section 1); each check is recorded in the open case (for the exhibit it was
found on, when chosen), and works without a case, unrecorded. The page only collects the input
and shows the answer; the checking, the watch-list match and the custody entry are one core job
(:func:`triage_app.operations.spot_check.check_job`) run on the worker adapter. Secrets are shown
redacted, and lines that held one are taken out of the input box once checked.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triage_app.errors import NotAuthorised
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.errors import show_exception
from triage_app.gui.exhibits import ExhibitChooser
from triage_app.gui.session import CaseSession
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations.spot_check import (
    ACTION,
    CheckOutcome,
    SpotCheck,
    check_job,
    split_inputs,
)

_GREEN, _RED, _AMBER = "#1b6e20", "#b3261e", "#8a5300"


class CryptoCheckPage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.outcome: CheckOutcome | None = None
        self._handle: JobHandle | None = None

        intro = QLabel(self.tr(
            "Type or paste a crypto-currency address, private key or seed phrase (one per "
            "line), or open a photo of a QR code. Nothing leaves this computer."))
        intro.setWordWrap(True)

        self.input_edit = QPlainTextEdit()
        self.input_edit.setPlaceholderText(self.tr(
            "e.g. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n"
            "A seed phrase goes on one line, words separated by spaces."))
        self.input_edit.setMaximumHeight(110)

        self.check_action = GuardedAction(session, ACTION, self.tr("C&heck"), self.check_typed)
        self.check_action.button.setProperty("role", "primary")
        self.check_button = self.check_action.button
        self.check_button.setDefault(True)
        self.photo_action = GuardedAction(session, ACTION, self.tr("Read &QR code from a photo…"),
                                          self._choose_photo)
        self.photo_button = self.photo_action.button
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_action)
        buttons.addWidget(self.photo_action)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        self.exhibit_combo = ExhibitChooser(session, none_text=self.tr("(not from an exhibit)"))
        form = QFormLayout()
        form.addRow(self.tr("Found on e&xhibit"), self.exhibit_combo)

        self.status_label = QLabel(self.tr(
            "Private keys and seed phrases are always shown shortened; the ledger holds only "
            "the shortened form."))
        self.status_label.setWordWrap(True)

        self.results_view = QTextBrowser()
        self.results_view.setOpenLinks(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.input_edit)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results_view, 1)

    # --- actions (thin: one core job each) --------------------------------------------------
    def check_typed(self) -> None:
        texts = split_inputs(self.input_edit.toPlainText())
        if not texts:
            self.status_label.setText(self.tr("Type or paste something to check first."))
            return
        self._start(texts=texts, photo_path=None)

    def check_photo(self, path: str) -> None:
        self._start(texts=None, photo_path=path)

    def clear(self) -> None:
        self.input_edit.clear()
        self.results_view.clear()
        self.outcome = None

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of a QR code"), "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;"
                    "All files (*)"))
        if path:
            self.check_photo(path)

    def _start(self, *, texts: list[str] | None, photo_path: str | None) -> None:
        case, exhibit = self.session.case, self.exhibit_combo.exhibit()
        handle = JobHandle()
        handle.signals.succeeded.connect(self._on_done)
        handle.signals.failed.connect(self._on_failed)
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self._set_busy(True)
        self.status_label.setText(self.tr("Reading the photo…") if photo_path
                                  else self.tr("Checking…"))
        start_job(check_job(texts, officer=self.session.officer, case=case, exhibit=exhibit,
                            photo_path=photo_path), handle, exclusive=case is not None)

    # --- results -----------------------------------------------------------------------------
    def _on_done(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        if outcome.photo is None and any(c.secret for c in outcome.checks):
            # Take secrets out of the box: what stays on screen is the shortened form below.
            kept = [c.result.input for c in outcome.checks if not c.secret]
            self.input_edit.setPlainText("\n".join(kept))
            removed = self.tr("Secrets were taken out of the box above.")
        else:
            removed = ""
        valid = sum(c.valid for c in outcome.checks)
        parts = [self.tr("%1 checked, %2 valid.").replace("%1", str(len(outcome.checks)))
                 .replace("%2", str(valid))]
        if outcome.photo is not None:
            parts.append(self.tr("Read from the photo %1.").replace("%1", outcome.photo.name))
        if outcome.recorded_in:
            self.session.recorded()
            parts.append(self.tr("Each check is recorded in the custody ledger of %1.")
                         .replace("%1", outcome.recorded_in))
        else:
            parts.append(self.tr("Not recorded: no case is open."))
        self.status_label.setText(" ".join(parts + ([removed] if removed else [])))
        self.results_view.setHtml("".join(self._card(c) for c in outcome.checks))

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Could not finish: ") + str(exc))
        if isinstance(exc, NotAuthorised):
            offer_specialist(self, self.session, exc, exhibit=self.exhibit_combo.exhibit())
            return
        show_exception(self, exc, action=self.tr("Checking"))

    def _on_finished(self) -> None:
        self._set_busy(False)
        self._handle = None

    def _set_busy(self, busy: bool) -> None:
        for action in (self.check_action, self.photo_action):
            if busy:
                action.button.setEnabled(False)
            else:
                action.refresh()
        self.clear_button.setEnabled(not busy)

    def _card(self, item: SpotCheck) -> str:
        e = html.escape
        r = item.result
        if r.valid:
            kinds = {"address": self.tr("address"), "private-key": self.tr("PRIVATE KEY"),
                     "extended-key": self.tr("extended key"),
                     "seed-phrase": self.tr("SEED PHRASE"), "public-key": self.tr("public key")}
            colour = _RED if item.secret else _GREEN
            verdict = self.tr("VALID") + " " + kinds.get(r.kind or "", r.kind or "")
            if item.watch is not None and item.watch.listed:
                colour, verdict = _RED, verdict + " - " + self.tr("ON A WATCH LIST")
        else:
            colour = _AMBER
            verdict = self.tr("NOT RECOGNISED")
        rows = [(self.tr("Checked"), e(item.shown)
                 + (f" <i>({e(self.tr('shortened: it is a secret'))})</i>" if item.secret else ""))]
        if item.source != "typed":
            rows.append((self.tr("From"), e(item.source)))
        if r.hidden_note:
            rows.append((self.tr("Hidden characters"),
                         f"<b style='color:{_AMBER}'>{e(r.hidden_note)}</b>"))
        if r.valid and r.normalized and not item.secret:
            rows.append((self.tr("Text checked"), e(r.normalized)))
        if r.valid:
            rows.append((self.tr("Could be"), "<br>".join(e(x) for x in item.readings())))
            rows.append((self.tr("Verified"), e(r.validation or "")))
        elif item.reason:
            rows.append((self.tr("Why"), e(item.reason)))
        rows.append((self.tr("What it is"), e(item.explanation)))
        rows.append((self.tr("Next step"), f"<b>{e(r.next_step)}</b>"))
        if item.watch is not None:
            text = e(item.watch.summary)
            if item.watch.listed:
                text = f"<b style='color:{_RED}'>{text}</b>"
            rows.append((self.tr("Watch lists"), text))
        if item.recorded_seq is not None:
            rows.append((self.tr("Custody"), e(self.tr("recorded as entry %1")
                                               .replace("%1", str(item.recorded_seq)))))
        body = "".join(f"<tr><td style='padding:2px 10px 2px 0; color:#555'>{e(k)}</td>"
                       f"<td style='padding:2px 0'>{v}</td></tr>" for k, v in rows)
        return (f"<div style='margin-bottom:14px'>"
                f"<div style='font-size:15pt; font-weight:bold; color:{colour}'>{e(verdict)}</div>"
                f"<table>{body}</table></div><hr>")

    def results_text(self) -> str:
        return self.results_view.toPlainText()
