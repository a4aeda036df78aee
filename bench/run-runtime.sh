#!/usr/bin/env bash
# Runs the runtime benchmarks side by side with their Go peers (bench/go) and prints ratios.
#   bench/run-runtime.sh [--workers N]     (default: the machine's cores, like GOMAXPROCS)
# Ratio = goroscope cost / Go cost (time and memory: lower is better; for throughput, Go's rate
# divided by ours), so < 1.0 means goroscope is cheaper.
set -euo pipefail
cd "$(dirname "$0")/.."
workers=$(nproc)
[[ "${1:-}" == "--workers" ]] && workers="$2"

command -v go >/dev/null || { echo "bench: Go is needed as the peer (apt-get install golang-go)" >&2; exit 1; }
scripts/build.sh release goroscope-bench-runtime >/dev/null
ours=build/release/bench/runtime/goroscope-bench-runtime
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/gocache" GO111MODULE=off GOMAXPROCS="$workers"

# Each Go peer is a package directory or a single file under bench/go.
declare -A go_value go_unit
for src in bench/go/*/ bench/go/*.go; do
  [[ -e "$src" ]] || continue
  name=$(basename "${src%/}" .go)
  go build -o "$tmp/$name" "$src" 2>/dev/null || { echo "bench: cannot build $src" >&2; continue; }
  while read -r tag bname value unit; do
    [[ "$tag" == BENCH ]] || continue
    go_value[$bname]=$value
    go_unit[$bname]=$unit
  done < <("$tmp/$name")
done

printf "%-14s %16s %16s %14s %8s\n" benchmark goroscope go unit ratio
for bname in pingpong spawn blocked_mem buffered select4; do
  line=$("$ours" --workers "$workers" --only "$bname" | grep '^BENCH' || true)
  read -r _ _ value unit <<<"$line"
  peer=${go_value[$bname]:-}
  if [[ -z "$peer" ]]; then
    printf "%-14s %16s %16s %14s %8s\n" "$bname" "$value" "-" "$unit" "-"
    continue
  fi
  ratio=$(awk -v a="$value" -v b="$peer" -v u="$unit" 'BEGIN {
    if (u ~ /\/s$/) printf "%.2f", b / a; else printf "%.2f", a / b }')
  printf "%-14s %16s %16s %14s %8s\n" "$bname" "$value" "$peer" "$unit" "${ratio}x"
done
