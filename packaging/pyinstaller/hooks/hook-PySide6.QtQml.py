"""Replaces PyInstaller's QtQml hook: the kiosk's own code has no QML.

QtWebEngineCore links the QtQml and QtQuick libraries, so PyInstaller runs the QtQml hook, and
the stock hook collects every QML plugin of the wheel (Qt 3D, Charts, Location, Quick 3D, ...:
over 200 MB). The libraries themselves are still collected; only the QML plugins are left out,
but for those the on-screen keyboard loads, which the spec adds (ON_SCREEN_KEYBOARD_QML).
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
