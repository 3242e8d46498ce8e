"""A QR code drawn module by module with QPainter: crisp at any size (whole-pixel modules),
a quiet zone of 4 modules, error correction M."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

QUIET_ZONE = 4


def qr_matrix(data: str) -> list[list[bool]]:
    import qrcode  # on the first code shown, not before the kiosk's first paint
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


class QrCodeWidget(QWidget):
    """Shows ``data`` as a QR code, as large as the widget allows; nothing when cleared."""

    def __init__(self, minimum: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: str | None = None
        self._matrix: list[list[bool]] = []
        self._minimum = minimum
        # Where the code sits in a widget taller or wider than it: a caption right under a
        # code aligned to the bottom stays next to it.
        self.alignment = Qt.AlignmentFlag.AlignCenter
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def data(self) -> str | None:
        return self._data

    def set_data(self, data: str | None) -> None:
        self._data = data or None
        self._matrix = qr_matrix(data) if data else []
        self.update()

    def clear(self) -> None:
        self.set_data(None)

    def hasHeightForWidth(self) -> bool:
        return self.sizePolicy().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return min(width, self.maximumHeight())  # a capped code asks no more height

    def sizeHint(self) -> QSize:
        return QSize(self._minimum * 2, self._minimum * 2)

    def module_px(self) -> int:
        """Pixels per module at the current size (0 when nothing is shown)."""
        if not self._matrix:
            return 0
        return min(self.width(), self.height()) // (len(self._matrix) + 2 * QUIET_ZONE)

    def code_rect(self) -> QRect:
        """Where the code and its quiet zone are painted (empty when nothing is shown)."""
        if not self._matrix:
            return QRect()
        side = max(1, self.module_px()) * (len(self._matrix) + 2 * QUIET_ZONE)
        return QStyle.alignedRect(
            Qt.LayoutDirection.LeftToRight, self.alignment, QSize(side, side), self.rect()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        module = max(1, self.module_px())
        square = self.code_rect()
        left, top = square.left(), square.top()
        painter.fillRect(square, QColor("#ffffff"))
        dark = QColor("#000000")
        for y, row in enumerate(self._matrix):
            run_start = -1
            for x, on in enumerate([*row, False]):
                if on and run_start < 0:
                    run_start = x
                elif not on and run_start >= 0:
                    painter.fillRect(
                        left + (QUIET_ZONE + run_start) * module,
                        top + (QUIET_ZONE + y) * module,
                        (x - run_start) * module,
                        module,
                        dark,
                    )
                    run_start = -1
        painter.end()
