#!/usr/bin/env bash
# End-to-end checks of goroscope-cli: exit codes, report contents, trace files, no silent overwrite.
#   tests/cli/cli_test.sh PATH/TO/goroscope-cli
set -uo pipefail
cli="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # check NAME CONDITION-COMMAND...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

out=$("$cli" report receive-leak --json); code=$?
check "leak report exits 0" test "$code" -eq 0
check "leak report counts 20 permanently blocked" grep -q '"permanently_blocked": 20' <<<"$out"
check "leak report names the operation" grep -q '"op": "chan receive"' <<<"$out"
check "leak report has the fields" grep -q '"tasks_created": 21' <<<"$out"

out=$("$cli" report receive-fix --json)
check "fix report has no leaks" grep -q '"leaks": \[\]' <<<"$out"
check "fix report: nothing alive at exit" grep -q '"permanently_blocked": 0, "never_finishing": 0, "killed_at_exit": 0' <<<"$out"

"$cli" report deadlock >/dev/null 2>"$tmp/err"; code=$?
check "deadlock exits 2 like Go" test "$code" -eq 2
check "deadlock prints Go's message" grep -q "fatal error: all goroutines are asleep - deadlock!" "$tmp/err"

"$cli" trace send-leak -o "$tmp/run.gtrace" --chrome "$tmp/run.json" --csv "$tmp/counts.csv" 2>/dev/null
check "trace writes the trace file" test -s "$tmp/run.gtrace"
check "trace writes Chrome JSON" grep -q '"traceEvents"' "$tmp/run.json"
check "trace writes the CSV" grep -q '^time_ns,seq,alive' "$tmp/counts.csv"
before=$(md5sum "$tmp/run.gtrace")
"$cli" trace send-leak -o "$tmp/run.gtrace" 2>"$tmp/err"; code=$?
check "an existing file is not overwritten" test "$before" = "$(md5sum "$tmp/run.gtrace")"
check "refusing to overwrite exits 1" test "$code" -eq 1
check "refusing says how to force" grep -q -- "--force" "$tmp/err"
"$cli" trace send-leak -o "$tmp/run.gtrace" --force 2>/dev/null; code=$?
check "--force overwrites" test "$code" -eq 0

"$cli" report no-such-program 2>"$tmp/err"; code=$?
check "unknown program exits 1" test "$code" -eq 1
check "unknown program is named" grep -q 'no-such-program' "$tmp/err"
"$cli" report receive-leak --workers zero 2>/dev/null; code=$?
check "bad option value exits 1" test "$code" -eq 1
"$cli" frobnicate 2>/dev/null; code=$?
check "unknown command exits 1" test "$code" -eq 1

printf 'package main\nfunc main() {\n\tx := 1 +\n}\n' > "$tmp/bad.go"
"$cli" check "$tmp/bad.go" 2>"$tmp/err"; code=$?
check "check exits 1 on a syntax error" test "$code" -eq 1
check "check reports file:line:col like Go" grep -q "bad.go:4:1: syntax error: unexpected }, expecting expression" "$tmp/err"
printf 'package main\nfunc main() {}\n' > "$tmp/good.go"
"$cli" check "$tmp/good.go" >/dev/null 2>&1
check "check accepts a valid file" test $? -eq 0
"$cli" check "$tmp/missing.go" 2>/dev/null
check "check refuses an unreadable file" test $? -eq 1

# Go programs take their own arguments after `--` in run, report and trace.
cat > "$tmp/many.go" <<'GO'
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 3, "how many goroutines wait forever")
	flag.Parse()
	ch := make(chan int)
	for i := 0; i < *n; i++ {
		go func() { <-ch }()
	}
	time.Sleep(time.Second) // let them all block before main returns
	fmt.Println("started", *n)
}
GO
out=$("$cli" run "$tmp/many.go" -- -n=7)
check "run passes -- ARGS to the program" test "$out" = "started 7"
out=$("$cli" report "$tmp/many.go" --json -- -n=250)
check "report passes -- ARGS to the program" grep -q '"permanently_blocked": 250' <<<"$out"
check "report without ARGS uses the program's default" grep -q '"permanently_blocked": 3' <<<"$("$cli" report "$tmp/many.go" --json)"
"$cli" trace "$tmp/many.go" -o "$tmp/many.gtrace" -- -n=5 >/dev/null 2>&1
check "trace passes -- ARGS to the program" test -s "$tmp/many.gtrace"

# A leak per request is one finding: tasks blocked at the same line, created at the same line, form
# one group however far apart they became permanent.
cat > "$tmp/per_request.go" <<'GO'
package main

import "time"

func handle() {
	ch := make(chan int)
	go func() { ch <- 1 }() // nobody receives: leaks once per request
	time.Sleep(10 * time.Millisecond)
}

func main() {
	for i := 0; i < 4; i++ {
		handle()
	}
	time.Sleep(time.Second)
}
GO
out=$("$cli" report "$tmp/per_request.go")
check "a per-request leak is one group" test "$(grep -c ' x chan send' <<<"$out")" -eq 1
check "the group counts every request" grep -q '4 x chan send' <<<"$out"
check "the group says when its first and last became permanent" grep -q 'permanently blocked from .* to ' <<<"$out"

out=$("$cli" run --help); code=$?
check "run --help prints the usage and exits 0" test "$code" -eq 0
check "run --help names the run options" grep -q -- "--max-heap SIZE" <<<"$out"

# A Go feature outside the subset is refused by name at its position, never run wrongly.
printf 'package main\n\nfunc main() {\n\ts := []int{1, 2, 3, 4}\n\tp := (*[4]int)(s)\n\t_ = p\n}\n' > "$tmp/arrayptr.go"
"$cli" check "$tmp/arrayptr.go" 2>"$tmp/err"; code=$?
check "a slice to array pointer conversion is refused" test "$code" -eq 1
check "the refusal names the feature at its position" grep -q "arrayptr.go:5:7: goroscope does not support converting a slice to an array pointer yet" "$tmp/err"

# A package goroscope does not have is refused at the import, and only there: its uses are not
# repeated as "undefined" (the go command stops at the imports too).
printf 'package main\n\nimport (\n\t"fmt"\n\t"regexp"\n)\n\nfunc main() {\n\tfmt.Println(regexp.MustCompile("a+"))\n}\n' > "$tmp/regexp.go"
"$cli" check "$tmp/regexp.go" 2>"$tmp/err"; code=$?
check "an unsupported package is refused" test "$code" -eq 1
check "the import is named at its position" grep -q 'regexp.go:5:2: goroscope does not support package "regexp" yet' "$tmp/err"
check "its uses are not reported again" test "$(grep -c . "$tmp/err")" -eq 1

# Limits: the heap limit ends a run with its own exit code, documented in --help.
printf 'package main\n\nfunc main() {\n\tvar keep [][]int\n\tfor {\n\t\tkeep = append(keep, make([]int, 4096))\n\t}\n}\n' > "$tmp/grow.go"
"$cli" run --max-heap 16MiB "$tmp/grow.go" 2>"$tmp/err"; code=$?
check "heap limit exits 3" test "$code" -eq 3
check "heap limit is named with its size" grep -qx "goroscope: heap limit of 16.0 MiB exceeded" "$tmp/err"
"$cli" run --max-heap lots "$tmp/grow.go" 2>"$tmp/err"; code=$?
check "a bad --max-heap exits 1" test "$code" -eq 1
check "a bad --max-heap says what it takes" grep -q "max-heap takes a size" "$tmp/err"
printf 'package main\n\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n' > "$tmp/spawn.go"
"$cli" run --max-tasks 100 "$tmp/spawn.go" 2>"$tmp/err"; code=$?
check "task limit exits 2" test "$code" -eq 2
check "task limit is named" grep -q "goroscope: task limit reached (100 goroutines alive at once)" "$tmp/err"
"$cli" --help >"$tmp/help"
check "help documents the heap limit's exit code" grep -q "^  3  the program exceeded the heap limit (--max-heap)" "$tmp/help"
check "help documents --max-heap" grep -q -- "--max-heap SIZE" "$tmp/help"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
