"""The bank's logo (``[branding] logo``, SVG or PNG) as a picture for the start screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

log = logging.getLogger(__name__)


def logo_pixmap(path: Path, box: QSize, device_ratio: float = 1.0) -> QPixmap:
    """The logo as large as fits ``box`` (its proportions kept; an SVG drawn at that size,
    sharp on high-density screens); an empty pixmap, logged, if it cannot be read."""
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        log.warning("the logo %s cannot be read: %s", path, reader.errorString())
        return QPixmap()
    size.scale(box * device_ratio, Qt.AspectRatioMode.KeepAspectRatio)
    reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        log.warning("the logo %s cannot be read: %s", path, reader.errorString())
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap
