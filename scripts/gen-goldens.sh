#!/usr/bin/env bash
# gen-goldens.sh [--check] [--runs N] [DIR|FILE.go ...]
#
# Records what real Go (Debian's golang-go, Go 1.19) does with every .go file under the given
# directories (any depth; default: tests/conformance and scenarios). Next to each NAME.go it writes
#   NAME.stdout  the exact standard output
#   NAME.stderr  standard error up to and including the first "goroutine N [...]:" header (the stack
#                frames after it are dropped), with the source file's path cut to its base name and a
#                goroutine number other than 1 in that header written as N (Go's vary between runs),
#                without a throw's runtime internals ("runtime: sp=..." and the "runtime stack:" block);
#                for a program marked `// stack: full`: the whole standard error, stacks included,
#                masked by scripts/mask-stack.sh (the program's own frames, no offsets or arguments);
#                for a program that does not compile: the compiler's `NAME.go:LINE:COL: message` lines
#   NAME.exit    the exit code and a newline, or `compile` when `go build` refuses the file
# The program is built once (`go build`, not `go run`, which hides the exit status) and run with the
# words of its `// args:` comment, from its own directory, stdin from /dev/null, under a timeout, with
# os.Args[0] set to NAME (the base name `go run` gives its binary), so "Usage of NAME:" is stable.
#
# Every program runs N times (default 3: GOMAXPROCS unset, =1, =2). If any run differs from the first
# in stdout, stderr head or exit code, the program is reported as FLAKY, no golden is written for it
# and the script fails: goldens must not depend on scheduling.
#
#   --check   write nothing; fail if a golden is missing or differs from what Go does now
#   --runs N  number of runs per program (the GOMAXPROCS values cycle unset, 1, 2)
#   TIMEOUT=seconds per run (default 30)
# Needs only `go` (no network: GO111MODULE=off, GOPROXY=off, GOCACHE in a temp dir unless set).
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
check=0
runs=3
dirs=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --check) check=1 ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "gen-goldens.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) dirs+=("$1") ;;
  esac
  shift
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "gen-goldens.sh: --runs needs a positive number" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ ${#dirs[@]} -eq 0 ]]; then
  for d in "$root/tests/conformance" "$root/scenarios"; do [[ -d $d ]] && dirs+=("$d"); done
fi
for d in "${dirs[@]}"; do
  [[ -e $d ]] || { echo "gen-goldens.sh: no such file or directory: $d" >&2; exit 2; }
done
command -v go >/dev/null || { echo "gen-goldens.sh: needs Go (apt-get install golang-go)" >&2; exit 2; }

tmp=$(mktemp -d /tmp/gen-goldens.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= GOPROXY=off GOPATH=$tmp/gopath GOTOOLCHAIN=local
export GOCACHE=${GOCACHE:-/tmp/gen-goldens-gocache}
timeout_s=${TIMEOUT:-30}
echo "gen-goldens: $(go version), $runs run(s) per program, timeout ${timeout_s}s$([[ $check == 1 ]] && echo ', check only')"

# head_of_stderr NAME.go < raw > normalised: up to the first goroutine header, paths cut to base names.
# A goroutine number other than 1 is written N: Go's ids for goroutines other than main depend on how
# many runtime goroutines (GC workers...) started first, which varies from run to run.
head_of_stderr() {
  local name=$1
  # A throw's runtime internals (the stack pointer of a stack overflow, the "runtime stack:" block
  # up to its blank line) are Go's addresses: never part of a golden.
  awk '/^runtime: sp=/ { next } /^runtime stack:$/ { skip = 1; next } skip && /^$/ { skip = 0; next } skip { next }
       { print } /^goroutine [0-9]+ \[.*\]:$/ { exit }' |
    sed -E -e "s#[^[:space:]\"'(]*/($name)#\\1#g" \
      -e 's/^goroutine ([2-9]|[1-9][0-9]+) \[(.*)\]:$/goroutine N [\2]:/'
}

# put FILE CONTENT-FILE: write (or, with --check, compare) one golden; counts differences
changed=0
put() {
  local dest=$1 src=$2
  if cmp -s "$src" "$dest" 2>/dev/null; then return 0; fi
  changed=$((changed + 1))
  if [[ $check == 1 ]]; then
    echo "  DIFFERS: $dest"
    if [[ -f $dest ]]; then diff "$dest" "$src" | head -6 | sed 's/^/    /' || true; fi
    return 0
  fi
  cp "$src" "$dest"
}

n_ok=0 n_compile=0 n_flaky=0 n_failed=0
problems=()
while IFS= read -r -d '' go; do
  base=${go%.go}
  name=$(basename "$go")
  stem=${name%.go}
  dir=$(dirname "$go")
  rel=${go#"$root"/}
  rm -rf "$tmp/src" "$tmp/bin" && mkdir -p "$tmp/src" "$tmp/bin"
  cp "$go" "$tmp/src/$name"
  : >"$tmp/empty"

  if ! (cd "$tmp/src" && go build -o "$tmp/bin/$stem" "$name") >"$tmp/build.out" 2>&1; then
    # A compiler or linker message about the program (gc's `NAME.go:LINE:COL: message`, or the
    # linker's "function main is undeclared") is the program's golden; anything else is the toolchain's.
    if grep -q -e "^\(\./\)\?$name:[0-9]" -e "function main is undeclared" "$tmp/build.out"; then
      grep -v '^#' "$tmp/build.out" | sed -E 's#^\./##' | head_of_stderr "$name" >"$tmp/c.err"
      echo compile >"$tmp/c.exit"
      put "$base.stdout" "$tmp/empty"
      put "$base.stderr" "$tmp/c.err"
      put "$base.exit" "$tmp/c.exit"
      n_compile=$((n_compile + 1))
      echo "compile error ($(wc -l <"$tmp/c.err") line(s)): $rel"
    else  # the toolchain itself failed: never record that as the program's golden
      n_failed=$((n_failed + 1))
      problems+=("$rel: go build failed without a compiler message: $(head -c 300 "$tmp/build.out")")
      echo "FAILED: $rel (go build)"
    fi
    continue
  fi

  args=$(grep -m1 -E '^// args:' "$go" | sed -E 's#^// args:[[:space:]]*##' || true)
  read -r -a argv <<<"$args"
  verdict=ok
  for ((i = 1; i <= runs; i++)); do
    procs=("" 1 2)
    p=${procs[$(((i - 1) % 3))]}
    set +e
    (
      cd "$dir"
      if [[ -n $p ]]; then export GOMAXPROCS=$p; else unset GOMAXPROCS; fi
      PATH=$tmp/bin:$PATH exec timeout -k 5 "$timeout_s" "$stem" "${argv[@]}"
    ) </dev/null >"$tmp/$i.out" 2>"$tmp/$i.raw"
    code=$?
    set -e
    if [[ $code -eq 124 || $code -eq 137 ]]; then
      verdict="timed out after ${timeout_s}s (run $i, GOMAXPROCS=${p:-default})"
      break
    fi
    echo "$code" >"$tmp/$i.exit"
    if grep -q -m1 '^// stack: full' "$go"; then
      "$root/scripts/mask-stack.sh" "$name" <"$tmp/$i.raw" >"$tmp/$i.err"
    else
      head_of_stderr "$name" <"$tmp/$i.raw" >"$tmp/$i.err"
    fi
    if [[ $i -gt 1 ]]; then
      for part in out err exit; do
        if ! cmp -s "$tmp/1.$part" "$tmp/$i.$part"; then
          verdict="FLAKY: run $i (GOMAXPROCS=${p:-default}) differs from run 1 in $part"
          problems+=("$rel: $verdict"$'\n'"$(diff "$tmp/1.$part" "$tmp/$i.$part" | head -8 | sed 's/^/      /' || true)")
          break 2
        fi
      done
    fi
  done
  if [[ $verdict != ok ]]; then
    if [[ $verdict == FLAKY* ]]; then n_flaky=$((n_flaky + 1)); else
      n_failed=$((n_failed + 1))
      problems+=("$rel: $verdict")
    fi
    echo "$verdict: $rel"
    continue
  fi
  put "$base.stdout" "$tmp/1.out"
  put "$base.stderr" "$tmp/1.err"
  put "$base.exit" "$tmp/1.exit"
  n_ok=$((n_ok + 1))
  echo "ok (exit $(cat "$tmp/1.exit")): $rel"
done < <(find "${dirs[@]}" -name '*.go' -type f -print0 | sort -z)

verb=$([[ $check == 1 ]] && echo "differ from the goldens" || echo "written or changed")
echo "gen-goldens: $n_ok ran, $n_compile compile errors, $n_flaky flaky, $n_failed failed; $changed golden file(s) $verb"
for p in "${problems[@]}"; do echo "  $p"; done
if [[ $n_flaky -gt 0 || $n_failed -gt 0 ]]; then exit 1; fi
if [[ $check == 1 && $changed -gt 0 ]]; then exit 1; fi
exit 0
