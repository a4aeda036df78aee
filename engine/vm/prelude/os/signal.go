// goroscope's package os/signal. A run receives no signals, so Notify only records the channel:
// a program waiting for Ctrl-C waits forever (goroscope reports that as a deadlock), while one
// that also stops on its own (a timeout, finished work) runs as in Go.
package signal

import (
	"context"
	"os"
)

var handlers = map[chan<- os.Signal][]os.Signal{}

func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers[c] = append(handlers[c], sig...)
}

func Stop(c chan<- os.Signal)    { delete(handlers, c) }
func Ignore(sig ...os.Signal)    {}
func Reset(sig ...os.Signal)     {}
func Ignored(sig os.Signal) bool { return false }

func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	return context.WithCancel(parent)
}
