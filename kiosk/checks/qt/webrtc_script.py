"""The page the WebRTC probe runs in the web engine.

ICE candidates are gathered first, before the page has camera access: Chromium then hides host
addresses behind mDNS names and always reports the server-reflexive candidate, which is the one
that tells whether UDP gets out. After that the page asks for camera and microphone, reads the
camera track's size, and stops the tracks. The result goes to the console, tagged with a token
only this run knows.
"""

from __future__ import annotations

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>readiness check</title></head><body><script>
"use strict";
function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) =>
    setTimeout(() => reject(new Error(what + " took longer than " + ms + " ms")), ms))]);
}
function gathered(pc, ms) {
  return new Promise(resolve => {
    if (pc.iceGatheringState === "complete") { resolve(); return; }
    pc.addEventListener("icegatheringstatechange", () => {
      if (pc.iceGatheringState === "complete") resolve();
    });
    setTimeout(resolve, ms);  // what came in by then is the answer
  });
}
async function readinessCheck(cfg) {
  const out = {engine_error: null, peer_connection: false, candidates: [], ice_errors: [],
               video: null, audio: false, media_error: null};
  try {
    const pc = new RTCPeerConnection({iceServers: cfg.stun ? [{urls: "stun:" + cfg.stun}] : []});
    out.peer_connection = true;
    pc.addEventListener("icecandidate", e => {
      const c = e.candidate;
      if (c && c.candidate) out.candidates.push([c.type || "", c.protocol || "", c.address || ""]);
    });
    pc.addEventListener("icecandidateerror", e => {
      out.ice_errors.push(e.errorCode + " " + (e.errorText || "") + " " + (e.url || ""));
    });
    pc.createDataChannel("probe");
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc, cfg.gatherMs);
    pc.close();
  } catch (e) {
    out.engine_error = e.name + ": " + e.message;
  }
  try {
    const stream = await withTimeout(navigator.mediaDevices.getUserMedia(
      {video: {width: {ideal: 1280}, height: {ideal: 720}}, audio: true}), cfg.mediaMs,
      "getUserMedia");
    const video = stream.getVideoTracks()[0];
    if (video) {
      const s = video.getSettings();
      out.video = [s.width || 0, s.height || 0];
    }
    out.audio = stream.getAudioTracks().length > 0;
    stream.getTracks().forEach(t => t.stop());
  } catch (e) {
    out.media_error = e.name + ": " + e.message;
  }
  console.log(cfg.token + JSON.stringify(out));
}
</script></body></html>
"""
