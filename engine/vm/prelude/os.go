// goroscope's package os (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package os

import (
	"errors"
	"io"
	"syscall"
)

// Signal is an operating system signal (os/signal delivers none in a goroscope run).
type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

var ErrDeadlineExceeded error = &deadlineExceededError{}

type File struct{ fd int }

var Stdout = &File{1}
var Stderr = &File{2}
var Stdin = &File{0}

func __write(fd int, s string)

func __read(fd int, n int) (string, bool)

// Read reads from the program's standard input (the CLI's; empty in the app).
func (f *File) Read(b []byte) (int, error) {
	s, ok := __read(f.fd, len(b))
	if !ok {
		return 0, io.EOF
	}
	return copy(b, s), nil
}

func (f *File) Write(b []byte) (int, error) {
	__write(f.fd, string(b))
	return len(b), nil
}
func (f *File) WriteString(s string) (int, error) {
	__write(f.fd, s)
	return len(s), nil
}
func (f *File) Name() string {
	switch f.fd {
	case 0:
		return "/dev/stdin"
	case 1:
		return "/dev/stdout"
	}
	return "/dev/stderr"
}

func Exit(code int)
func __args() []string

var Args = __args()

func Getenv(key string) string { return "" }
