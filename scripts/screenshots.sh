#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/screenshots/ (offscreen; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release goroscope >/dev/null
app=build/release/gui/goroscope
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=offscreen "$app" --export-default "$tmp/receive" --pair receive >/dev/null
QT_QPA_PLATFORM=offscreen "$app" --export-default "$tmp/send" --pair send --dark >/dev/null
QT_QPA_PLATFORM=offscreen "$app" --screenshot "$tmp/window.png" --pair receive >/dev/null
mkdir -p docs/screenshots
cp "$tmp/window.png" docs/screenshots/main-window.png
cp "$tmp/receive/compare.png" docs/screenshots/compare-receive.png
cp "$tmp/send/compare.png" docs/screenshots/compare-send-dark.png
echo "updated docs/screenshots/"
