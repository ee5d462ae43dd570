"""Item models over core records (the views never see the case store directly)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from triage_app.core.units import human_size
from triage_app.engine.process import FileResult


class FileResultsModel(QAbstractTableModel):
    # QT_TRANSLATE_NOOP lets lupdate collect the headers; headerData translates them.
    HEADERS: tuple[str, ...] = tuple(map(str, (
        QT_TRANSLATE_NOOP("FileResultsModel", "Path"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Type"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Size"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Deleted"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Content type"),
        QT_TRANSLATE_NOOP("FileResultsModel", "SHA-256"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Findings"),
        QT_TRANSLATE_NOOP("FileResultsModel", "Problem"),
    )))

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[FileResult] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        entry = result.entry
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and result.findings:
            return "\n".join(f"{f.summary}\n  how: {f.method}" for f in result.findings)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (entry.path, entry.type, human_size(entry.size) if entry.type == "file" else "",
                "deleted" if entry.deleted else "", result.mime or "",
                result.hashes.get("sha256", ""),
                "; ".join(f.summary for f in result.findings), result.error or "")[column]

    def append(self, results: list[FileResult]) -> None:
        if not results:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(results) - 1)
        self._rows.extend(results)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def result(self, row: int) -> FileResult:
        return self._rows[row]
