// goroscope's package context (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package context

import (
	"errors"
	"fmt"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

type CancelFunc func()

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

func __background() __handle
func __withCancel(parent __handle) __handle
func __withTimeout(parent __handle, d time.Duration) __handle
func __withDeadline(parent __handle, unixNano int64) __handle
func __cancel(h __handle)
func __err(h __handle) int
func __doneChan(h __handle) chan struct{}
func __deadline(h __handle) (int64, bool)

// rtCtx: a context backed by the runtime's (cancellation, deadlines); parent answers Value.
type rtCtx struct {
	h      __handle
	done   chan struct{}
	parent Context
	kind   int // 0 Background/TODO, 1 WithCancel, 2 WithDeadline/WithTimeout
	name   string
}

func (c *rtCtx) Deadline() (time.Time, bool) {
	ns, ok := __deadline(c.h)
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(0, ns), true
}
func (c *rtCtx) Done() <-chan struct{} { return c.done }
func (c *rtCtx) Err() error {
	switch __err(c.h) {
	case 1:
		return Canceled
	case 2:
		return DeadlineExceeded
	}
	return nil
}
func (c *rtCtx) Value(key any) any {
	if c.parent == nil {
		return nil
	}
	return c.parent.Value(key)
}
func (c *rtCtx) String() string {
	switch c.kind {
	case 1:
		return contextName(c.parent) + ".WithCancel"
	case 2:
		d, _ := c.Deadline()
		return contextName(c.parent) + ".WithDeadline(" + d.String() + " [" + time.Until(d).String() + "])"
	}
	return c.name
}

type stringer interface{ String() string }

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", c)
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + fmt.Sprintf("%T", c.key) + ", val " + stringify(c.val) + ")"
}

func newCtx(h __handle, parent Context, kind int) *rtCtx {
	return &rtCtx{h: h, done: __doneChan(h), parent: parent, kind: kind}
}

func newRoot(name string) *rtCtx {
	h := __background()
	return &rtCtx{h: h, done: __doneChan(h), name: name}
}

var background = newRoot("context.Background")
var todo = newRoot("context.TODO")

func Background() Context { return background }
func TODO() Context       { return todo }

// handleOf: the runtime context a child attaches to (the nearest one up the chain).
func handleOf(c Context) __handle {
	for {
		switch x := c.(type) {
		case *rtCtx:
			return x.h
		case *valueCtx:
			c = x.Context
		default:
			return background.h
		}
	}
}

func WithCancel(parent Context) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCtx(__withCancel(handleOf(parent)), parent, 1)
	return c, func() { __cancel(c.h) }
}

func WithTimeout(parent Context, d time.Duration) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCtx(__withTimeout(handleOf(parent), d), parent, 2)
	return c, func() { __cancel(c.h) }
}

func WithDeadline(parent Context, t time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCtx(__withDeadline(handleOf(parent), t.UnixNano()), parent, 2)
	return c, func() { __cancel(c.h) }
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}
