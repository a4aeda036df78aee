#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/screenshots/ (offscreen; no display needed): the main
# window as a teacher uses it, and exported side-by-side pairs (what goes on a slide).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release goroscope >/dev/null
app=build/release/gui/goroscope
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
# The window: a lesson at the moment its first goroutine became permanently blocked, with the proof.
"$app" --screenshot "$tmp/window.png" --pair send-no-receiver --at leak --tab why >/dev/null
# The window, dark: the source with the goroutines' lines marked at that moment.
"$app" --screenshot "$tmp/window-dark.png" --pair first-response-wins --at leak --tab source --dark >/dev/null
# Exported pairs: a leak next to its fix on one time axis.
"$app" --export-default "$tmp/receive" --pair receive-no-sender >/dev/null
"$app" --export-default "$tmp/hedged" --pair first-response-wins --dark >/dev/null
"$app" --export-default "$tmp/overlay" --pair leak-per-request --overlay >/dev/null
mkdir -p docs/screenshots
rm -f docs/screenshots/*.png
cp "$tmp/window.png" docs/screenshots/main-window.png
cp "$tmp/window-dark.png" docs/screenshots/main-window-source-dark.png
cp "$tmp/receive/compare.png" docs/screenshots/compare-receive.png
cp "$tmp/hedged/compare.png" docs/screenshots/compare-first-response-dark.png
cp "$tmp/overlay/compare.png" docs/screenshots/compare-overlay-per-request.png
echo "updated docs/screenshots/"
