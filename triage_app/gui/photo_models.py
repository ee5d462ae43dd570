"""Item models for the photo gallery: tiles (previews, placeholders, warning tiles) and the
sort/filter proxy. Previews are small JPEGs the fenced worker made; nothing else is decoded here,
and a withheld (notable) photo has no bytes at all on this side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen, QPixmap

from triage_app.gui.i18n import tr
from triage_app.operations.gallery import GalleryPhoto

TILE = QSize(168, 126)
NO_CAMERA = "\x00none"  # the camera filter's value for "no camera recorded"

PhotoRole = Qt.ItemDataRole.UserRole + 1
TimeRole = Qt.ItemDataRole.UserRole + 2
CameraRole = Qt.ItemDataRole.UserRole + 3
HasGpsRole = Qt.ItemDataRole.UserRole + 4
KeyRole = Qt.ItemDataRole.UserRole + 5


def has_problem(photo: GalleryPhoto) -> bool:
    """A warning worth a badge: the file or its metadata is malformed or could not be read."""
    return not photo.read and photo.notable is None or any(
        w.startswith(("malformed", "cannot read", "no preview", "the picture does not decode",
                      "the content read now differs")) for w in photo.meta.warnings)


def render_tile(photo: GalleryPhoto, size: QSize = TILE) -> QPixmap:
    """The tile for one photo: its preview, a neutral placeholder, or a warning tile."""
    tile = QPixmap(size)
    tile.fill(QColor("#f4f4f4"))
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRect(0, 0, size.width(), size.height())
    image = QImage()
    if photo.withheld:
        _placeholder(painter, box)
    elif photo.preview and image.loadFromData(photo.preview, "JPEG"):
        scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((size.width() - scaled.width()) // 2,
                          (size.height() - scaled.height()) // 2, scaled)
        if has_problem(photo):
            _badge(painter, box)
    else:
        _warning_tile(painter, box, photo)
    painter.end()
    return tile


def _placeholder(painter: QPainter, box: QRect) -> None:
    # Neutral on purpose: no shape or colour of the withheld picture, which is never read.
    gradient = QLinearGradient(0, 0, 0, box.height())
    gradient.setColorAt(0, QColor("#8a8f98"))
    gradient.setColorAt(1, QColor("#5f646c"))
    painter.fillRect(box, gradient)
    painter.setPen(QPen(QColor("white"), 3))
    r = min(box.width(), box.height()) // 5
    centre = box.center()
    painter.drawEllipse(centre.x() - r, centre.y() - r - 14, 2 * r, 2 * r)
    painter.drawLine(centre.x() - r + 6, centre.y() + r - 20, centre.x() + r - 6,
                     centre.y() - r - 8)
    font = QFont()
    font.setBold(True)
    font.setPointSize(9)
    painter.setFont(font)
    painter.drawText(box.adjusted(4, 0, -4, -6),
                     Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
                     | Qt.TextFlag.TextWordWrap, tr("notable match — not shown"))


def _warning_tile(painter: QPainter, box: QRect, photo: GalleryPhoto) -> None:
    painter.fillRect(box, QColor("#fff1d6"))
    painter.setPen(QPen(QColor("#c77700"), 3))
    painter.drawRect(box.adjusted(1, 1, -2, -2))
    font = QFont()
    font.setPointSize(28)
    painter.setFont(font)
    painter.drawText(box.adjusted(0, 8, 0, 0),
                     Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, "⚠")
    font.setPointSize(9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#6b4000"))
    text = (tr("could not be read") if has_problem(photo) or not photo.read
            else tr("no picture to show (metadata only)"))
    painter.drawText(box.adjusted(6, 0, -6, -8),
                     Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
                     | Qt.TextFlag.TextWordWrap, text)


def _badge(painter: QPainter, box: QRect) -> None:
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(QColor("#d98200"))
    painter.drawEllipse(box.right() - 28, box.top() + 4, 24, 24)
    font = QFont()
    font.setBold(True)
    font.setPointSize(11)
    painter.setFont(font)
    painter.drawText(QRect(box.right() - 28, box.top() + 4, 24, 24),
                     Qt.AlignmentFlag.AlignCenter, "!")


def caption(photo: GalleryPhoto) -> str:
    when = photo.meta.datetime_original
    return photo.location.name + "\n" + (when.replace("T", " ")[:16] if when else tr("no date"))


class PhotoListModel(QAbstractListModel):
    """The photos read so far, in arrival order; tiles are drawn once per photo."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._photos: list[GalleryPhoto] = []
        self._tiles: list[QPixmap] = []
        self._rows: dict[str, int] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return caption(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._tiles[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(photo)
        if role == PhotoRole:
            return photo
        if role == TimeRole:
            return photo.meta.datetime_original
        if role == CameraRole:
            return photo.meta.camera or NO_CAMERA
        if role == HasGpsRole:
            return photo.meta.gps is not None
        if role == KeyRole:
            return photo.key
        return None

    @staticmethod
    def _tooltip(photo: GalleryPhoto) -> str:
        lines = [photo.location.shown]
        if photo.withheld:
            lines.append(tr("Notable known-file match: not shown."))
        else:
            lines.append(photo.meta.camera or tr("no camera recorded"))
            if photo.place:
                lines.append(tr("near ") + f"{photo.place.name}, {photo.place.country}")
            lines.extend(photo.meta.warnings[:3])
        # Plain text on purpose: metadata is untrusted and Qt renders rich-text tooltips.
        return "\n".join(line.replace("<", "‹") for line in lines)

    def append(self, photos: list[GalleryPhoto]) -> None:
        if not photos:
            return
        start = len(self._photos)
        self.beginInsertRows(QModelIndex(), start, start + len(photos) - 1)
        for photo in photos:
            self._rows[photo.key] = len(self._photos)
            self._photos.append(photo)
            self._tiles.append(render_tile(photo))
        self.endInsertRows()

    def replace(self, photo: GalleryPhoto) -> None:
        row = self._rows.get(photo.key)
        if row is None:
            return
        self._photos[row] = photo
        self._tiles[row] = render_tile(photo)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def clear(self) -> None:
        self.beginResetModel()
        self._photos.clear()
        self._tiles.clear()
        self._rows.clear()
        self.endResetModel()

    def photos(self) -> list[GalleryPhoto]:
        return list(self._photos)

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def cameras(self) -> list[str]:
        return sorted({p.meta.camera for p in self._photos if p.meta.camera})


class PhotoFilterModel(QSortFilterProxyModel):
    """Filter by camera and "has GPS"; sort by time taken (photos without a time last) or name."""

    BY_TIME, BY_NAME = "time", "name"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.camera: str | None = None  # None: every camera; NO_CAMERA: none recorded
        self.gps_only = False
        self.sort_key = self.BY_TIME
        self.setDynamicSortFilter(True)

    def set_camera(self, camera: str | None) -> None:
        self._refilter(lambda: setattr(self, "camera", camera))

    def set_gps_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "gps_only", on))

    def _refilter(self, change) -> None:
        # Qt 6.9 replaced invalidateFilter() with begin/endFilterChange() around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def set_sort(self, key: str, order: Qt.SortOrder) -> None:
        self.sort_key = key
        self.invalidate()
        self.sort(0, order)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(row, 0, parent)
        if self.camera is not None and index.data(CameraRole) != self.camera:
            return False
        return not self.gps_only or bool(index.data(HasGpsRole))

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        if self.sort_key == self.BY_NAME:
            return left.data(KeyRole).lower() < right.data(KeyRole).lower()
        a, b = left.data(TimeRole), right.data(TimeRole)
        if a is None or b is None:
            # Undated photos go last whichever way the list is sorted.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            if a is None and b is None:
                return left.data(KeyRole) < right.data(KeyRole)
            return (a is not None) == ascending
        # Compare the local clock reading (offsets are not always recorded).
        return (a[:19], left.data(KeyRole)) < (b[:19], right.data(KeyRole))

    def photo(self, row: int) -> GalleryPhoto:
        return self.index(row, 0).data(PhotoRole)
