// The standard packages goroscope provides, written in Go. Declarations without a body are
// natives (natives.cpp). Only what teaching programs use is here; the rest is refused by name.
#include <cstring>
#include <string>
#include <string_view>

#include "goro/vm/compiler.h"

namespace goro::vm {

namespace {

const char* kRuntime = R"go(package runtime

type Error interface {
	error
	RuntimeError()
}

// The run-time panics' values, as Go's runtime types them (interp.cpp picks one by message).
type boundsError struct{ msg string }

func (e boundsError) Error() string { return e.msg }
func (e boundsError) RuntimeError() {}

type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }
func (e errorString) RuntimeError() {}

type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}

type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }
func (*TypeAssertionError) RuntimeError() {}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func NumGoroutine() int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// MemStats: the VM's heap in Go's terms (the numbers are goroscope's, not Go's).
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                  uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	StackInuse, StackSys                                              uint64
	NextGC, LastGC, PauseTotalNs                                      uint64
	NumGC, NumForcedGC                                                uint32
}

func __heapBytes() uint64

func ReadMemStats(m *MemStats) {
	b := __heapBytes()
	*m = MemStats{Alloc: b, TotalAlloc: b, Sys: b, HeapAlloc: b, HeapSys: b, HeapInuse: b, NextGC: 4 << 20}
}
func Gosched()
func NumCPU() int
func __procs() int
func GOMAXPROCS(n int) int { return __procs() }
func GC() {}
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

import (
	"errors"
	"io"
)

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
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func __errorf(format string, a ...any) (string, error, bool)

func Errorf(format string, a ...any) error {
	s, w, ok := __errorf(format, a...)
	if !ok {
		return errors.New(s)
	}
	return &wrapError{s, w}
}
)go";

const char* kOs = R"go(package os

import (
	"errors"
	"io"
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
)go";

const char* kTime = R"go(package time

import "errors"

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
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
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

func Sleep(d Duration)

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quote is time's own quoting in error messages (bytes outside printable ASCII as \x..).
func quote(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', lowerhex[c>>4], lowerhex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	return string(append(buf, '"'))
}

var errLeadingInt = errors.New("time: bad [0-9]*")

func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseDuration parses [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

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

)go";

// The calendar half of package time (appended to kTime).
const char* kTimeCalendar = R"go(
// Time is an instant with nanosecond precision: seconds since January 1, year 1, 00:00:00 UTC
// (the zero Time) and the nanoseconds within that second. The run clock starts at the
// playground's 2009-11-10 23:00:00 UTC. Every Time is in UTC (Local is UTC too).
type Time struct {
	sec  int64
	nsec int64
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// seconds from January 1, year 1 to January 1, 1970
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	minDuration    Duration = -1 << 63
	maxDuration    Duration = 1<<63 - 1
)

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

type Location struct {
	name string
}

var UTC = &Location{"UTC"}
var Local = &Location{"Local"}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

func itoa(x int) string {
	if x == 0 {
		return "0"
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var b []byte
	for x > 0 {
		b = append([]byte{byte('0' + x%10)}, b...)
		x /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// floorDiv and floorMod: division rounding towards minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// civil: the proleptic Gregorian date of a day counted from 1970-01-01 (day 0).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil: the day (counted from 1970-01-01) of a proleptic Gregorian date.
func daysFromCivil(year int, month Month, day int) int64 {
	y := int64(year)
	m := int64(month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func unixTime(sec int64, nsec int64) Time { return Time{sec + unixToInternal, nsec} }

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, nsec)
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(year, month, 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	return unixTime(unix, int64(nsec))
}

func __now() int64

func Now() Time {
	ns := __now()
	return Unix(ns/1e9, ns%1e9)
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) unixSec() int64 { return t.sec - unixToInternal }
func (t Time) days() int64    { return floorDiv(t.unixSec(), secondsPerDay) }

func (t Time) IsZero() bool       { return t.sec == 0 && t.nsec == 0 }
func (t Time) After(u Time) bool  { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }
func (t Time) Equal(u Time) bool  { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	return Time{t.sec + dsec, nsec}
}

func (t Time) Sub(u Time) Duration {
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
}

func (t Time) Unix() int64      { return t.unixSec() }
func (t Time) UnixNano() int64  { return t.unixSec()*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }
func (t Time) Year() int                              { y, _, _ := t.Date(); return y }
func (t Time) Month() Month                           { _, m, _ := t.Date(); return m }
func (t Time) Day() int                               { _, _, d := t.Date(); return d }
func (t Time) Weekday() Weekday                       { return Weekday(floorMod(t.days()+4, 7)) }
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFromCivil(y, January, 1)) + 1
}
func (t Time) Clock() (hour, min, sec int) {
	s := int(floorMod(t.unixSec(), secondsPerDay))
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}
func (t Time) Hour() int       { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int     { _, m, _ := t.Clock(); return m }
func (t Time) Second() int     { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) UTC() Time                  { return t }
func (t Time) Local() Time                { return t }
func (t Time) In(loc *Location) Time      { return t }
func (t Time) Location() *Location        { return UTC }
func (t Time) Zone() (name string, offset int) { return "UTC", 0 }
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

func lessThanHalf(x, y Duration) bool { return uint64(x)+uint64(x) < uint64(y) }

// mulmod: a*b mod m without overflow (a, b < m).
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// mod: the time since the last multiple of d counted from the zero Time.
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		d1 := int64(d / Second)
		return Duration(t.sec%d1)*Second + Duration(t.nsec)
	}
	if Second%d == 0 {
		return Duration(t.nsec % int64(d))
	}
	m := uint64(d)
	r := (mulmod(uint64(t.sec)%m, uint64(1e9)%m, m) + uint64(t.nsec)%m) % m
	return Duration(r)
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func (t Time) String() string { return t.Format("2006-01-02 15:04:05.999999999 -0700 MST") }

func (t Time) GoString() string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return "time.Date(" + itoa(y) + ", time." + m.String() + ", " + itoa(d) + ", " + itoa(h) + ", " +
		itoa(mi) + ", " + itoa(s) + ", " + itoa(int(t.nsec)) + ", time.UTC)"
}

func pad(b []byte, x int, width int, padc byte) []byte {
	s := itoa(x)
	for i := len(s); i < width; i++ {
		b = append(b, padc)
	}
	return append(b, s...)
}

func isDigit(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

func lowerStart(s string) bool { return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z' }

// Format writes t as layout shows the reference time Mon Jan 2 15:04:05 MST 2006.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	var b []byte
	for i := 0; i < len(layout); {
		rest := layout[i:]
		std := ""
		switch c := layout[i]; {
		case c == 'J' && len(rest) >= 3 && rest[:3] == "Jan":
			if len(rest) >= 7 && rest[:7] == "January" {
				std = "January"
			} else if !lowerStart(rest[3:]) {
				std = "Jan"
			}
		case c == 'M' && len(rest) >= 3:
			if len(rest) >= 6 && rest[:6] == "Monday" {
				std = "Monday"
			} else if rest[:3] == "Mon" && !lowerStart(rest[3:]) {
				std = "Mon"
			} else if rest[:3] == "MST" {
				std = "MST"
			}
		case c == '0' && len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6':
			std = rest[:2]
		case c == '0' && len(rest) >= 3 && rest[1] == '0' && rest[2] == '2':
			std = "002"
		case c == '1':
			if len(rest) >= 2 && rest[1] == '5' {
				std = "15"
			} else {
				std = "1"
			}
		case c == '2':
			if len(rest) >= 4 && rest[:4] == "2006" {
				std = "2006"
			} else {
				std = "2"
			}
		case c == '_':
			if len(rest) >= 2 && rest[1] == '2' {
				if len(rest) >= 5 && rest[1:5] == "2006" {
					b = append(b, '_')
					i++
					continue
				}
				std = "_2"
			} else if len(rest) >= 3 && rest[1] == '_' && rest[2] == '2' {
				std = "__2"
			}
		case c == '3' || c == '4' || c == '5':
			std = rest[:1]
		case c == 'P' && len(rest) >= 2 && rest[1] == 'M':
			std = "PM"
		case c == 'p' && len(rest) >= 2 && rest[1] == 'm':
			std = "pm"
		case c == '-' || c == 'Z':
			for _, z := range []string{"070000", "07:00:00", "0700", "07:00", "07"} {
				if len(rest) >= 1+len(z) && rest[1:1+len(z)] == z {
					std = rest[:1+len(z)]
					break
				}
			}
		case (c == '.' || c == ',') && len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9'):
			j := 1
			for j < len(rest) && rest[j] == rest[1] {
				j++
			}
			if !isDigit(rest, j) {
				std = rest[:j]
			}
		}
		if std == "" {
			b = append(b, layout[i])
			i++
			continue
		}
		i += len(std)
		switch std {
		case "January":
			b = append(b, month.String()...)
		case "Jan":
			b = append(b, month.String()[:3]...)
		case "Monday":
			b = append(b, t.Weekday().String()...)
		case "Mon":
			b = append(b, t.Weekday().String()[:3]...)
		case "MST":
			b = append(b, "UTC"...)
		case "01":
			b = pad(b, int(month), 2, '0')
		case "02":
			b = pad(b, day, 2, '0')
		case "03":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = pad(b, h, 2, '0')
		case "04":
			b = pad(b, min, 2, '0')
		case "05":
			b = pad(b, sec, 2, '0')
		case "06":
			b = pad(b, year%100, 2, '0')
		case "002":
			b = pad(b, t.YearDay(), 3, '0')
		case "__2":
			b = pad(b, t.YearDay(), 3, ' ')
		case "15":
			b = pad(b, hour, 2, '0')
		case "1":
			b = pad(b, int(month), 0, '0')
		case "2006":
			b = pad(b, year, 4, '0')
		case "2":
			b = pad(b, day, 0, '0')
		case "_2":
			b = pad(b, day, 2, ' ')
		case "3":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = pad(b, h, 0, '0')
		case "4":
			b = pad(b, min, 0, '0')
		case "5":
			b = pad(b, sec, 0, '0')
		case "PM":
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case "pm":
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		default:
			if std[0] == 'Z' {
				b = append(b, 'Z')
			} else if std[0] == '-' {
				switch std {
				case "-070000":
					b = append(b, "+000000"...)
				case "-07:00:00":
					b = append(b, "+00:00:00"...)
				case "-0700":
					b = append(b, "+0000"...)
				case "-07:00":
					b = append(b, "+00:00"...)
				case "-07":
					b = append(b, "+00"...)
				}
			} else {
				// fractional seconds: .000 keeps every digit, .999 drops trailing zeros
				digits := len(std) - 1
				if digits > 9 {
					digits = 9
				}
				frac := pad(nil, int(t.nsec), 9, '0')[:digits]
				if std[1] == '9' {
					n := len(frac)
					for n > 0 && frac[n-1] == '0' {
						n--
					}
					frac = frac[:n]
					if n == 0 {
						break
					}
				}
				b = append(b, std[0])
				b = append(b, frac...)
			}
		}
	}
	return string(b)
}
)go";

const char* kSync = R"go(package sync

type Locker interface {
	Lock()
	Unlock()
}

// Each type keeps its runtime object in h and mirrors Go's fields after it (see natives.cpp).
type Mutex struct {
	h     __handle
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	h           __handle
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type noCopy struct{}

type WaitGroup struct {
	h      __handle
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	h    __handle
	done uint32
	m    Mutex
}

// Cond: waiters park on channels of their own, released in FIFO order by Signal.
type Cond struct {
	noCopy  noCopy
	L       Locker
	waiters []chan struct{}
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

func (c *Cond) Signal() {
	if len(c.waiters) > 0 {
		ch := c.waiters[0]
		c.waiters = c.waiters[1:]
		close(ch)
	}
}

func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
}

// Map: a map safe for concurrent use; its mutex orders the goroutines using it.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	m.store(key, value)
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	previous, loaded = m.m[key]
	m.store(key, value)
	m.mu.Unlock()
	return
}

func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each entry (over a snapshot of the keys, so f may use the map) until f
// returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// Pool: a free list; Get returns the most recently Put value, or New's.
type Pool struct {
	noCopy noCopy
	items  []any
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

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
)go";

const char* kStrings = R"go(package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string { return ToUpper(s) }
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func Fields(s string) []string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Compare(a, b string) int
func Title(s string) string

func Clone(s string) string { return string([]byte(s)) }

func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			if !invalid {
				b.WriteString(replacement)
				invalid = true
			}
			i++
			continue
		}
		invalid = false
		b.WriteString(s[i : i+w])
		i += w
	}
	return b.String()
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	last := -1
	for i, r := range s {
		if f(r) {
			last = i
		}
	}
	return last
}

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !f(r) {
			break
		}
		end -= size
	}
	return s[:end]
}

func TrimFunc(s string, f func(rune) bool) string { return TrimRightFunc(TrimLeftFunc(s, f), f) }

func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

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
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}
func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Cap() int       { return cap(b.buf) }
func (b *Builder) Reset()         { b.buf = nil }
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Replacer replaces a list of strings with replacements, trying the old strings in argument
// order at each position (Go's generic algorithm; its byte-level fast paths give the same text).
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	emptyOld := false
	for i := 0; i < len(r.oldnew); i += 2 {
		if r.oldnew[i] == "" {
			emptyOld = true
		}
	}
	i := 0
	for i <= len(s) {
		matched := false
		best := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) && (old != "" || emptyOld) {
				if best < 0 || len(old) > len(r.oldnew[best]) && false {
					best = k
				}
				break
			}
		}
		if best >= 0 {
			old := r.oldnew[best]
			b.WriteString(r.oldnew[best+1])
			if old != "" {
				i += len(old)
				matched = true
			}
		}
		if !matched {
			if i == len(s) {
				break
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			if !emptyOld {
				size = 1
			}
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// Reader reads from a string (io.Reader, io.ByteReader, io.RuneReader).
type Reader struct {
	s        string
	i        int
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }
func (r *Reader) Len() int {
	if r.i >= len(r.s) {
		return 0
	}
	return len(r.s) - r.i
}
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += n
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = r.i
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return
}

func (r *Reader) UnreadRune() error {
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = r.prevRune
	r.prevRune = -1
	return nil
}

func (r *Reader) ReadString(delim byte) (string, error) {
	if r.i >= len(r.s) {
		return "", io.EOF
	}
	j := IndexByte(r.s[r.i:], delim)
	if j < 0 {
		out := r.s[r.i:]
		r.i = len(r.s)
		return out, io.EOF
	}
	out := r.s[r.i : r.i+j+1]
	r.i += j + 1
	return out, nil
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
)go";

const char* kStrconv = R"go(package strconv

import "errors"

const IntSize = 64

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string { return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error() }
func (e *NumError) Unwrap() error { return e.Err }

var ErrSyntax = errors.New("invalid syntax")
var ErrRange = errors.New("value out of range")

func numError(fn, s, why string) error {
	var err error
	switch why {
	case "invalid syntax":
		err = ErrSyntax
	case "value out of range":
		err = ErrRange
	default:
		err = errors.New(why)
	}
	return &NumError{fn, s, err}
}

func __parseInt(s string, base int, bitSize int) (int64, string)
func __parseUint(s string, base int, bitSize int) (uint64, string)
func __parseFloat(s string, bitSize int) (float64, string)
func __unquote(s string) (string, bool)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, why := __parseInt(s, base, bitSize)
	if why != "" {
		return v, numError("ParseInt", s, why)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, why := __parseUint(s, base, bitSize)
	if why != "" {
		return v, numError("ParseUint", s, why)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, why := __parseInt(s, 10, 0)
	if why != "" {
		return int(v), numError("Atoi", s, why)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, why := __parseFloat(s, bitSize)
	if why != "" {
		return v, numError("ParseFloat", s, why)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, numError("ParseBool", str, "invalid syntax")
}

func Unquote(s string) (string, error) {
	v, ok := __unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }
func AppendQuote(dst []byte, s string) []byte       { return append(dst, Quote(s)...) }
)go";

const char* kMath = R"go(package math

const (
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi     = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848131657359044802981013157478017
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	Ln2     = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E   = 1 / Ln2
	Ln10    = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E  = 1 / Ln10

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
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1

	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Cbrt(x float64) float64
func Pow(x, y float64) float64
func Pow10(n int) float64 { return Pow(10, float64(n)) }
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func Copysign(f, sign float64) float64
func Dim(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Hypot(p, q float64) float64
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) bool
func IsInf(f float64, sign int) bool
func Signbit(x float64) bool
func Modf(f float64) (int float64, frac float64)
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Nextafter(x, y float64) (r float64)
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
)go";

const char* kSort = R"go(package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Ints, Float64s and Strings sort natively: equal elements are indistinguishable, so any
// correct order is Go's. Sort and Slice run Go's own unstable algorithm (pattern-defeating
// quicksort), so that elements that compare equal end up where Go puts them.
func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func SliceStable(x any, less func(i, j int) bool)

func __len(x any) int
func __swap(x any, i, j int)

func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitsLen(uint(n)))
}

type funcSorter struct {
	less func(i, j int) bool
	x    any
	n    int
}

func (f *funcSorter) Len() int           { return f.n }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSorter) Swap(i, j int)      { __swap(f.x, i, j) }

func Slice(x any, less func(i, j int) bool) {
	n := __len(x)
	pdqsort(&funcSorter{less, x, n}, 0, n, bitsLen(uint(n)))
}

func Stable(data Interface) {
	n := data.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// pdqsort sorts data[a:b]; limit is how many bad pivots are allowed before heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		if a > 0 && !data.Less(a-1, pivot) {
			mid := partitionEqual(data, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length >= 8 {
		random := uint64(length)
		modulus := uint(1) << bitsLen(uint(length))
		// swap the three elements around the middle with pseudo-random others
		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			random ^= random << 13
			random ^= random >> 17
			random ^= random << 5
			other := int(uint(random) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx, a+other)
		}
	}
}

func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func reverseRange(data Interface, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data.Swap(i, j)
		i++
		j--
	}
}

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

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := __len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }

func (x IntSlice) Sort()    { Sort(x) }
func (x StringSlice) Sort() { Sort(x) }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }
)go";

const char* kRand = R"go(package rand

// The generator of Go 1.19: an additive lagged Fibonacci generator (lags 607 and 273) whose
// state Seed fills from a linear congruential sequence mixed with 607 constants (__cooked).
const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

func __cooked(i int) int64

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand: x[n+1] = 48271 * x[n] mod (2**31 - 1)
func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			var u int64
			u = int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			u ^= __cooked(i)
			rng.vec[i] = u
		}
	}
}

func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

type Rand struct {
	src Source
	s64 Source64
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n: Lemire's multiply-and-shift method (Shuffle uses it).
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// The top-level functions share one generator, seeded with 1 until Seed is called (Go 1.19).
var globalRand = New(NewSource(1))

func Seed(seed int64)                  { globalRand.Seed(seed) }
func Int63() int64                     { return globalRand.Int63() }
func Uint32() uint32                   { return globalRand.Uint32() }
func Uint64() uint64                   { return globalRand.Uint64() }
func Int31() int32                     { return globalRand.Int31() }
func Int() int                         { return globalRand.Int() }
func Int63n(n int64) int64             { return globalRand.Int63n(n) }
func Int31n(n int32) int32             { return globalRand.Int31n(n) }
func Intn(n int) int                   { return globalRand.Intn(n) }
func Float64() float64                 { return globalRand.Float64() }
func Float32() float32                 { return globalRand.Float32() }
func Perm(n int) []int                 { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
)go";

const char* kFlag = R"go(package flag

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

var ErrHelp = errors.New("flag: help requested")
var errParse = errors.New("parse error")
var errRange = errors.New("value out of range")

func numError(err error) error {
	if ne, ok := err.(*strconv.NumError); ok {
		if ne.Err == strconv.ErrSyntax {
			return errParse
		}
		if ne.Err == strconv.ErrRange {
			return errRange
		}
	}
	return err
}

type Value interface {
	String() string
	Set(string) error
}

type Getter interface {
	Value
	Get() any
}

type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}
func (b *boolValue) Get() any          { return bool(*b) }
func (b *boolValue) String() string    { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool  { return true }

type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = intValue(v)
	return err
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = int64Value(v)
	return err
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = uintValue(v)
	return err
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i), 10) }

type uint64Value uint64

func (i *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = uint64Value(v)
	return err
}
func (i *uint64Value) Get() any       { return uint64(*i) }
func (i *uint64Value) String() string { return strconv.FormatUint(uint64(*i), 10) }

type stringValue string

func (s *stringValue) Set(val string) error {
	*s = stringValue(val)
	return nil
}
func (s *stringValue) Get() any       { return string(*s) }
func (s *stringValue) String() string { return string(*s) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		err = numError(err)
	}
	*f = float64Value(v)
	return err
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return time.Duration(*d).String() }

type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota
	ExitOnError
	PanicOnError
)

type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

type FlagSet struct {
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string
	errorHandling ErrorHandling
}

func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}

func (f *FlagSet) Name() string                  { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling  { return f.errorHandling }
func (f *FlagSet) Output() *os.File              { return os.Stderr }
func (f *FlagSet) Parsed() bool                  { return f.parsed }
func (f *FlagSet) Args() []string                { return f.args }
func (f *FlagSet) NArg() int                     { return len(f.args) }
func (f *FlagSet) NFlag() int                    { return len(f.actual) }
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

func sortFlags(flags map[string]*Flag) []*Flag {
	result := make([]*Flag, 0, len(flags))
	for _, fl := range flags {
		result = append(result, fl)
	}
	sort.Slice(result, func(i, j int) bool { return result[i].Name < result[j].Name })
	return result
}

func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range sortFlags(f.formal) {
		fn(fl)
	}
}

func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range sortFlags(f.actual) {
		fn(fl)
	}
}

func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

func (f *FlagSet) Set(name, value string) error {
	fl, ok := f.formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	err := fl.Value.Set(value)
	if err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return nil
}

// isZeroValue: whether value is what the flag's type prints for its zero value.
func isZeroValue(fl *Flag, value string) bool {
	switch fl.Value.(type) {
	case *boolValue:
		return value == "false"
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return value == "0"
	case *stringValue:
		return value == ""
	case *durationValue:
		return value == "0s"
	}
	return value == "" || value == "0" || value == "false" || value == "0s" || value == "[]" || value == "<nil>"
}

func UnquoteUsage(fl *Flag) (name string, usage string) {
	usage = fl.Usage
	for i := 0; i < len(usage); i++ {
		if usage[i] == '`' {
			for j := i + 1; j < len(usage); j++ {
				if usage[j] == '`' {
					name = usage[i+1 : j]
					usage = usage[:i] + name + usage[j+1:]
					return name, usage
				}
			}
			break
		}
	}
	name = "value"
	switch v := fl.Value.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return
}

func (f *FlagSet) PrintDefaults() {
	f.VisitAll(func(fl *Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", fl.Name)
		name, usage := UnquoteUsage(fl)
		if len(name) > 0 {
			b.WriteString(" ")
			b.WriteString(name)
		}
		// A one-letter flag without a value name keeps its usage on the same line.
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if !isZeroValue(fl, fl.DefValue) {
			if _, ok := fl.Value.(*stringValue); ok {
				fmt.Fprintf(&b, " (default %q)", fl.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %v)", fl.DefValue)
			}
		}
		fmt.Fprint(f.Output(), b.String(), "\n")
	})
}

func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(fmt.Sprintf("flag %q begins with -", name))
	} else if strings.Contains(name, "=") {
		panic(fmt.Sprintf("flag %q contains =", name))
	}
	fl := &Flag{name, usage, value, value.String()}
	if _, alreadythere := f.formal[name]; alreadythere {
		var msg string
		if f.name == "" {
			msg = fmt.Sprintf("flag redefined: %s", name)
		} else {
			msg = fmt.Sprintf("%s flag redefined: %s", f.name, name)
		}
		panic(msg)
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = fl
}

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}
func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}
func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

func (f *FlagSet) failf(format string, a ...any) error {
	err := fmt.Errorf(format, a...)
	fmt.Fprintln(f.Output(), err)
	f.usage()
	return err
}

// parseOne parses one flag; it reports whether it saw one.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	numMinuses := 1
	if s[1] == '-' {
		numMinuses++
		if len(s) == 2 {
			f.args = f.args[1:]
			return false, nil
		}
	}
	name := s[numMinuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}
	f.args = f.args[1:]
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			value = name[i+1:]
			hasValue = true
			name = name[0:i]
			break
		}
	}
	fl, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}
	if fv, ok := fl.Value.(boolFlag); ok && fv.IsBoolFlag() {
		if hasValue {
			if err := fv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else {
			if err := fv.Set("true"); err != nil {
				return false, f.failf("invalid boolean flag %s: %v", name, err)
			}
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			hasValue = true
			value, f.args = f.args[0], f.args[1:]
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return true, nil
}

func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			break
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
	return nil
}

var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

func commandLineUsage() { Usage() }

func init() { CommandLine.Usage = commandLineUsage }

func Parse()                                { CommandLine.Parse(os.Args[1:]) }
func Parsed() bool                          { return CommandLine.Parsed() }
func Args() []string                        { return CommandLine.args }
func NArg() int                             { return len(CommandLine.args) }
func Arg(i int) string                      { return CommandLine.Arg(i) }
func NFlag() int                            { return len(CommandLine.actual) }
func PrintDefaults()                        { CommandLine.PrintDefaults() }
func Lookup(name string) *Flag              { return CommandLine.formal[name] }
func Set(name, value string) error          { return CommandLine.Set(name, value) }
func Visit(fn func(*Flag))                  { CommandLine.Visit(fn) }
func VisitAll(fn func(*Flag))               { CommandLine.VisitAll(fn) }
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

func BoolVar(p *bool, name string, value bool, usage string) { CommandLine.BoolVar(p, name, value, usage) }
func Bool(name string, value bool, usage string) *bool      { return CommandLine.Bool(name, value, usage) }
func IntVar(p *int, name string, value int, usage string)    { CommandLine.IntVar(p, name, value, usage) }
func Int(name string, value int, usage string) *int         { return CommandLine.Int(name, value, usage) }
func Int64Var(p *int64, name string, value int64, usage string) { CommandLine.Int64Var(p, name, value, usage) }
func Int64(name string, value int64, usage string) *int64   { return CommandLine.Int64(name, value, usage) }
func UintVar(p *uint, name string, value uint, usage string) { CommandLine.UintVar(p, name, value, usage) }
func Uint(name string, value uint, usage string) *uint      { return CommandLine.Uint(name, value, usage) }
func Uint64Var(p *uint64, name string, value uint64, usage string) { CommandLine.Uint64Var(p, name, value, usage) }
func Uint64(name string, value uint64, usage string) *uint64 { return CommandLine.Uint64(name, value, usage) }
func StringVar(p *string, name string, value string, usage string) { CommandLine.StringVar(p, name, value, usage) }
func String(name string, value string, usage string) *string { return CommandLine.String(name, value, usage) }
func Float64Var(p *float64, name string, value float64, usage string) { CommandLine.Float64Var(p, name, value, usage) }
func Float64(name string, value float64, usage string) *float64 { return CommandLine.Float64(name, value, usage) }
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}
)go";

const char* kUtf8 = R"go(package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRuneInString(s string) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func RuneCountInString(s string) int
func ValidString(s string) bool

func DecodeRune(p []byte) (rune, int)     { return DecodeRuneInString(string(p)) }
func DecodeLastRune(p []byte) (rune, int) { return DecodeLastRuneInString(string(p)) }
func RuneCount(p []byte) int              { return RuneCountInString(string(p)) }
func Valid(p []byte) bool                 { return ValidString(string(p)) }
func FullRuneInString(s string) bool {
	r, n := DecodeRuneInString(s)
	return !(r == RuneError && n == 1 && len(s) < UTFMax && len(s) > 0 && s[0] >= 0xC0)
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	s := string(r)
	copy(p, s)
	return len(s)
}

func AppendRune(p []byte, r rune) []byte { return append(p, string(r)...) }
)go";

const char* kUnicode = R"go(package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool { return IsPrint(r) || IsSpace(r) && r > MaxLatin1 }
func IsTitle(r rune) bool   { return false }
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune { return ToUpper(r) }
)go";

const char* kAtomic = R"go(package atomic

// One VM lock serialises interpreted code and a function body without calls or loops never
// yields, so these plain reads and writes are atomic.

type noCopy struct{}
type align64 struct{}

func AddInt32(addr *int32, delta int32) (new int32)       { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)       { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)   { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)   { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func LoadInt32(addr *int32) int32       { return *addr }
func LoadInt64(addr *int64) int64       { return *addr }
func LoadUint32(addr *uint32) uint32    { return *addr }
func LoadUint64(addr *uint64) uint64    { return *addr }
func LoadUintptr(addr *uintptr) uintptr { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)         { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)         { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { old = *addr; *addr = new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32           { return x.v }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { old := x.v; x.v = new; return old }
func (x *Int32) Add(delta int32) int32 { x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64           { return x.v }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { old := x.v; x.v = new; return old }
func (x *Int64) Add(delta int64) int64 { x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32            { return x.v }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { old := x.v; x.v = new; return old }
func (x *Uint32) Add(delta uint32) uint32 { x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64            { return x.v }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { old := x.v; x.v = new; return old }
func (x *Uint64) Add(delta uint64) uint64 { x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool          { return x.v != 0 }
func (x *Bool) Store(val bool)      { x.v = b32(val) }
func (x *Bool) Swap(new bool) bool  { old := x.v != 0; x.v = b32(new); return old }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	if (x.v != 0) == old {
		x.v = b32(new)
		return true
	}
	return false
}

func __sameType(a, b any) bool

type Value struct {
	v any
}

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !__sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !__sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !__sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != nil && !__sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
)go";

const char* kIo = R"go(package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ReadWriter interface {
	Reader
	Writer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadCloser interface {
	Reader
	Closer
}

var EOF = errors.New("EOF")
var ErrUnexpectedEOF = errors.New("unexpected EOF")
var ErrShortWrite = errors.New("short write")
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

type discard struct{}

func (discard) Write(p []byte) (int, error)        { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

var Discard Writer = discard{}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}

func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	all = append(all, writers...)
	return &multiWriter{all}
}
)go";

const char* kLog = R"go(package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

func Default() *Logger { return std }

func itoa(buf *[]byte, i int, wid int) {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

func (l *Logger) formatHeader(buf *[]byte, t time.Time, file string, line int) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, int(month), 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, t.Nanosecond()/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes one log line; calldepth counts the frames up to the caller reported by
// Lshortfile and Llongfile (1: the caller of Output).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var file string
	var line int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	var buf []byte
	l.formatHeader(&buf, now, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Flags() int               { return l.flag }
func (l *Logger) SetFlags(flag int)        { l.flag = flag }
func (l *Logger) Prefix() string           { return l.prefix }
func (l *Logger) SetPrefix(prefix string)  { l.prefix = prefix }
func (l *Logger) Writer() io.Writer        { return l.out }
func (l *Logger) SetOutput(w io.Writer)    { l.out = w }

func SetOutput(w io.Writer)       { std.out = w }
func Flags() int                  { return std.flag }
func SetFlags(flag int)           { std.flag = flag }
func Prefix() string              { return std.prefix }
func SetPrefix(prefix string)     { std.prefix = prefix }
func Writer() io.Writer           { return std.out }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
)go";

const char* kBytes = R"go(package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// The functions work on the bytes as a string (package strings has the algorithms).
func Contains(b, sub []byte) bool     { return strings.Contains(string(b), string(sub)) }
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }
func Count(s, sep []byte) int         { return strings.Count(string(s), string(sep)) }
func Equal(a, b []byte) bool          { return string(a) == string(b) }
func EqualFold(s, t []byte) bool      { return strings.EqualFold(string(s), string(t)) }
func Compare(a, b []byte) int         { return strings.Compare(string(a), string(b)) }
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }
func Index(s, sep []byte) int         { return strings.Index(string(s), string(sep)) }
func IndexByte(b []byte, c byte) int  { return strings.IndexByte(string(b), c) }
func IndexRune(s []byte, r rune) int  { return strings.IndexRune(string(s), r) }
func LastIndex(s, sep []byte) int     { return strings.LastIndex(string(s), string(sep)) }
func ToUpper(s []byte) []byte         { return []byte(strings.ToUpper(string(s))) }
func ToLower(s []byte) []byte         { return []byte(strings.ToLower(string(s))) }
func TrimSpace(s []byte) []byte       { return bytesOrNil(strings.TrimSpace(string(s)), s) }
func Trim(s []byte, cutset string) []byte { return bytesOrNil(strings.Trim(string(s), cutset), s) }
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
func Repeat(b []byte, count int) []byte { return []byte(strings.Repeat(string(b), count)) }
func ReplaceAll(s, old, new []byte) []byte {
	return []byte(strings.ReplaceAll(string(s), string(old), string(new)))
}
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

func bytesOrNil(t string, s []byte) []byte {
	if len(t) == 0 && s == nil {
		return nil
	}
	return []byte(t)
}

func toBytes(parts []string) [][]byte {
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

func Split(s, sep []byte) [][]byte        { return toBytes(strings.Split(string(s), string(sep))) }
func SplitN(s, sep []byte, n int) [][]byte { return toBytes(strings.SplitN(string(s), string(sep), n)) }
func Fields(s []byte) [][]byte            { return toBytes(strings.Fields(string(s))) }

func Join(s [][]byte, sep []byte) []byte {
	parts := make([]string, len(s))
	for i, b := range s {
		parts[i] = string(b)
	}
	return []byte(strings.Join(parts, string(sep)))
}

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

// Buffer is a variable-sized buffer of bytes with Read and Write methods.
type Buffer struct {
	buf []byte
	off int
}

func NewBuffer(buf []byte) *Buffer       { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer  { return &Buffer{buf: []byte(s)} }
func (b *Buffer) Bytes() []byte         { return b.buf[b.off:] }
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}
func (b *Buffer) Len() int   { return len(b.buf) - b.off }
func (b *Buffer) Cap() int   { return cap(b.buf) }
func (b *Buffer) Reset()     { b.buf = b.buf[:0]; b.off = 0 }
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Buffer) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Buffer) Read(p []byte) (n int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	return n, nil
}
func (b *Buffer) Next(n int) []byte {
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	return data
}
func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	return c, nil
}
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	return r, size, nil
}
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = string(b.buf[b.off:end])
	b.off = end
	return line, err
}
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	m, e := w.Write(b.buf[b.off:])
	b.Reset()
	return int64(m), e
}
)go";

const char* kBufio = R"go(package bufio

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const defaultBufSize = 4096

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrFinalToken      = errors.New("final token")
)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads tokens (lines by default) from an io.Reader.
type Scanner struct {
	r     io.Reader
	split SplitFunc
	buf   []byte
	start int
	end   int
	token []byte
	err   error
	eof   bool
	done  bool
	max   int
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, max: 64 * 1024}
}

func (s *Scanner) Split(split SplitFunc)       { s.split = split }
func (s *Scanner) Buffer(buf []byte, max int) { s.buf = buf[0:cap(buf)]; s.max = max }
func (s *Scanner) Text() string               { return string(s.token) }
func (s *Scanner) Bytes() []byte              { return s.token }
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	for {
		if s.end > s.start || s.eof {
			advance, token, err := s.split(s.buf[s.start:s.end], s.eof)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.err = err
				s.done = true
				return false
			}
			if advance < 0 {
				s.err = ErrNegativeAdvance
				s.done = true
				return false
			}
			if advance > s.end-s.start {
				s.err = ErrAdvanceTooFar
				s.done = true
				return false
			}
			s.start += advance
			if token != nil {
				s.token = token
				return true
			}
			if s.eof {
				s.token = nil
				s.done = true
				return false
			}
		}
		if s.start > 0 {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.max {
				s.err = ErrTooLong
				s.done = true
				return false
			}
			n := len(s.buf) * 2
			if n == 0 {
				n = defaultBufSize
			}
			if n > s.max {
				n = s.max
			}
			nb := make([]byte, n)
			copy(nb, s.buf[:s.end])
			s.buf = nb
		}
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
		}
	}
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRuneInString(string(data)) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// Reader buffers an io.Reader.
type Reader struct {
	rd  io.Reader
	buf []byte
	err error
}

func NewReader(rd io.Reader) *Reader { return &Reader{rd: rd} }
func NewReaderSize(rd io.Reader, size int) *Reader { return &Reader{rd: rd} }

func (b *Reader) fill() bool {
	if b.err != nil {
		return false
	}
	p := make([]byte, defaultBufSize)
	n, err := b.rd.Read(p)
	b.buf = append(b.buf, p[:n]...)
	if err != nil {
		b.err = err
	}
	return n > 0 || err == nil
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if len(b.buf) == 0 && !b.fill() && len(b.buf) == 0 {
		return 0, b.err
	}
	n = copy(p, b.buf)
	b.buf = b.buf[n:]
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for len(b.buf) == 0 {
		if !b.fill() && len(b.buf) == 0 {
			return 0, b.err
		}
	}
	c := b.buf[0]
	b.buf = b.buf[1:]
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for len(b.buf) < utf8.UTFMax && !utf8.FullRuneInString(string(b.buf)) && b.fill() {
	}
	if len(b.buf) == 0 {
		return 0, 0, b.err
	}
	r, size = utf8.DecodeRune(b.buf)
	b.buf = b.buf[size:]
	return r, size, nil
}

func (b *Reader) ReadString(delim byte) (string, error) {
	for {
		if i := strings.IndexByte(string(b.buf), delim); i >= 0 {
			line := string(b.buf[:i+1])
			b.buf = b.buf[i+1:]
			return line, nil
		}
		if !b.fill() {
			line := string(b.buf)
			b.buf = nil
			return line, b.err
		}
	}
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	s, err := b.ReadString('\n')
	if len(s) == 0 && err != nil {
		return nil, false, err
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
	return []byte(s), false, nil
}

// Writer buffers writes to an io.Writer until Flush.
type Writer struct {
	wr  io.Writer
	buf []byte
	err error
}

func NewWriter(w io.Writer) *Writer               { return &Writer{wr: w} }
func NewWriterSize(w io.Writer, size int) *Writer { return &Writer{wr: w} }

func (b *Writer) Write(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	b.buf = append(b.buf, p...)
	if len(b.buf) >= defaultBufSize {
		b.Flush()
	}
	return len(p), nil
}
func (b *Writer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }
func (b *Writer) WriteByte(c byte) error {
	_, err := b.Write([]byte{c})
	return err
}
func (b *Writer) WriteRune(r rune) (int, error) { return b.WriteString(string(r)) }
func (b *Writer) Buffered() int                 { return len(b.buf) }
func (b *Writer) Available() int                { return defaultBufSize - len(b.buf) }
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.wr.Write(b.buf)
	b.buf = b.buf[:0]
	b.err = err
	return err
}
)go";

const char* kHeap = R"go(package heap

import "sort"

type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

func up(h Interface, j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		j = i
	}
}

func down(h Interface, i0, n int) bool {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h.Less(j2, j1) {
			j = j2
		}
		if !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		i = j
	}
	return i > i0
}
)go";

const char* kList = R"go(package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List is a doubly linked list with a sentinel root element.
type List struct {
	root Element
	len  int
}

func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

func New() *List { return new(List).Init() }

func (l *List) Len() int { return l.len }

func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

func (l *List) insert(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

func (l *List) insertValue(v any, at *Element) *Element { return l.insert(&Element{Value: v}, at) }

func (l *List) remove(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.len--
}

func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.remove(e)
	}
	return e.Value
}

func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, &l.root)
}

func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, l.root.prev)
}

func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark.prev)
}

func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark)
}

func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}

func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}

func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}

func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}
)go";

}  // namespace

const char* prelude_source(std::string_view path) {
  if (path == "runtime") return kRuntime;
  if (path == "errors") return kErrors;
  if (path == "fmt") return kFmt;
  if (path == "os") return kOs;
  if (path == "time") {
    static const std::string time_src = std::string(kTime) + kTimeCalendar;
    return time_src.c_str();
  }
  if (path == "sync") return kSync;
  if (path == "context") return kContext;
  if (path == "strings") return kStrings;
  if (path == "strconv") return kStrconv;
  if (path == "math") return kMath;
  if (path == "sort") return kSort;
  if (path == "math/rand") return kRand;
  if (path == "flag") return kFlag;
  if (path == "unicode/utf8") return kUtf8;
  if (path == "unicode") return kUnicode;
  if (path == "sync/atomic") return kAtomic;
  if (path == "io") return kIo;
  if (path == "log") return kLog;
  if (path == "bytes") return kBytes;
  if (path == "bufio") return kBufio;
  if (path == "container/heap") return kHeap;
  if (path == "container/list") return kList;
  return nullptr;
}

}  // namespace goro::vm
