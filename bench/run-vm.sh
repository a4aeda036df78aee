#!/usr/bin/env bash
# Runs the interpreter benchmarks (bench/vm/*.go) on goroscope, yaegi (Debian's Go interpreter) and
# a compiled Go binary, side by side, and prints time and peak memory with ratios to yaegi.
#   bench/run-vm.sh [--repeat R]        (median of R runs, default 3; needs go, yaegi, /usr/bin/time)
# Ratio < 1.0 means goroscope is cheaper than yaegi. Go is built first (`go build`), so its time is
# the program's, not the compiler's.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=3
[[ ${1:-} == --repeat ]] && repeat=$2
for tool in go yaegi /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install golang-go yaegi time)" >&2; exit 1; }
done
scripts/build.sh release goroscope-cli >/dev/null
ours=build/release/cli/goroscope-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/gocache" GO111MODULE=off
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
measure() {  # measure OUTFILE CMD...: appends "seconds kilobytes"
  local out=$1
  shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || { echo "bench: $* failed" >&2; exit 1; }
  cat "$tmp/t" >>"$out"
}
printf "%-16s %10s %10s %10s %9s | %10s %10s %10s %9s\n" benchmark "goroscope" yaegi "go" "ratio" \
  "goroscope" yaegi "go" "ratio"
printf "%-16s %43s | %43s\n" "" "time (s)" "peak memory (MB)"
for src in bench/vm/*.go; do
  name=$(basename "$src" .go)
  go build -o "$tmp/$name" "$src"
  for side in ours yaegi go; do : >"$tmp/$side"; done
  for ((i = 0; i < repeat; i++)); do
    measure "$tmp/ours" "$ours" run "$src"
    measure "$tmp/yaegi" yaegi run "$src"
    measure "$tmp/go" "$tmp/$name"
  done
  declare -A t m
  for side in ours yaegi go; do
    t[$side]=$(cut -d' ' -f1 "$tmp/$side" | median)
    m[$side]=$(cut -d' ' -f2 "$tmp/$side" | median | awk '{printf "%.1f", $1 / 1024}')
  done
  printf "%-16s %10s %10s %10s %8.2fx | %10s %10s %10s %8.2fx\n" "$name" "${t[ours]}" "${t[yaegi]}" "${t[go]}" \
    "$(awk -v a="${t[ours]}" -v b="${t[yaegi]}" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
    "${m[ours]}" "${m[yaegi]}" "${m[go]}" "$(awk -v a="${m[ours]}" -v b="${m[yaegi]}" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done
