// goroscope's package time (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package time

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

func (t *Timer) Stop() bool            { return __stopTimer(t.h) }
func (t *Timer) Reset(d Duration) bool { return __resetTimer(t.h, d) }

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

func (t *Ticker) Stop() { __stopTimer(t.h) }
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	__resetTimer(t.h, d)
}

// Time is an instant with nanosecond precision: seconds since January 1, year 1, 00:00:00 UTC
// (the zero Time) and the nanoseconds within that second, and its Location as an index into
// __locations (0: UTC, as the zero Time; 1: Local, which is UTC, as on the machine Go's goldens come
// from; then fixed zones), so that timers' natives can make a Local time without a pointer. The run
// clock starts at the playground's 2009-11-10 23:00:00 UTC.
type Time struct {
	sec  int64
	nsec int64
	loc  int
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// seconds from January 1, year 1 to January 1, 1970
	unixToInternal int64    = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
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

// Location: a zone with one fixed offset (goroscope knows no daylight saving rules).
type Location struct {
	name   string // what String returns
	zone   string // the abbreviation Format prints for MST ("" prints the offset, +0200)
	offset int    // seconds east of UTC
	index  int    // in __locations
}

var UTC = &Location{"UTC", "UTC", 0, 0}
var Local = &Location{"Local", "UTC", 0, 1}
var __locations = []*Location{UTC, Local}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset.
func FixedZone(name string, offset int) *Location {
	l := &Location{name, name, offset, len(__locations)}
	__locations = append(__locations, l)
	return l
}

// fixedZone: a zone Parse found in its input, shared by every parse of the same name and offset.
func fixedZone(name string, offset int) *Location {
	for _, l := range __locations[2:] {
		if l.name == name && l.offset == offset {
			return l
		}
	}
	return FixedZone(name, offset)
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

func unixTime(sec int64, nsec int64) Time { return Time{sec + unixToInternal, nsec, Local.index} }

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
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec) - int64(loc.offset)
	return Time{unix + unixToInternal, int64(nsec), loc.index}
}

func __now() int64

func Now() Time {
	ns := __now()
	return Unix(ns/1e9, ns%1e9)
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// localSec: seconds since 1970 on the clock of t's zone (what the calendar methods read).
func (t Time) localSec() int64 { return t.unixSec() + int64(t.Location().offset) }
func (t Time) days() int64     { return floorDiv(t.localSec(), secondsPerDay) }

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
	return Time{t.sec + dsec, nsec, t.loc}
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
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
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
	s := int(floorMod(t.localSec(), secondsPerDay))
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}
func (t Time) Hour() int       { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int     { _, m, _ := t.Clock(); return m }
func (t Time) Second() int     { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) UTC() Time   { return Time{t.sec, t.nsec, UTC.index} }
func (t Time) Local() Time { return Time{t.sec, t.nsec, Local.index} }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{t.sec, t.nsec, loc.index}
}
func (t Time) Location() *Location { return __locations[t.loc] }
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.zone, l.offset
}
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
	loc := "time.UTC"
	if t.loc == Local.index {
		loc = "time.Local"
	} else if t.loc != UTC.index {
		loc = "time.Location(" + quote(t.Location().name) + ")"
	}
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return "time.Date(" + itoa(y) + ", time." + m.String() + ", " + itoa(d) + ", " + itoa(h) + ", " +
		itoa(mi) + ", " + itoa(s) + ", " + itoa(int(t.nsec)) + ", " + loc + ")"
}

func pad(b []byte, x int, width int, padc byte) []byte {
	s := itoa(x)
	for i := len(s); i < width; i++ {
		b = append(b, padc)
	}
	return append(b, s...)
}

// appendOffset: a zone offset as +hhmm (+hh:mm with colon, and seconds with secs).
func appendOffset(b []byte, offset int, colon, secs bool) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = pad(b, offset/3600, 2, '0')
	if colon {
		b = append(b, ':')
	}
	b = pad(b, offset/60%60, 2, '0')
	if secs {
		if colon {
			b = append(b, ':')
		}
		b = pad(b, offset%60, 2, '0')
	}
	return b
}

func isDigit(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

func lowerStart(s string) bool { return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z' }

// stdChunk: the layout element that rest starts with ("" if its first byte is literal text).
func stdChunk(rest string) string {
	std := ""
	switch c := rest[0]; {
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
				return "" // _2006 is a literal _ and then the year
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
	return std
}

// Format writes t as layout shows the reference time Mon Jan 2 15:04:05 MST 2006.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	zone, offset := t.Zone()
	var b []byte
	for i := 0; i < len(layout); {
		std := stdChunk(layout[i:])
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
			if zone != "" {
				b = append(b, zone...)
			} else {
				b = appendOffset(b, offset, false, false)
			}
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
			if std[0] == 'Z' && offset == 0 {
				b = append(b, 'Z')
			} else if std[0] == 'Z' || std[0] == '-' {
				colon := len(std) > 3 && std[3] == ':'
				if len(std) == 3 {
					b = appendOffset(b, offset, false, false)[:len(b)+3] // -07: hours only
				} else {
					b = appendOffset(b, offset, colon, len(std) == 7 || len(std) == 9)
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

// ---- Parse, as Go's: layout elements one by one, errors as *ParseError.

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// lookup: the index of the name val starts with, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c1, c2 := a[i], b[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// getnum: one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3: one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the literal prefix from value; a space matches any run of spaces.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	x := int(q)
	if err != nil || rem != "" {
		return 0, errLeadingInt
	}
	if neg {
		x = -x
	}
	return x, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		err = errBad
		return
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return
	}
	if ns < 0 {
		rangeErrString = "fractional second"
		return
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return
}

// parseTimeZone: the length of the zone abbreviation value starts with (MST, CEST, GMT+3, +03).
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLen(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffsetLen: the length of a +h/-hh hour offset (at most 23 hours), 0 if none.
func signedOffsetLen(value string) int {
	if len(value) < 2 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || value[1:] == rem || x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// Parse parses a formatted string as the layout shows the reference time (in UTC when the value
// names no zone).
func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, UTC) }

// ParseInLocation is Parse with loc for values without a zone (and for zone names loc uses).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErrString := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset, zoneName := -1, ""
	for {
		i := 0
		std := ""
		for ; i < len(layout); i++ {
			if std = stdChunk(layout[i:]); std != "" {
				break
			}
		}
		prefix := layout[:i]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == "" {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = layout[i+len(std):]
		var p string
		hold := value
		switch std {
		case "06":
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case "2006":
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[0:4], value[4:]
			year, err = atoi(p)
		case "Jan":
			month, value, err = lookup(shortMonthNames, value)
			month++
		case "January":
			month, value, err = lookup(longMonthNames, value)
			month++
		case "1", "01":
			month, value, err = getnum(value, std == "01")
			if err == nil && (month <= 0 || 12 < month) {
				rangeErrString = "month"
			}
		case "Mon":
			_, value, err = lookup(shortDayNames, value)
		case "Monday":
			_, value, err = lookup(longDayNames, value)
		case "2", "_2", "02":
			if std == "_2" && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std == "02")
		case "__2", "002":
			for i := 0; i < 2; i++ {
				if std == "__2" && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == "002")
		case "15":
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErrString = "hour"
			}
		case "3", "03":
			hour, value, err = getnum(value, std == "03")
			if hour < 0 || 12 < hour {
				rangeErrString = "hour"
			}
		case "4", "04":
			min, value, err = getnum(value, std == "04")
			if min < 0 || 60 <= min {
				rangeErrString = "minute"
			}
		case "5", "05":
			sec, value, err = getnum(value, std == "05")
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErrString = "second"
				break
			}
			// A fractional second the layout does not show is accepted after the seconds.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				next := ""
				for j := 0; j < len(layout) && next == ""; j++ {
					next = stdChunk(layout[j:])
				}
				if next != "" && commaOrPeriod(next[0]) {
					break
				}
				n := 2
				for ; n < len(value) && isDigit(value, n); n++ {
				}
				nsec, rangeErrString, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case "PM", "pm":
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			if std == "PM" && p == "PM" || std == "pm" && p == "pm" {
				pmSet = true
			} else if std == "PM" && p == "AM" || std == "pm" && p == "am" {
				amSet = true
			} else {
				err = errBad
			}
		case "MST":
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		default:
			if std[0] == '-' || std[0] == 'Z' {
				if std[0] == 'Z' && len(std) <= 6 && len(value) >= 1 && value[0] == 'Z' {
					value = value[1:]
					z = UTC
					break
				}
				var sign, hh, mm, ss string
				switch len(std) {
				case 6: // -07:00
					if len(value) < 6 || value[3] != ':' {
						err = errBad
						break
					}
					sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
				case 3: // -07
					if len(value) < 3 {
						err = errBad
						break
					}
					sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
				case 9: // -07:00:00
					if len(value) < 9 || value[3] != ':' || value[6] != ':' {
						err = errBad
						break
					}
					sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
				case 7: // -070000
					if len(value) < 7 {
						err = errBad
						break
					}
					sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
				default: // -0700
					if len(value) < 5 {
						err = errBad
						break
					}
					sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
				}
				if err != nil {
					break
				}
				var hr, mi, se int
				hr, _, err = getnum(hh, true)
				if err == nil {
					mi, _, err = getnum(mm, true)
				}
				if err == nil {
					se, _, err = getnum(ss, true)
				}
				zoneOffset = (hr*60+mi)*60 + se
				switch sign[0] {
				case '+':
				case '-':
					zoneOffset = -zoneOffset
				default:
					err = errBad
				}
			} else if std[1] == '0' { // .000
				ndigit := len(std)
				if len(value) < ndigit {
					err = errBad
					break
				}
				nsec, rangeErrString, err = parseNanoseconds(value, ndigit)
				value = value[ndigit:]
			} else { // .999
				if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
					break
				}
				i := 0
				for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
					i++
				}
				nsec, rangeErrString, err = parseNanoseconds(value, 1+i)
				value = value[1+i:]
			}
		}
		if rangeErrString != "" {
			return Time{}, &ParseError{alayout, avalue, std, value, ": " + rangeErrString + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, std, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		if local.offset == zoneOffset && (zoneName == "" || local.zone == zoneName) {
			return t.In(local), nil
		}
		return t.In(fixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if local.zone == zoneName {
			t.sec -= int64(local.offset)
			return t.In(local), nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		return t.In(fixedZone(zoneName, offset)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}
