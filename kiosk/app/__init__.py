"""The kiosk's application layer: Qt core only (no widgets).

Session controller and lifecycle stages, the order watch, the staff PIN, the idle timer, settings
persistence and the asyncio-on-Qt glue. ``kiosk.ui`` builds on this; this never imports it.
"""
