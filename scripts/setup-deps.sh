#!/usr/bin/env bash
# Installs what goroscope needs on Debian bookworm, and nothing when it is all there already.
set -euo pipefail

packages=(g++ cmake ninja-build qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
          libgtest-dev libgmock-dev libbenchmark-dev fonts-dejavu-core
          fonts-wqy-microhei   # CJK glyphs for the zh-Hans/zh-Hant lessons (DejaVu has none; 5 MB)
          clang libclang-rt-14-dev)   # clang: libFuzzer targets run in the test suite
# Optional extras, asked for with GOROSCOPE_EXTRAS=1: the Go toolchain (goldens, benchmark peer)
# and yaegi (benchmark peer).
if [[ "${GOROSCOPE_EXTRAS:-0}" == 1 ]]; then
  packages+=(golang-go yaegi)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "goroscope: installing ${missing[*]}" >&2
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
