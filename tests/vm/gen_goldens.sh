#!/usr/bin/env bash
# gen_goldens.sh DIR... — records what real Go (Debian's golang-go, Go 1.19) prints for every .go
# file under DIR: NAME.stdout, NAME.stderr (up to the first goroutine header, source paths cut to
# the file name) and NAME.exit (the exit code, or `compile` when go build refuses the file, with
# the compiler's `NAME.go:line:col: message` lines in NAME.stderr). Needs `go`; CI only reads the
# results. Each program runs twice: differing output means the program is not deterministic.
set -euo pipefail
command -v go >/dev/null || { echo "gen_goldens.sh: needs Go (apt install golang-go)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/cache GO111MODULE=off GOFLAGS= GOPATH=$tmp/gopath
status=0
while IFS= read -r go; do
  base=${go%.go}
  name=$(basename "$go")
  args=$(grep -m1 -E '^// args:' "$go" | sed -E 's#^// args:[[:space:]]*##' || true)
  mkdir -p "$tmp/src"
  cp "$go" "$tmp/src/$name"
  if ! (cd "$tmp/src" && go build -o "$tmp/prog" "$name") 2>"$tmp/build.err"; then
    grep -v '^#' "$tmp/build.err" | sed -E 's#^(\./)?##' >"$base.stderr"
    echo compile >"$base.exit"
    : >"$base.stdout"
    echo "compile error: $go"
    rm -f "$tmp/src/$name"
    continue
  fi
  rm -f "$tmp/src/$name"
  run() {  # run N: stdout, stderr head, exit code into $tmp/N.*
    set +e
    # shellcheck disable=SC2086
    (cd "$(dirname "$go")" && timeout 30 "$tmp/prog" $args) >"$tmp/$1.out" 2>"$tmp/$1.rawerr"
    echo $? >"$tmp/$1.exit"
    set -e
    awk '{ print } /^goroutine [0-9]+ \[/ { exit }' "$tmp/$1.rawerr" | sed -E "s#[^ \t]*/$name#$name#g" >"$tmp/$1.err"
  }
  run 1
  run 2
  if ! cmp -s "$tmp/1.out" "$tmp/2.out" || ! cmp -s "$tmp/1.exit" "$tmp/2.exit"; then
    echo "FLAKY: $go prints different output on two runs" >&2
    status=1
    continue
  fi
  cp "$tmp/1.out" "$base.stdout"
  cp "$tmp/1.err" "$base.stderr"
  cp "$tmp/1.exit" "$base.exit"
  echo "ok (exit $(cat "$base.exit")): $go"
done < <(find "$@" -name '*.go' | sort)
exit $status
