"""The embedded SRS + IDP + RA + ISP-page simulator: training mode and the client's test peer.

An independent implementation of `kiosk/srs/CONTRACT.md` (its own data and parsing; no Qt).
Entry points: `kiosk.simulator.server.EmbeddedSimulator` (background thread) and
`kiosk.simulator.server.serve` (foreground), both over `kiosk.simulator.app.create_app`.
"""
