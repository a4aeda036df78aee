#!/usr/bin/env bash
# Builds the fuzz targets with clang in build/fuzz and runs each for a bounded time.
#   tests/fuzz/run_fuzz.sh [seconds per target]     (default 20; longer by hand: 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
if ! command -v clang++ >/dev/null; then
  echo "FUZZ NOT RUN: clang++ is missing (scripts/setup-deps.sh installs it)" >&2
  exit 1
fi
dir=build/fuzz
if [[ ! -f $dir/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGOROSCOPE_BUILD_FUZZ=ON -DGOROSCOPE_BUILD_GUI=OFF -DGOROSCOPE_BUILD_TESTS=OFF \
    -DGOROSCOPE_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" >/dev/null
fi
cmake --build "$dir" -j "$(nproc)" --target trace_fuzz trace_seed_corpus lang_fuzz >/dev/null
corpus=$dir/corpus-trace
mkdir -p "$corpus"
"$dir/tests/fuzz/trace_seed_corpus" "$corpus"
"$dir/tests/fuzz/trace_fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 "$corpus" 2>&1 | tail -n 12

# The Go parser, seeded with the repository's Go programs.
lcorpus=$dir/corpus-lang
mkdir -p "$lcorpus"
find bench scenarios tests -name '*.go' -exec cp {} "$lcorpus/" \; 2>/dev/null || true
"$dir/tests/fuzz/lang_fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=8192 -timeout=10 \
  -print_final_stats=1 "$lcorpus" 2>&1 | tail -n 6
