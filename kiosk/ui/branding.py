"""The bank's logo (``[branding] logo``, SVG or PNG) as a picture for the start screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImageReader, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

log = logging.getLogger(__name__)

# The least height the logo shrinks to where the screen has no more room (a small screen with
# large text): still recognisable, and the start button stays on the screen.
LOGO_LEAST_HEIGHT = 40


def logo_pixmap(path: Path, box: QSize, device_ratio: float = 1.0) -> QPixmap:
    """The logo as large as fits ``box`` (its proportions kept; an SVG drawn at that size,
    sharp on high-density screens); an empty pixmap, logged, if it cannot be read."""
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        _cannot_read(path, reader)
        return QPixmap()
    size.scale(box * device_ratio, Qt.AspectRatioMode.KeepAspectRatio)
    reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        _cannot_read(path, reader)
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def _cannot_read(path: Path, reader: QImageReader) -> None:
    # The error's name, not its errorString(): that comes in the customer's language.
    log.warning("the logo %s cannot be read: %s", path, reader.error().name)


class LogoLabel(QLabel):
    """The logo at its own size where there is room, smaller (proportions kept, centred) where
    the screen has less: its minimum is a small logo, not the whole picture, so a large logo
    never makes the window taller than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        picture = self.pixmap()
        if picture.isNull():
            return super().minimumSizeHint()
        size = picture.deviceIndependentSize().toSize()
        if size.height() > LOGO_LEAST_HEIGHT:
            size.scale(QSize(size.width(), LOGO_LEAST_HEIGHT), Qt.AspectRatioMode.KeepAspectRatio)
        return size

    def paintEvent(self, event: QPaintEvent) -> None:
        picture = self.pixmap()
        if picture.isNull():
            super().paintEvent(event)
            return
        room = self.contentsRect()
        size = picture.deviceIndependentSize().toSize()
        if size.width() > room.width() or size.height() > room.height():
            size.scale(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(room.center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, picture)
