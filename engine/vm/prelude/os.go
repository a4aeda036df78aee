// goroscope's package os (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package os

import (
	"errors"
	"io"
	"sync"
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

// The environment: the process's at the start of the run, then what the program sets.
func __environ() []string

var envMu sync.Mutex
var envLoaded bool
var envList []string       // KEY=VALUE in Go's order ("" for an unset entry)
var envIndex map[string]int // key -> index in envList

func loadEnv() {
	if envLoaded {
		return
	}
	envLoaded = true
	envIndex = map[string]int{}
	for _, kv := range __environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				if _, dup := envIndex[kv[:i]]; !dup {
					envIndex[kv[:i]] = len(envList)
					envList = append(envList, kv)
				}
				break
			}
		}
	}
}

func LookupEnv(key string) (string, bool) {
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	return envList[i][len(key)+1:], true
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
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
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	kv := key + "=" + value
	if i, ok := envIndex[key]; ok {
		envList[i] = kv
	} else {
		envIndex[key] = len(envList)
		envList = append(envList, kv)
	}
	return nil
}

func Unsetenv(key string) error {
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	if i, ok := envIndex[key]; ok {
		envList[i] = ""
		delete(envIndex, key)
	}
	return nil
}

func Clearenv() {
	envMu.Lock()
	defer envMu.Unlock()
	envLoaded = true
	envList = nil
	envIndex = map[string]int{}
}

func Environ() []string {
	envMu.Lock()
	defer envMu.Unlock()
	loadEnv()
	out := make([]string, 0, len(envIndex))
	for _, kv := range envList {
		if kv != "" {
			out = append(out, kv)
		}
	}
	return out
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping(var); shell specials ($1, $*, ...) are names too.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] is in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		buf = append(buf, s[done:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name == "" && width > 0:
			// bad syntax such as "${}": the characters are dropped
		case name == "":
			buf = append(buf, '$') // "$" not followed by a name stays
		default:
			buf = append(buf, mapping(name)...)
		}
		j += width
		done = j + 1
	}
	if buf == nil && done == 0 {
		return s
	}
	return string(buf) + s[done:]
}

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func shellNameChar(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the name after a '$': the name and how many bytes it took.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace
	}
	if shellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && shellNameChar(s[i]) {
		i++
	}
	return s[:i], i
}

func __getwd() string

// Getwd returns the directory the program runs in.
func Getwd() (dir string, err error) {
	if wd := __getwd(); wd != "" {
		return wd, nil
	}
	return "", errors.New("getwd: no such file or directory")
}
