// The standard packages goroscope provides, written in Go. Declarations without a body are
// natives (natives.cpp). Only what teaching programs use is here; the rest is refused by name.
#include <cstring>
#include <string_view>

#include "goro/vm/compiler.h"

namespace goro::vm {

namespace {

const char* kRuntime = R"go(package runtime

type Error interface {
	error
	RuntimeError()
}

type rtError struct{ msg string }

func (e rtError) Error() string { return e.msg }
func (e rtError) RuntimeError() {}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func NumGoroutine() int
func Gosched()
func NumCPU() int
func __procs() int
func GOMAXPROCS(n int) int { return __procs() }
func GC()
func Version() string { return "go1.19.8" }
)go";

const char* kErrors = R"go(package errors

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func New(text string) error { return &errorString{text} }

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

func __as(err error, target any) bool

func As(err error, target any) bool {
	for err != nil {
		if __as(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
)go";

const char* kFmt = R"go(package fmt

import "errors"

type Stringer interface {
	String() string
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Fprintln(w any, a ...any) (n int, err error)
func Fprint(w any, a ...any) (n int, err error)
func Fprintf(w any, format string, a ...any) (n int, err error)
func __wrapIndex(format string, a ...any) int

func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	w := __wrapIndex(format, a...)
	if w < 0 || w >= len(a) {
		return errors.New(s)
	}
	e, _ := a[w].(error)
	return &wrapError{s, e}
}
)go";

const char* kOs = R"go(package os

type File struct{ fd int }

var Stdout = &File{1}
var Stderr = &File{2}
var Stdin = &File{0}

func (f *File) WriteString(s string) (int, error) { return 0, nil }

func Exit(code int)
func __args() []string

var Args = __args()

func Getenv(key string) string { return "" }
)go";

const char* kTime = R"go(package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1000 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1000000 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

// Time is the run clock's instant (nanoseconds since the Unix epoch).
type Time int64

func Now() Time
func Since(t Time) Duration        { return Now().Sub(t) }
func Until(t Time) Duration        { return t.Sub(Now()) }
func Unix(sec int64, nsec int64) Time { return Time(sec*1e9 + nsec) }
func (t Time) Sub(u Time) Duration { return Duration(t - u) }
func (t Time) Add(d Duration) Time { return t + Time(d) }
func (t Time) After(u Time) bool   { return t > u }
func (t Time) Before(u Time) bool  { return t < u }
func (t Time) Equal(u Time) bool   { return t == u }
func (t Time) IsZero() bool        { return t == 0 }
func (t Time) Unix() int64         { return int64(t) / 1e9 }
func (t Time) UnixNano() int64     { return int64(t) }
func (t Time) UnixMilli() int64    { return int64(t) / 1e6 }
func (t Time) String() string

func Sleep(d Duration)

func __startTimer(c chan Time, d Duration, periodic bool, f func()) __handle
func __stopTimer(h __handle) bool
func __resetTimer(h __handle, d Duration) bool

type Timer struct {
	C <-chan Time
	h __handle
}

type Ticker struct {
	C <-chan Time
	h __handle
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.h = __startTimer(c, d, false, nil)
	return t
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.h = __startTimer(nil, d, false, f)
	return t
}

func (t *Timer) Stop() bool              { return __stopTimer(t.h) }
func (t *Timer) Reset(d Duration) bool   { return __resetTimer(t.h, d) }

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.h = __startTimer(c, d, true, nil)
	return t
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func (t *Ticker) Stop()            { __stopTimer(t.h) }
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	__resetTimer(t.h, d)
}

const (
	Layout   = "01/02 03:04:05PM '06 -0700"
	RFC3339  = "2006-01-02T15:04:05Z07:00"
	Kitchen  = "3:04PM"
)
)go";

const char* kSync = R"go(package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct{ h __handle }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ h __handle }

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()

type WaitGroup struct{ h __handle }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct{ h __handle }

func __onceBegin(o *Once) bool
func __onceEnd(o *Once)

func (o *Once) Do(f func()) {
	if __onceBegin(o) {
		defer __onceEnd(o)
		f()
	}
}
)go";

const char* kContext = R"go(package context

import (
	"errors"
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
func __withDeadline(parent __handle, t time.Time) __handle
func __cancel(h __handle)
func __err(h __handle) int
func __doneChan(h __handle) chan struct{}
func __deadline(h __handle) (time.Time, bool)

type rtCtx struct {
	h    __handle
	done chan struct{}
	name string
}

func (c *rtCtx) Deadline() (time.Time, bool) { return __deadline(c.h) }
func (c *rtCtx) Done() <-chan struct{}       { return c.done }
func (c *rtCtx) Err() error {
	switch __err(c.h) {
	case 1:
		return Canceled
	case 2:
		return DeadlineExceeded
	}
	return nil
}
func (c *rtCtx) Value(key any) any { return nil }
func (c *rtCtx) String() string    { return c.name }

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

func newCtx(h __handle, name string) *rtCtx { return &rtCtx{h: h, done: __doneChan(h), name: name} }

var background = newCtx(__background(), "context.Background")
var todo = newCtx(__background(), "context.TODO")

func Background() Context { return background }
func TODO() Context       { return todo }

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
	c := newCtx(__withCancel(handleOf(parent)), "context.WithCancel")
	return c, func() { __cancel(c.h) }
}

func WithTimeout(parent Context, d time.Duration) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCtx(__withTimeout(handleOf(parent), d), "context.WithDeadline")
	return c, func() { __cancel(c.h) }
}

func WithDeadline(parent Context, t time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCtx(__withDeadline(handleOf(parent), t), "context.WithDeadline")
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
)go";

const char* kStrings = R"go(package strings

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Fields(s string) []string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Title(s string) string

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}
func (b *Builder) WriteRune(r rune) (int, error) {
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Reset()         { b.buf = nil }
)go";

const char* kStrconv = R"go(package strconv

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string { return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error() }

type strErr struct{ s string }

func (e *strErr) Error() string { return e.s }

var ErrSyntax error = &strErr{"invalid syntax"}
var ErrRange error = &strErr{"value out of range"}

func Itoa(i int) string
func Atoi(s string) (int, error)
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func FormatInt(i int64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
)go";

const char* kMath = R"go(package math

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	Ln2     = 0.693147180559945309417232121458176568075500134360255254120680009
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
	MaxFloat64 = 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324
	MaxFloat32 = 3.40282346638528859811704183484516925440e+38
)

func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Exp(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Cbrt(x float64) float64
func Pow(x, y float64) float64
func Mod(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Hypot(p, q float64) float64
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) bool
func IsInf(f float64, sign int) bool
)go";

const char* kSort = R"go(package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)

func Sort(data Interface) {
	n := data.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func Stable(data Interface) { Sort(data) }

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }
)go";

const char* kRand = R"go(package rand

func Seed(seed int64)
func Int63() int64
func Intn(n int) int
func Float64() float64
func Int() int           { return int(Int63()) }
func Int31n(n int32) int32 { return int32(Intn(int(n))) }
func Int63n(n int64) int64 { return int64(Intn(int(n))) }
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}
func Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		j := Intn(i + 1)
		swap(i, j)
	}
}

type Source interface{ Int63() int64 }
type src struct{}

func (src) Int63() int64 { return Int63() }

type Rand struct{ s Source }

func NewSource(seed int64) Source { Seed(seed); return src{} }
func New(s Source) *Rand         { return &Rand{s} }
func (r *Rand) Intn(n int) int   { return Intn(n) }
func (r *Rand) Int() int         { return Int() }
func (r *Rand) Int63() int64     { return Int63() }
func (r *Rand) Float64() float64 { return Float64() }
func (r *Rand) Perm(n int) []int { return Perm(n) }
func (r *Rand) Shuffle(n int, swap func(i, j int)) { Shuffle(n, swap) }
)go";

const char* kFlag = R"go(package flag

import (
	"os"
	"strconv"
	"time"
)

type flagDef struct {
	name, usage string
	kind        int
	ip          *int
	sp          *string
	bp          *bool
	dp          *time.Duration
	fp          *float64
}

var defs []*flagDef
var rest []string
var parsed bool

func find(name string) *flagDef {
	for _, d := range defs {
		if d.name == name {
			return d
		}
	}
	return nil
}

func IntVar(p *int, name string, value int, usage string) {
	*p = value
	defs = append(defs, &flagDef{name: name, usage: usage, kind: 0, ip: p})
}
func Int(name string, value int, usage string) *int {
	p := new(int)
	IntVar(p, name, value, usage)
	return p
}
func StringVar(p *string, name string, value string, usage string) {
	*p = value
	defs = append(defs, &flagDef{name: name, usage: usage, kind: 1, sp: p})
}
func String(name string, value string, usage string) *string {
	p := new(string)
	StringVar(p, name, value, usage)
	return p
}
func BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	defs = append(defs, &flagDef{name: name, usage: usage, kind: 2, bp: p})
}
func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	BoolVar(p, name, value, usage)
	return p
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	defs = append(defs, &flagDef{name: name, usage: usage, kind: 3, dp: p})
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	DurationVar(p, name, value, usage)
	return p
}
func Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	defs = append(defs, &flagDef{name: name, usage: usage, kind: 4, fp: p})
}
func Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	Float64Var(p, name, value, usage)
	return p
}

func fail(msg string) {
	println(msg)
	os.Exit(2)
}

func parseDuration(s string) (time.Duration, bool) {
	units := []string{"ns", "us", "ms", "s", "m", "h"}
	mult := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour}
	var total time.Duration
	if s == "0" {
		return 0, true
	}
	for len(s) > 0 {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, false
		}
		num, err := strconv.ParseFloat(s[:i], 64)
		if err != nil {
			return 0, false
		}
		s = s[i:]
		j := 0
		for j < len(s) && !(s[j] >= '0' && s[j] <= '9') {
			j++
		}
		unit := s[:j]
		s = s[j:]
		ok := false
		for k, u := range units {
			if u == unit {
				total += time.Duration(num * float64(mult[k]))
				ok = true
			}
		}
		if !ok {
			return 0, false
		}
	}
	return total, true
}

func Parse() {
	parsed = true
	args := os.Args[1:]
	for len(args) > 0 {
		a := args[0]
		if len(a) < 2 || a[0] != '-' {
			break
		}
		if a == "--" {
			args = args[1:]
			break
		}
		args = args[1:]
		name := a[1:]
		if len(name) > 0 && name[0] == '-' {
			name = name[1:]
		}
		value := ""
		has := false
		for i := 0; i < len(name); i++ {
			if name[i] == '=' {
				value = name[i+1:]
				name = name[:i]
				has = true
				break
			}
		}
		d := find(name)
		if d == nil {
			fail("flag provided but not defined: -" + name)
			return
		}
		if d.kind == 2 {
			if !has {
				*d.bp = true
				continue
			}
			b, err := strconv.ParseBool(value)
			if err != nil {
				fail("invalid boolean value \"" + value + "\" for -" + name + ": parse error")
			}
			*d.bp = b
			continue
		}
		if !has {
			if len(args) == 0 {
				fail("flag needs an argument: -" + name)
				return
			}
			value = args[0]
			args = args[1:]
		}
		switch d.kind {
		case 0:
			v, err := strconv.ParseInt(value, 0, 64)
			if err != nil {
				fail("invalid value \"" + value + "\" for flag -" + name + ": parse error")
			}
			*d.ip = int(v)
		case 1:
			*d.sp = value
		case 3:
			v, ok := parseDuration(value)
			if !ok {
				fail("invalid value \"" + value + "\" for flag -" + name + ": parse error")
			}
			*d.dp = v
		case 4:
			v, err := strconv.ParseFloat(value, 64)
			if err != nil {
				fail("invalid value \"" + value + "\" for flag -" + name + ": parse error")
			}
			*d.fp = v
		}
	}
	rest = args
}

func Parsed() bool     { return parsed }
func Args() []string   { return rest }
func NArg() int        { return len(rest) }
func NFlag() int       { return len(defs) }
func Arg(i int) string {
	if i < 0 || i >= len(rest) {
		return ""
	}
	return rest[i]
}
)go";

}  // namespace

const char* prelude_source(std::string_view path) {
  if (path == "runtime") return kRuntime;
  if (path == "errors") return kErrors;
  if (path == "fmt") return kFmt;
  if (path == "os") return kOs;
  if (path == "time") return kTime;
  if (path == "sync") return kSync;
  if (path == "context") return kContext;
  if (path == "strings") return kStrings;
  if (path == "strconv") return kStrconv;
  if (path == "math") return kMath;
  if (path == "sort") return kSort;
  if (path == "math/rand") return kRand;
  if (path == "flag") return kFlag;
  return nullptr;
}

}  // namespace goro::vm
