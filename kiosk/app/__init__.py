"""The kiosk's application layer: Qt core only (no widgets).

The customer's path (``flow.CustomerFlow``) on the terminal's services (``terminal.Terminal``:
order tracking, staff orders, the staff PIN, readiness verdicts, languages, settings), the
lifecycle stages and idle rules, settings persistence and the asyncio-on-Qt glue. ``kiosk.ui``
builds on this; this never imports it.
"""
