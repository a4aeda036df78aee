#!/usr/bin/env bash
# Runs the runtime benchmarks side by side with their Go peers (bench/runtime/go) and prints ratios.
#   bench/run-runtime.sh [--workers N]     (default: the machine's cores, like GOMAXPROCS)
# Ratio = goroscope cost / Go cost (time and memory: lower is better; for throughput, Go's rate
# divided by ours), so < 1.0 means goroscope is cheaper.
set -euo pipefail
cd "$(dirname "$0")/.."
workers=$(nproc)
repeat=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    *) echo "usage: bench/run-runtime.sh [--workers N] [--repeat R]" >&2; exit 2 ;;
  esac
done
# Each side runs every benchmark R times, each in a fresh process; the table shows medians.
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

command -v go >/dev/null || { echo "bench: Go is needed as the peer (apt-get install golang-go)" >&2; exit 1; }
scripts/build.sh release goroscope-bench-runtime >/dev/null
ours=build/release/bench/runtime/goroscope-bench-runtime
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/gocache" GO111MODULE=off GOMAXPROCS="$workers"

# Each Go peer is one file in bench/runtime/go.
declare -A go_value
for src in bench/runtime/go/*.go; do
  [[ -e "$src" ]] || continue
  name=$(basename "$src" .go)
  go build -o "$tmp/$name" "$src" 2>/dev/null || { echo "bench: cannot build $src" >&2; continue; }
  go_value[$name]=$(for _ in $(seq "$repeat"); do "$tmp/$name" | awk '$1 == "BENCH" {print $3}'; done | median)
done

echo "runtime benchmarks: $workers workers / GOMAXPROCS=$workers, median of $repeat runs each, $(go version | cut -d' ' -f3)"
printf "%-14s %16s %16s %14s %8s\n" benchmark goroscope go unit ratio
for bname in pingpong spawn blocked_mem buffered select4; do
  unit=$("$ours" --workers "$workers" --only "$bname" | awk '$1 == "BENCH" {print $4}')
  value=$(for _ in $(seq "$repeat"); do
    "$ours" --workers "$workers" --only "$bname" | awk '$1 == "BENCH" {print $3}'; done | median)
  peer=${go_value[$bname]:-}
  if [[ -z "$peer" ]]; then
    printf "%-14s %16s %16s %14s %8s\n" "$bname" "$value" "-" "$unit" "-"
    continue
  fi
  ratio=$(awk -v a="$value" -v b="$peer" -v u="$unit" 'BEGIN {
    if (u ~ /\/s$/) printf "%.2f", b / a; else printf "%.2f", a / b }')
  printf "%-14s %16s %16s %14s %8s\n" "$bname" "$value" "$peer" "$unit" "${ratio}x"
done
