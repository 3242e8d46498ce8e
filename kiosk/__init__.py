"""SRS Branch Kiosk: identify customers for electronic signatures through Swisscom's SRS."""

__version__ = "0.1.0"
