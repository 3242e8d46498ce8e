"""Qt backends of the readiness check: camera and microphone through QtMultimedia, the WebRTC
probe in QtWebEngine, the microphone level, and a QObject that runs the check in the
background and signals results."""
