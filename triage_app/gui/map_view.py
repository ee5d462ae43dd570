"""An offline map of photo positions: country outlines, graticule, place names, the photos.

Drawn with QPainter from the bundled Natural Earth outlines and the GeoNames gazetteer; it
never fetches tiles. A plate carrée (longitude/latitude) projection, stretched by the cosine of
the middle latitude so that shapes look right near the photos. Click a dot to pick the photo;
wheel to zoom, drag to move, double-click to fit the photos again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from triage_app.media import basemap
from triage_app.media.gazetteer import EARTH_RADIUS_KM

_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
_PICK_PX = 12
_WATER, _LAND, _BORDER = QColor("#d7e9f5"), QColor("#f3efe2"), QColor("#a9a496")
_GRID, _TEXT = QColor("#8aa4b8"), QColor("#334")


@dataclass(slots=True, frozen=True)
class MapPoint:
    key: str
    lat: float
    lon: float
    place: str | None = None  # the nearest gazetteer place, as a label


_land: QPainterPath | None = None


def land_path() -> QPainterPath:
    """Every country outline in one path, in (longitude, -latitude) units; built once."""
    global _land
    if _land is None:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for ring in basemap.outlines():
            path.addPolygon(QPolygonF([QPointF(lon, -lat) for lon, lat in ring.points]))
        _land = path
    return _land


class PhotoMapView(QWidget):
    photo_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.points: list[MapPoint] = []
        self.selected: str | None = None
        self.view = basemap.WORLD
        self._drag: QPointF | None = None
        self._dragged = False

    # --- what to show ---------------------------------------------------------------------
    def set_points(self, points: list[MapPoint]) -> None:
        self.points = list(points)
        self.fit()

    def set_selected(self, key: str | None) -> None:
        self.selected = key
        self.update()

    def fit(self) -> None:
        self.view = basemap.fit([(p.lat, p.lon) for p in self.points])
        self.update()

    def show_world(self) -> None:
        self.view = basemap.WORLD
        self.update()

    # --- projection -----------------------------------------------------------------------
    def _scales(self) -> tuple[float, float, float, float]:
        """(pixels per degree of longitude, of latitude, west, north) filling the widget."""
        view = self.view
        middle = (view.north + view.south) / 2
        stretch = max(math.cos(math.radians(middle)), 0.05)
        w, h = max(self.width(), 1), max(self.height(), 1)
        per_lat = min(w / (view.width * stretch), h / view.height)
        per_lon = per_lat * stretch
        # Centre the view and widen it to the widget's shape.
        west = (view.west + view.east) / 2 - w / per_lon / 2
        north = middle + h / per_lat / 2
        return per_lon, per_lat, west, north

    def to_pixel(self, lat: float, lon: float) -> QPointF:
        per_lon, per_lat, west, north = self._scales()
        return QPointF((lon - west) * per_lon, (north - lat) * per_lat)

    def to_degrees(self, point: QPointF) -> tuple[float, float]:
        per_lon, per_lat, west, north = self._scales()
        return north - point.y() / per_lat, west + point.x() / per_lon

    def visible(self) -> basemap.View:
        south_lat, west_lon = self.to_degrees(QPointF(0, self.height()))
        north_lat, east_lon = self.to_degrees(QPointF(self.width(), 0))
        return basemap.View(west_lon, south_lat, east_lon, north_lat)

    # --- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), _WATER)
        per_lon, per_lat, west, north = self._scales()
        painter.save()
        painter.setTransform(QTransform(per_lon, 0, 0, per_lat, -west * per_lon,
                                        north * per_lat))
        pen = QPen(_BORDER, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(_LAND)
        painter.drawPath(land_path())
        painter.restore()
        shown = self.visible()
        self._graticule(painter, shown)
        taken = self._photo_labels(painter)
        self._cities(painter, shown, taken)
        self._photos(painter)
        self._scale_bar(painter, shown)
        self._attribution(painter)
        painter.end()

    def _graticule(self, painter: QPainter, shown: basemap.View) -> None:
        step = basemap.graticule_step(max(shown.width, shown.height))
        pen = QPen(_GRID, 1, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        font = QFont()
        font.setPointSize(8)
        painter.setFont(font)
        lon = math.ceil(max(shown.west, -180) / step) * step
        while lon <= min(shown.east, 180):
            x = self.to_pixel(0, lon).x()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.drawText(QPointF(x + 3, self.height() - 4),
                             basemap.format_degrees(lon, step, "E", "W"))
            lon += step
        lat = math.ceil(max(shown.south, -90) / step) * step
        while lat <= min(shown.north, 90):
            y = self.to_pixel(lat, 0).y()
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.drawText(QPointF(3, y - 3), basemap.format_degrees(lat, step, "N", "S"))
            lat += step

    def _cities(self, painter: QPainter, shown: basemap.View, taken: list[QRectF]) -> None:
        font = QFont()
        font.setPointSize(8)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(QColor("#6b6658"))
        painter.setBrush(QColor("#6b6658"))
        for city in basemap.cities():
            if not shown.contains(city.lat, city.lon):
                continue
            at = self.to_pixel(city.lat, city.lon)
            label = QRectF(at.x() + 4, at.y() - metrics.height() + 2,
                           metrics.horizontalAdvance(city.name), metrics.height())
            if any(label.intersects(other) for other in taken):
                continue
            taken.append(label)
            painter.drawEllipse(at, 2, 2)
            painter.drawText(label, city.name)

    def _photo_labels(self, painter: QPainter) -> list[QRectF]:
        """Place names beside the photos (the selected one first); overlapping ones are left
        out. Returns the space they take, which city labels then avoid."""
        font = QFont()
        font.setPointSize(9)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        taken: list[QRectF] = []
        labelled: set[str] = set()
        ordered = sorted(self.points, key=lambda p: p.key != self.selected)
        for point in ordered:
            if not point.place or point.place in labelled:
                continue
            at = self.to_pixel(point.lat, point.lon)
            box = QRectF(at.x() + 9, at.y() - 8 - metrics.ascent(),
                         metrics.horizontalAdvance(point.place) + 4, metrics.height())
            if any(box.intersects(other) for other in taken):
                continue
            labelled.add(point.place)
            taken.append(box)
            painter.fillRect(box, QColor(255, 255, 255, 190))
            painter.setPen(_TEXT)
            painter.drawText(box.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             point.place)
        return taken

    def _photos(self, painter: QPainter) -> None:
        chosen = None
        for point in self.points:
            if point.key == self.selected:
                chosen = point
                continue
            at = self.to_pixel(point.lat, point.lon)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor("#d1342f"))
            painter.drawEllipse(at, 5.5, 5.5)
        if chosen is not None:
            at = self.to_pixel(chosen.lat, chosen.lon)
            painter.setPen(QPen(QColor("#1f5fbf"), 3))
            painter.setBrush(QBrush(QColor("#ffd400")))
            painter.drawEllipse(at, 9, 9)

    def _scale_bar(self, painter: QPainter, shown: basemap.View) -> None:
        per_lon = self._scales()[0]
        middle = math.radians((shown.north + shown.south) / 2)
        km_per_px = _KM_PER_DEGREE * math.cos(middle) / per_lon
        if km_per_px <= 0:
            return
        length = basemap.nice_length(km_per_px * 120)
        px = length / km_per_px
        x, y = 12, self.height() - 30
        painter.fillRect(QRectF(x - 6, y - 20, px + 12, 28), QColor(255, 255, 255, 200))
        painter.setPen(QPen(QColor("#222"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + px, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
        painter.drawLine(QPointF(x + px, y - 4), QPointF(x + px, y + 4))
        text = f"{length:g} km" if length >= 1 else f"{length * 1000:g} m"
        painter.drawText(QPointF(x, y - 6), text)

    def _attribution(self, painter: QPainter) -> None:
        font = QFont()
        font.setPointSize(7)
        painter.setFont(font)
        text = self.tr("Offline map: Natural Earth (public domain), places © GeoNames "
                       "(CC BY 4.0)")
        width = QFontMetrics(font).horizontalAdvance(text) + 8
        box = QRectF(self.width() - width - 4, 4, width, QFontMetrics(font).height() + 2)
        painter.fillRect(box, QColor(255, 255, 255, 200))
        painter.setPen(QColor("#445"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- interaction ----------------------------------------------------------------------
    def point_at(self, pixel: QPointF) -> MapPoint | None:
        best, best_px = None, float(_PICK_PX)
        for point in self.points:
            at = self.to_pixel(point.lat, point.lon)
            distance = math.hypot(at.x() - pixel.x(), at.y() - pixel.y())
            if distance <= best_px:
                best, best_px = point, distance
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag, self._dragged = event.position(), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        delta = event.position() - self._drag
        if abs(delta.x()) + abs(delta.y()) < 3 and not self._dragged:
            return
        self._dragged = True
        per_lon, per_lat, _west, _north = self._scales()
        view = self.view
        self.view = basemap.clamp(basemap.View(
            view.west - delta.x() / per_lon, view.south + delta.y() / per_lat,
            view.east - delta.x() / per_lon, view.north + delta.y() / per_lat))
        self._drag = event.position()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._dragged:
            point = self.point_at(event.position())
            if point is not None:
                self.set_selected(point.key)
                self.photo_clicked.emit(point.key)
        self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        lat, lon = self.to_degrees(event.position())
        factor = 0.8 if event.angleDelta().y() > 0 else 1.25
        self.view = basemap.zoom(self.visible(), factor, lat, lon)
        self.update()
