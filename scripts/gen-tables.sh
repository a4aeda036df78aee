#!/usr/bin/env bash
# gen-tables.sh — regenerates the data tables the VM's library takes from observing real Go
# (Debian's golang-go, Go 1.19), like the goldens: nothing here is copied from Go's sources.
#   engine/vm/src/unicode_tables.inc   rune classes and case mappings (scripts/gen-tables/unicode_tables.go)
#   engine/vm/src/rand_cooked.inc      math/rand's seeding constants (scripts/gen-tables/rand_cooked.go)
#   engine/vm/src/size_classes.inc     the allocator's size classes append rounds capacities to
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
echo "gen-tables: wrote $(wc -l <"$out/unicode_tables.inc") + $(wc -l <"$out/rand_cooked.inc") lines"
