"""What screen readers (AT-SPI on Linux, UI Automation, VoiceOver) need beyond Qt's defaults.

- Qt's accessible for scroll areas (``QAccessibleAbstractScrollArea``) answers ``child(i)``
  from a list that leaves out the scroll bars' containers while they are hidden (as on every
  page of a stack not shown), with no bounds check: a screen reader that asks for a child by an
  index it read a moment earlier, while the screen changes, crashes the kiosk (SIGSEGV). The
  factory below gives scroll areas the plain widget accessible instead: its children are the
  scroll area's child widgets, hidden or not (marked invisible), each ``child(i)`` checked.
- (Not here: on Linux Qt announces a combo box by its current text, "Any"; its caption reaches
  the screen reader only as a label relation, so every caption label has its field as buddy.)"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractScrollArea, QAccessibleWidget

# The class names Qt's own factory gives QAccessibleAbstractScrollArea (or its subclass
# QAccessibleScrollArea); item views, text edits and the like have accessibles of their own.
_SCROLL_AREA_CLASSES = frozenset({"QScrollArea", "QAbstractScrollArea"})
_installed = False


def _bounded_scroll_area(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name in _SCROLL_AREA_CLASSES and isinstance(obj, QAbstractScrollArea):
        return QAccessibleWidget(obj, QAccessible.Role.Client)
    return None


def install_accessibility() -> None:
    """Install the bounds-checked scroll-area accessible (once; needs the QApplication: the
    factory is asked before Qt's own, for every class name up the object's hierarchy)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_bounded_scroll_area)
        _installed = True

