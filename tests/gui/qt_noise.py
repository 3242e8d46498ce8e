"""Qt log messages that headless test runs cannot avoid, shared by the GUI tests."""

from __future__ import annotations

# QtMultimedia on a headless machine: it looks for VA-API and PipeWire libraries that are not
# installed, and for a PulseAudio server that is not running. Not the product's doing.
QT_MULTIMEDIA_HEADLESS = (
    r"qt\.multimedia\.symbolsresolver|Couldn't (load|resolve) .*(librar|symbols)",
    "PulseAudioService: pa_context_connect",
)
