#!/usr/bin/env bash
# Sign the kiosk's .app from the inside out, notarize and staple it, and wrap it in a DMG that is
# signed, notarized and stapled too.
#
#   packaging/macos/build_dmg.sh "dist/SRS Kiosk.app" dist/srs-kiosk-0.1.0-macos-arm64.dmg
#
# Runs on macOS (codesign, xcrun, hdiutil, ditto; bash 3.2 will do). Environment (the release
# workflow sets it from CI secrets; all optional):
#   SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)"; unset: ad-hoc signature ("-"),
#                    no notarization (a test build: runs here, Gatekeeper refuses it elsewhere)
#   KEYCHAIN         the keychain holding that identity (default: the search list)
#   Notarization, one of (without any: signed but not notarized):
#   NOTARY_KEY, NOTARY_KEY_ID, NOTARY_ISSUER   App Store Connect API key (.p8 path, id, issuer)
#   NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD   Apple ID with an app-specific password
#   NOTARY_PROFILE   a profile stored with `xcrun notarytool store-credentials`
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app="${1:?usage: build_dmg.sh APP DMG}"
dmg="${2:?usage: build_dmg.sh APP DMG}"
app="${app%/}"
[[ -d "$app/Contents/MacOS" ]] || { echo "build_dmg.sh: $app is not an app bundle" >&2; exit 2; }
app_entitlements="$here/app.entitlements"
helper_entitlements="$here/webengine-helper.entitlements"
identity="${SIGN_IDENTITY:--}"
volume_name="$(basename "$app" .app)"

log() { printf 'build_dmg: %s\n' "$*"; }

sign_args=(--force --options runtime)
if [[ "$identity" == "-" ]]; then
  sign_args+=(--timestamp=none)
else
  sign_args+=(--timestamp)
fi
if [[ -n "${KEYCHAIN:-}" ]]; then sign_args+=(--keychain "$KEYCHAIN"); fi

sign() {  # sign PATH [ENTITLEMENTS]
  local target="$1" entitlements="${2:-}"
  if [[ -n "$entitlements" ]]; then
    codesign "${sign_args[@]}" --entitlements "$entitlements" --sign "$identity" "$target"
  else
    codesign "${sign_args[@]}" --sign "$identity" "$target"
  fi
}

is_macho() {  # by the magic number: thin 64/32-bit either endianness, or universal (fat)
  local magic
  magic="$(od -An -tx1 -N4 "$1" 2>/dev/null | tr -d ' \n')"
  case "$magic" in
    cffaedfe | cefaedfe | feedfacf | feedface | cafebabe | bebafeca) return 0 ;;
    *) return 1 ;;
  esac
}

NOTARY_ARGS=()
if [[ -n "${NOTARY_KEY:-}" ]]; then
  NOTARY_ARGS=(--key "$NOTARY_KEY" --key-id "${NOTARY_KEY_ID:?NOTARY_KEY_ID}"
               --issuer "${NOTARY_ISSUER:?NOTARY_ISSUER}")
elif [[ -n "${NOTARY_APPLE_ID:-}" ]]; then
  NOTARY_ARGS=(--apple-id "$NOTARY_APPLE_ID" --team-id "${NOTARY_TEAM_ID:?NOTARY_TEAM_ID}"
               --password "${NOTARY_PASSWORD:?NOTARY_PASSWORD}")
elif [[ -n "${NOTARY_PROFILE:-}" ]]; then
  NOTARY_ARGS=(--keychain-profile "$NOTARY_PROFILE")
fi
notarizing=""
if [[ "$identity" != "-" && ${#NOTARY_ARGS[@]} -gt 0 ]]; then
  notarizing=1
fi

json_field() {  # json_field NAME < JSON
  python3 -c 'import json, sys; print(json.load(sys.stdin).get(sys.argv[1], ""))' "$1"
}

notarize() {  # notarize FILE (a .zip or a .dmg); fails unless Apple accepts it
  local file="$1" result status id
  log "notarizing $(basename "$file") (this waits for Apple)"
  result="$(xcrun notarytool submit "$file" "${NOTARY_ARGS[@]}" --wait --timeout 1h \
    --output-format json)"
  status="$(json_field status <<<"$result")"
  id="$(json_field id <<<"$result")"
  if [[ "$status" != "Accepted" ]]; then
    echo "build_dmg.sh: notarization of $file: ${status:-no answer}" >&2
    if [[ -n "$id" ]]; then xcrun notarytool log "$id" "${NOTARY_ARGS[@]}" >&2 || true; fi
    exit 1
  fi
  log "notarization accepted ($id)"
}

# 1. Inside out: every Mach-O file, then every nested bundle, deepest first, then the app.
#    QtWebEngineProcess.app gets the helper's entitlements; libraries get none.
log "signing $app as ${identity}"
declare -a items=()
while IFS= read -r -d '' path; do
  if [[ -d "$path" ]] || is_macho "$path"; then
    items+=("$(awk -F/ '{print NF}' <<<"$path") $path")
  fi
done < <(find "$app/Contents" \( -type d \( -name '*.app' -o -name '*.framework' \) \) -print0 \
           -o \( -type f -not -path '*/_CodeSignature/*' -print0 \))
count=0
[[ ${#items[@]} -gt 0 ]] || { echo "build_dmg.sh: nothing to sign in $app" >&2; exit 2; }
while IFS= read -r line; do
  path="${line#* }"
  case "$path" in
    */QtWebEngineProcess.app) sign "$path" "$helper_entitlements" ;;
    *) sign "$path" ;;
  esac
  count=$((count + 1))
done < <(printf '%s\n' "${items[@]}" | sort -t' ' -k1,1nr)
sign "$app" "$app_entitlements"
log "signed $count nested items and the app"
codesign --verify --deep --strict --verbose=2 "$app"

# 2. The app itself notarized and stapled: it then starts offline once copied out of the DMG.
if [[ -n "$notarizing" ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  ditto -c -k --keepParent "$app" "$work/app.zip"
  notarize "$work/app.zip"
  xcrun stapler staple "$app"
  xcrun stapler validate "$app"
fi

# 3. The DMG: the app and a link to /Applications; signed, notarized, stapled.
staging="$(mktemp -d)"
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$volume_name" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$staging"
if [[ "$identity" != "-" ]]; then
  sign_dmg=(--force --timestamp --sign "$identity")
  if [[ -n "${KEYCHAIN:-}" ]]; then sign_dmg+=(--keychain "$KEYCHAIN"); fi
  codesign "${sign_dmg[@]}" "$dmg"
fi
if [[ -n "$notarizing" ]]; then
  notarize "$dmg"
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  spctl --assess --type execute --verbose=2 "$app"
else
  log "not notarized (no signing identity or no notary credentials): a test build"
fi
log "wrote $dmg"
