"""Terminal readiness check: can this terminal run each identification method, and why not.

``core`` holds the probes, the runner, the per-method verdicts and the report (pure Python, no
Qt); ``qt`` holds the Qt backends (camera and microphone through QtMultimedia, the WebRTC probe
in QtWebEngine); ``command`` is ``srs-kiosk check``.
"""
