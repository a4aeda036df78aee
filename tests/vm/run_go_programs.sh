#!/usr/bin/env bash
# run_go_programs.sh CLI XFAIL DIR... — runs every Go program under DIR that has goldens from real
# Go (NAME.stdout, NAME.stderr, NAME.exit, written by scripts/gen-goldens.sh) on goroscope and
# compares: stdout exactly, the exit code, and stderr up to the first goroutine header (goroutine
# numbers other than 1 and pc values are not compared: Go's are not reproducible); for programs marked
# `// stack: full`, the whole stderr with every stack, both masked by scripts/mask-stack.sh. Programs whose
# NAME.exit says `compile` must fail to compile with the same `file:line:col: message` lines.
#
# XFAIL lists programs known to differ (one path per line, `#` comments); they are reported, and
# a listed program that now passes fails the run so that the list only ever shrinks.
set -uo pipefail
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
xfail_file=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declare -A xfail=()
if [[ -f $xfail_file ]]; then
  while read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | xargs)
    [[ -n $line ]] && xfail[$line]=1
  done <"$xfail_file"
fi
root=$(cd "$(dirname "$0")/../.." && pwd)

normalize_stderr() {  # the head Go's goldens keep, with unreproducible numbers masked
  if [[ $full_stack == 1 ]]; then "$root/scripts/mask-stack.sh" "$go"; return; fi
  awk '/^runtime: sp=/ { next } /^runtime stack:$/ { skip = 1; next } skip && /^$/ { skip = 0; next } skip { next }
       { print } /^goroutine [0-9]+ \[/ { exit }' |
    sed -E 's/goroutine ([2-9]|[1-9][0-9]+) \[/goroutine N [/; s/pc=0x[0-9a-f]+/pc=0x?/g'
}

pass=0 fail=0 xfailed=0 unexpected_pass=0
failures=()
while IFS= read -r go; do
  base=${go%.go}
  [[ -f $base.exit ]] || continue
  rel=${go#"$root"/}
  full_stack=0
  if grep -q -m1 '^// stack: full' "$go"; then full_stack=1; fi
  want_exit=$(cat "$base.exit")
  ok=1
  why=""
  if [[ $want_exit == compile ]]; then
    (cd "$(dirname "$go")" && timeout 20 "$cli" check "$(basename "$go")") >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [[ $code -eq 0 ]]; then ok=0; why="compiled, but Go refuses it"; fi
    if ! diff -q <(sed -E 's#^.*/##' "$base.stderr") "$tmp/err" >/dev/null; then ok=0; why="${why:-compile errors differ}"; fi
  else
    args=$(grep -m1 -E '^// args:' "$go" | sed -E 's#^// args:[[:space:]]*##')
    # `// gc-stress: --max-heap SIZE`: under GOROSCOPE_GC_STRESS a program that must fill the heap
    # (a runaway recursion's stack overflow) does so in a smaller one; what it prints is the same.
    opts=""
    if [[ -n ${GOROSCOPE_GC_STRESS:-} ]]; then
      opts=$(grep -m1 -E '^// gc-stress:' "$go" | sed -E 's#^// gc-stress:[[:space:]]*##')
    fi
    # shellcheck disable=SC2086
    (cd "$(dirname "$go")" && timeout 60 "$cli" run $opts "$(basename "$go")" -- $args) </dev/null >"$tmp/out" 2>"$tmp/err"
    code=$?
    if ! cmp -s "$tmp/out" "$base.stdout"; then ok=0; why="stdout differs"; fi
    if [[ $code != "$want_exit" ]]; then ok=0; why="${why:+$why; }exit $code, Go exits $want_exit"; fi
    if [[ -f $base.stderr ]] && ! diff -q <(normalize_stderr <"$base.stderr") <(normalize_stderr <"$tmp/err") >/dev/null; then
      ok=0
      why="${why:+$why; }stderr differs"
    fi
  fi
  if [[ $ok -eq 1 ]]; then
    if [[ -n ${xfail[$rel]:-} ]]; then
      unexpected_pass=$((unexpected_pass + 1))
      failures+=("$rel: passes now; remove it from $(basename "$xfail_file")")
    else
      pass=$((pass + 1))
    fi
  elif [[ -n ${xfail[$rel]:-} ]]; then
    xfailed=$((xfailed + 1))
  else
    fail=$((fail + 1))
    failures+=("$rel: $why")
    if [[ -n ${VERBOSE:-} ]]; then
      echo "--- $rel ($why)"
      diff <(cat "$base.stdout" 2>/dev/null) "$tmp/out" | head -10
      diff <(normalize_stderr <"$base.stderr" 2>/dev/null) <(normalize_stderr <"$tmp/err") | head -10
    fi
  fi
done < <(find "$@" -name '*.go' | sort)

echo "go programs: $pass match Go, $fail differ, $xfailed known to differ (listed in $(basename "$xfail_file"))"
for f in "${failures[@]}"; do echo "  $f"; done
[[ $fail -eq 0 && $unexpected_pass -eq 0 && $((pass + xfailed)) -gt 0 ]]
