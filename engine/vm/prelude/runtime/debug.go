// goroscope's package runtime/debug: goroutine stacks (the collector has no knobs to turn).
package debug

func __stack(all bool) string

// Stack returns the calling goroutine's stack, as runtime.Stack formats it.
func Stack() []byte { return []byte(__stack(false)) }

// PrintStack writes the calling goroutine's stack to standard error.
func PrintStack() { print(__stack(false)) }

// SetGCPercent is accepted for programs that tune Go's collector; goroscope's pacing stays GOGC=100.
func SetGCPercent(percent int) int { return 100 }

// FreeOSMemory forces a collection in Go; here it asks for one at the next safepoint.
func FreeOSMemory() { __gc() }

func __gc()
