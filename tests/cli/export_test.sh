#!/usr/bin/env bash
# goroscope-cli export: valid PNG, SVG and PDF from the shared painting code, no display, no silent
# overwrite.   tests/cli/export_test.sh PATH/TO/goroscope-cli
set -uo pipefail
cli="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
passed=0 failed=0
check() {
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
"$cli" export receive-leak --compare receive-fix --pair "$tmp/pair.png" --timeline "$tmp/t.svg" \
  --chart "$tmp/c.pdf" >/dev/null 2>"$tmp/err"
check "export succeeds without a display" test $? -eq 0
check "PNG signature" test "$(head -c 8 "$tmp/pair.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a"
check "SVG document" grep -q "<svg" "$tmp/t.svg"
check "SVG has the leak's red" grep -qi "#d63d3d" "$tmp/t.svg"
check "PDF signature" test "$(head -c 5 "$tmp/c.pdf")" = "%PDF-"
before=$(md5sum "$tmp/pair.png")
"$cli" export receive-leak --pair "$tmp/pair.png" >/dev/null 2>"$tmp/err"
check "refuses to overwrite" test $? -eq 1
check "the file is untouched" test "$before" = "$(md5sum "$tmp/pair.png")"
"$cli" export receive-leak --pair "$tmp/x.bmpx" >/dev/null 2>"$tmp/err"
check "unknown image type is refused" test $? -eq 1
check "unknown image type is explained" grep -q "unknown image type" "$tmp/err"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
