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
// ReadFrom copies r into the file (io.Copy and bufio use it).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		m, e := r.Read(buf)
		if m > 0 {
			__write(f.fd, string(buf[:m]))
			n += int64(m)
		}
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
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

// The environment: the process's, read once; Setenv changes this run's copy only.
func __environ() []string

var envVars map[string]string
var envOrder []string

func env() map[string]string {
	if envVars == nil {
		envVars = map[string]string{}
		for _, kv := range __environ() {
			for i := 0; i < len(kv); i++ {
				if kv[i] == '=' {
					if _, dup := envVars[kv[:i]]; !dup {
						envOrder = append(envOrder, kv[:i])
					}
					envVars[kv[:i]] = kv[i+1:]
					break
				}
			}
		}
	}
	return envVars
}

func Getenv(key string) string { return env()[key] }

func LookupEnv(key string) (string, bool) {
	v, ok := env()[key]
	return v, ok
}

func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	m := env()
	if _, ok := m[key]; !ok {
		envOrder = append(envOrder, key)
	}
	m[key] = value
	return nil
}

func Unsetenv(key string) error {
	delete(env(), key)
	return nil
}

func Clearenv() {
	envVars = map[string]string{}
	envOrder = nil
}

func Environ() []string {
	m := env()
	out := []string{}
	for _, k := range envOrder {
		if v, ok := m[k]; ok {
			out = append(out, k+"="+v)
		}
	}
	return out
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping(var), as the shell would; a $ not followed by
// a name stays, and malformed ${...} is dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	done := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		out = append(out, s[done:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name == "" && width > 0: // malformed: swallowed
		case name == "":
			out = append(out, '$')
		default:
			out = append(out, mapping(name)...)
		}
		j += width
		done = j + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func shellNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if shellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && shellNameByte(s[i]) {
		i++
	}
	return s[:i], i
}

func Getpagesize() int { return 4096 }

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func IsPathSeparator(c uint8) bool { return c == '/' }

func __getwd() string

// Getwd returns the directory the program runs in.
func Getwd() (dir string, err error) {
	if wd := __getwd(); wd != "" {
		return wd, nil
	}
	return "", errors.New("getwd: no such file or directory")
}
