"""What the staff screens share: a title, a "Back" button and the ``closed`` signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..screens.base import ScreenBase
from ..widgets.common import button, label, scroll_area, set_button


class StaffScreen(ScreenBase):
    """Subclasses add their content to ``self.content`` and their buttons to ``self.footer``;
    ``Back`` emits ``closed``."""

    staff_facing = True

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, scrolling: bool = False) -> None:
        """``scrolling``: the content scrolls when the window is small (kiosk screens can be
        700 px high)."""
        super().__init__(parent)
        outer = QVBoxLayout(self)
        # The buttons keep off the screen's bottom edge, as on the customer screens.
        outer.setContentsMargins(32, 8, 32, 24)
        outer.setSpacing(8)
        self.header = QHBoxLayout()
        self.title = label("title")
        self.header.addWidget(self.title, 1)
        self.back = button()
        self.back.clicked.connect(self.close_screen)
        self.header.addWidget(self.back, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(self.header)
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        if scrolling:
            host = QWidget()
            host.setLayout(self.content)
            self.scroll_area = scroll_area(host)
            outer.addWidget(self.scroll_area, 1)
        else:
            outer.addLayout(self.content, 1)
        self.footer = QHBoxLayout()  # buttons, outside the scrolling part
        outer.addLayout(self.footer)

    def back_to_footer(self) -> None:
        """No header row: "Back" goes to the footer (for content with its own title)."""
        self.header.removeWidget(self.back)
        self.title.hide()
        self.footer.addStretch()
        self.footer.addWidget(self.back, 0, Qt.AlignmentFlag.AlignRight)

    def close_screen(self) -> None:
        self.leave()
        self.closed.emit()

    def retranslate_back(self, what: str) -> None:
        set_button(self.back, self.tr("Back"), what)
