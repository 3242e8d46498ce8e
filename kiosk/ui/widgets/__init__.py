"""Reusable widgets: QR code, method card, status timeline, PIN pad, small helpers."""
