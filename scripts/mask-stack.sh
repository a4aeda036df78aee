#!/usr/bin/env bash
# mask-stack.sh NAME.go < stderr > masked — the whole standard error of a run that printed goroutine
# stacks (a panic, a fatal error, a deadlock dump), reduced to what goroscope and Go can share:
#   - frames whose file is not the program's (Go's runtime, sync and time internals) are dropped,
#     except Go's `panic(...)` frame under a deferred call that runs while a panic unwinds;
#   - a frame's arguments are written `(...)`: Go prints argument words, goroscope `()`;
#   - locations keep the file's base name and the line: no directory, no `+0x..` offset;
#   - goroutine numbers other than 1 and `pc=0x..` values are masked (Go's vary from run to run).
# Used by scripts/gen-goldens.sh and tests/vm/run_go_programs.sh for programs marked `// stack: full`.
set -euo pipefail
name=$(basename "${1:?usage: mask-stack.sh NAME.go}")
awk -v name="$name" '
  function location(s,   file, line) {  # "\t/dir/x.go:12 +0x1f" -> "x.go:12"
    sub(/^\t/, "", s); sub(/ \+0x[0-9a-f]+$/, "", s)
    line = s; sub(/.*:/, "", line)
    file = s; sub(/:[0-9]+$/, "", file); sub(/.*\//, "", file)
    return file ":" line
  }
  { lines[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) {
      s = lines[i]
      # a frame: the function line, then its location (a tab and an absolute path or <prelude>:
      # a "\tpanic: ..." line of a panic chain is not one)
      if (i < NR && s !~ /^\t/ && lines[i + 1] ~ /^\t(\/|<)[^ ]*:[0-9]+/) {
        loc = location(lines[i + 1])
        i++
        if (s ~ /^panic\(/) { print "panic(...)"; print "\t<runtime>"; continue }
        if (loc !~ ("^" name ":")) continue
        if (s !~ /^created by /) sub(/\([^()]*\)$/, "(...)", s)  # the argument list, not (*T)
        print s; print "\t" loc
        continue
      }
      sub(/^goroutine ([2-9]|[1-9][0-9]+) \[/, "goroutine N [", s)
      gsub(/pc=0x[0-9a-f]+/, "pc=0x?", s)
      print s
    }
  }'
