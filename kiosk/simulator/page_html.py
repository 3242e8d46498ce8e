"""HTML of the fake ISP pages: self-contained (inline CSS and JS), stable element ids for tests."""

from __future__ import annotations

import json
from html import escape

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1b1f24; }
main { max-width: 44rem; margin: 2rem auto; padding: 1.5rem 2rem; background: #fff;
       border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
header { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: #5b6470; }
video { width: 100%; max-width: 640px; background: #000; border-radius: 6px; }
label { display: block; margin: .8rem 0 .2rem; }
input, select { font-size: 1rem; padding: .4rem; width: 100%; box-sizing: border-box; }
.actions { margin-top: 1.2rem; display: flex; gap: .8rem; }
button { font-size: 1rem; padding: .6rem 1.2rem; border-radius: 6px; border: 1px solid #888;
         cursor: pointer; }
button#complete { background: #0b6e4f; color: #fff; border-color: #0b6e4f; }
button:disabled { opacity: .5; cursor: default; }
#error { color: #a4161a; }
#result { margin-top: 1rem; font-weight: 600; }
.note { color: #5b6470; font-size: .9rem; }
"""

# Posts to the page's complete/fail endpoint and shows the outcome in #result.
_ACTIONS_JS = """
const ACTIONS = %(actions)s;
function setButtons(disabled) {
  document.querySelectorAll('button').forEach(function (b) { b.disabled = disabled; });
}
async function send(action, reason) {
  const result = document.getElementById('result');
  setButtons(true);
  try {
    const body = reason ? {reason: reason} : {};
    const mobile = document.getElementById('mobile');  // the ISP's own SMS challenge / app
    if (action === 'complete' && mobile && mobile.value.trim()) {
      body.mobile = mobile.value.replace(/\\s+/g, '');
    }
    const answer = await fetch(ACTIONS[action], {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    const data = await answer.json();
    result.dataset.outcome = answer.ok ? (action === 'complete' ? 'completed' : 'failed')
                                       : 'refused';
    result.textContent = answer.ok ? 'Status: ' + data.status : data.message;
    if (typeof finished === 'function') { finished(); }
  } catch (err) {
    result.dataset.outcome = 'error';
    result.textContent = 'Could not reach the service: ' + err;
    setButtons(false);
  }
}
document.getElementById('complete').addEventListener('click', function () { send('complete'); });
document.getElementById('fail').addEventListener('click', function () {
  send('fail', %(fail_reason)s);
});
"""

_VIDEO_JS = """
let cameraStream = null;
function finished() {
  if (cameraStream) { cameraStream.getTracks().forEach(function (t) { t.stop(); }); }
}
function showError(err) {
  document.getElementById('error').textContent =
    'Camera or microphone not available: ' + (err && err.name ? err.name + ': ' : '') +
    (err && err.message ? err.message : err);
}
if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
  showError('this browser offers no getUserMedia (a secure origin is needed)');
} else {
  navigator.mediaDevices.getUserMedia({video: {width: 640, height: 480}, audio: true})
    .then(function (stream) {
      cameraStream = stream;
      const video = document.getElementById('camera');
      video.srcObject = stream;
      const track = stream.getVideoTracks()[0];
      const settings = track ? track.getSettings() : {};
      document.getElementById('resolution').textContent =
        settings.width + '\\u00d7' + settings.height;
      document.getElementById('microphone').textContent =
        stream.getAudioTracks().length > 0 ? 'on' : 'none';
    })
    .catch(showError);
}
"""


def _script(actions: dict[str, str], fail_reason: str, extra: str = "") -> str:
    code = extra + _ACTIONS_JS % {
        "actions": json.dumps(actions),
        "fail_reason": json.dumps(fail_reason),
    }
    return "<script>" + code.replace("</", "<\\/") + "</script>"


def _document(title: str, body: str, script: str = "", style: str = "") -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}{style}</style></head>"
        f"<body><main>{body}</main>{script}</body></html>\n"
    )


def _mobile_row(ask: bool, prompt: str) -> str:
    """An order started without a number: the ISP collects it in its own flow (optional here:
    left empty, a verify claims the evidence: see `OrderStore.claim`)."""
    if not ask:
        return ""
    return (
        f'<label for="mobile">{escape(prompt)}</label>'
        '<input id="mobile" type="tel" autocomplete="off" placeholder="+41791234567">'
    )


def _buttons(done_label: str, fail_label: str) -> str:
    return (
        '<div class="actions">'
        f'<button id="complete" type="button">{escape(done_label)}</button>'
        f'<button id="fail" type="button">{escape(fail_label)}</button></div>'
        '<p id="result" role="status" aria-live="polite"></p>'
    )


def video_page(
    actions: dict[str, str], order_id: str, status: str, *, ask_mobile: bool = False
) -> str:
    body = (
        "<header>Identity.tm video identification (simulated)</header>"
        "<h1>Video call</h1>"
        f'<p class="note">Order <span id="order-id">{escape(order_id)}</span>, '
        f'status <span id="status">{escape(status)}</span></p>'
        '<video id="camera" autoplay muted playsinline></video>'
        '<p>Camera: <span id="resolution">waiting…</span> · '
        'microphone: <span id="microphone">waiting…</span></p>'
        '<p id="error" role="alert"></p>'
        "<p>An agent would now check your ID document and send you an SMS code.</p>"
        + _mobile_row(ask_mobile, "Mobile number for the SMS code")
        + _buttons("Finish call", "Fail")
    )
    script = _script(actions, "Poor video quality", extra=_VIDEO_JS)
    return _document("Video identification", body, script)


_BANKS = ("Demo Bank", "Sparkasse Musterstadt", "Volksbank Beispiel", "Test Savings Bank")


def bankident_page(
    actions: dict[str, str], use: int, uses_allowed: int, status: str, *, ask_mobile: bool = False
) -> str:
    options = "".join(f"<option>{escape(bank)}</option>" for bank in _BANKS)
    body = (
        "<header>Klarna BankIdent (simulated)</header>"
        "<h1>Log in to your bank</h1>"
        f'<p class="note">Link use <span id="uses">{use} of {uses_allowed}</span> within the '
        f'60-minute session · status <span id="status">{escape(status)}</span></p>'
        '<form id="login" onsubmit="return false">'
        '<label for="bank">Bank</label><select id="bank">' + options + "</select>"
        '<label for="user">User name</label><input id="user" autocomplete="off">'
        '<label for="password">Password</label>'
        '<input id="password" type="password" autocomplete="off">'
        + _mobile_row(ask_mobile, "Mobile number for the SMS confirmation")
        + "</form>"
        + _buttons("Log in and confirm", "Fail")
    )
    script = _script(actions, "The bank login failed")
    return _document("BankIdent", body, script)


# AUTHADA (guide appendix 2): "User starts identification - user is redirected to a webpage
# with a QR code/deep link - User downloads/starts the Authada App - User scans QR code - User
# scans with his mobile phone his ID Card - User enters pin on Mobile phone". The target URL is
# that webpage; a simulated phone page stands in for the app, so training rehearses the flow.
_EID_STYLE = """
#app-qr svg { width: 15rem; height: 15rem; display: block; margin: 1rem 0; }
a.button { display: inline-block; font-size: 1rem; padding: .6rem 1.2rem; border-radius: 6px;
           background: #0b6e4f; color: #fff; text-decoration: none; }
ol.steps li { margin: .4rem 0; }
section[hidden] { display: none; }
#pin { font-size: 1.6rem; letter-spacing: .5rem; max-width: 14rem; }
#deep-link { word-break: break-all; }
button#scan-card { background: #0b6e4f; color: #fff; border-color: #0b6e4f; }
"""


def eid_provider_page(app_path: str, app_url: str, deep_link: str, qr_svg: str, status: str) -> str:
    """The target URL's page: a QR code and a deep link that open the app (here: the
    simulated app page, ``app_path`` on this origin, ``app_url`` in full for the code)."""
    body = (
        "<header>AUTHADA eID (simulated provider page)</header>"
        "<h1>Identify yourself with the AUTHADA app</h1>"
        "<p>On a computer: scan this code with your phone. On your phone: open the app with "
        "the button.</p>"
        f'<div id="app-qr" role="img" aria-label="QR code of the AUTHADA app link" '
        f'data-url="{escape(app_url)}">{qr_svg}</div>'
        '<p class="actions">'
        f'<a class="button" id="open-app" href="{escape(app_path)}">Open the AUTHADA app</a></p>'
        f'<p class="note">The real app opens with its deep link <a id="deep-link" '
        f'href="{escape(deep_link)}">{escape(deep_link)}</a>; this simulator opens its '
        "simulated app page instead.</p>"
        "<p>No app yet? Get the free AUTHADA app from Google Play or the App Store, then come "
        "back to this page.</p>"
        f'<p class="note">Status <span id="status">{escape(status)}</span></p>'
    )
    return _document("AUTHADA eID", body, style=_EID_STYLE)


_EID_APP_JS = """
const ACTIONS = %(actions)s;
function show(step) {
  document.querySelectorAll('section.step').forEach(function (s) {
    s.hidden = s.id !== step;
  });
}
async function send(action, body) {
  const result = document.getElementById('result');
  document.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
  try {
    const answer = await fetch(ACTIONS[action], {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    const data = await answer.json();
    result.dataset.outcome = answer.ok ? (action === 'complete' ? 'completed' : 'failed')
                                       : 'refused';
    result.textContent = answer.ok
      ? (action === 'complete' ? 'Done: you are identified. Return to the kiosk.'
                               : 'Identification stopped.') + ' (Status: ' + data.status + ')'
      : data.message;
    show('step-done');
  } catch (err) {
    result.dataset.outcome = 'error';
    result.textContent = 'Could not reach the service: ' + err;
    document.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
  }
}
document.getElementById('scan-card').addEventListener('click', function () { show('step-pin'); });
document.getElementById('complete').addEventListener('click', function () {
  const pin = document.getElementById('pin').value;
  if (!/^[0-9]{6}$/.test(pin)) {
    document.getElementById('pin-error').textContent = 'Enter the 6 digits of your card PIN.';
    return;
  }
  document.getElementById('pin-error').textContent = '';
  const body = {};
  const mobile = document.getElementById('mobile');  // the app's own SMS check of the number
  if (mobile && mobile.value.trim()) {
    body.mobile = mobile.value.replace(/\\s+/g, '');
  }
  send('complete', body);
});
document.getElementById('fail').addEventListener('click', function () {
  send('fail', {reason: %(fail_reason)s});
});
"""


def eid_app_page(actions: dict[str, str], status: str, *, ask_mobile: bool = False) -> str:
    """The simulated AUTHADA app on the phone: read the ID card (NFC), enter the 6-digit PIN,
    done (the complete call); or the card cannot be read (the fail call)."""
    body = (
        "<header>AUTHADA app (simulated on this phone)</header>"
        '<section class="step" id="step-card"><h1>Scan your ID card</h1>'
        "<p>Hold your ID card with the online function (eID) flat against the back of your "
        "phone, where its NFC antenna is, until it has been read.</p>"
        '<div class="actions"><button id="scan-card" type="button">ID card read (NFC)'
        "</button></div></section>"
        '<section class="step" id="step-pin" hidden><h1>Enter your PIN</h1>'
        '<label for="pin">The 6-digit PIN of your ID card</label>'
        '<input id="pin" type="password" inputmode="numeric" maxlength="6" '
        'autocomplete="off">'
        '<p id="pin-error" role="alert"></p>'
        + _mobile_row(ask_mobile, "Your mobile number (for the signature)")
        + '<div class="actions"><button id="complete" type="button">Confirm</button></div>'
        "</section>"
        '<section class="step" id="step-done" hidden><h1>Identification sent</h1></section>'
        '<p id="result" role="status" aria-live="polite"></p>'
        '<div class="actions"><button id="fail" type="button">The card cannot be read'
        "</button></div>"
        f'<p class="note">Status <span id="status">{escape(status)}</span></p>'
    )
    code = _EID_APP_JS % {
        "actions": json.dumps(actions),
        "fail_reason": json.dumps("The ID card could not be read"),
    }
    script = "<script>" + code.replace("</", "<\\/") + "</script>"
    return _document("AUTHADA app", body, script, style=_EID_STYLE)


def message_page(title: str, element_id: str, message: str) -> str:
    body = (
        f'<h1 id="{escape(element_id)}">{escape(title)}</h1><p id="message">{escape(message)}</p>'
    )
    return _document(title, body)
