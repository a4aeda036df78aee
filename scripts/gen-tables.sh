#!/usr/bin/env bash
# gen-tables.sh — regenerates the data tables the VM's library takes from observing real Go
# (Debian's golang-go, Go 1.19), like the goldens: nothing here is copied from Go's sources.
#   engine/vm/src/unicode_tables.inc   rune classes and case mappings (scripts/gen-tables/unicode_tables.go)
#   engine/vm/src/rand_cooked.inc      math/rand's seeding constants (scripts/gen-tables/rand_cooked.go)
#   engine/vm/src/size_classes.inc     the allocator's size classes append rounds capacities to
#   engine/vm/src/go_packages.inc      the standard packages and the unexported names of Go's export data
#                                      for the packages goroscope provides (scripts/gen-tables/go_packages.go)
# Needs only `go`; run it after a Go upgrade and commit the results.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v go >/dev/null || { echo "gen-tables.sh: needs Go (apt-get install golang-go)" >&2; exit 2; }
export GO111MODULE=off GOFLAGS= GOPROXY=off GOTOOLCHAIN=local
export GOCACHE=${GOCACHE:-/tmp/gen-goldens-gocache}
out=$root/engine/vm/src
go run "$root/scripts/gen-tables/unicode_tables.go" >"$out/unicode_tables.inc.tmp"
mv "$out/unicode_tables.inc.tmp" "$out/unicode_tables.inc"
go run "$root/scripts/gen-tables/rand_cooked.go" >"$out/rand_cooked.inc.tmp"
mv "$out/rand_cooked.inc.tmp" "$out/rand_cooked.inc"
go run "$root/scripts/gen-tables/size_classes.go" >"$out/size_classes.inc.tmp"
mv "$out/size_classes.inc.tmp" "$out/size_classes.inc"
# the packages goroscope provides: the prelude's files, named by import path
provided=$(cd "$root/engine/vm/prelude" && find . -name '*.go' | sed 's#^\./##; s#\.go$##' | sort)
# shellcheck disable=SC2086
go run "$root/scripts/gen-tables/go_packages.go" $provided >"$out/go_packages.inc.tmp"
mv "$out/go_packages.inc.tmp" "$out/go_packages.inc"
echo "gen-tables: wrote $(wc -l <"$out/unicode_tables.inc") + $(wc -l <"$out/rand_cooked.inc") lines"
