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
	__startLoop()
}

// __startLoop: Go's first Notify starts the goroutine that delivers signals, which
// runtime.NumGoroutine counts from then on (goroscope delivers none and runs nothing for it).
func __startLoop()

func Stop(c chan<- os.Signal)    { delete(handlers, c) }
func Ignore(sig ...os.Signal)    {}
func Reset(sig ...os.Signal)     {}
func Ignored(sig os.Signal) bool { return false }

// signalCtx is NotifyContext's context: cancelled by stop (or by a signal, which never comes);
// a goroutine waits for that, as Go's does, so NumGoroutine counts it until stop.
type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface{ String() string }

func (c *signalCtx) String() string {
	name := c.Context.(stringer).String()
	name = name[:len(name)-len(".WithCancel")]
	out := "signal.NotifyContext(" + name
	if len(c.signals) != 0 {
		out += ", ["
		for i, s := range c.signals {
			out += s.String()
			if i != len(c.signals)-1 {
				out += " "
			}
		}
		out += "]"
	}
	return out + ")"
}

func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals, ch: make(chan os.Signal, 1)}
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}
