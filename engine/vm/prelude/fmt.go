// goroscope's package fmt (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
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

func Append(b []byte, a ...any) []byte                 { return append(b, Sprint(a...)...) }
func Appendln(b []byte, a ...any) []byte               { return append(b, Sprintln(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

func Errorf(format string, a ...any) error {
	s, w, ok := __errorf(format, a...)
	if !ok {
		return errors.New(s)
	}
	return &wrapError{s, w}
}

// ---- Scanning: Sscan/Sscanf/Sscanln, Fscan..., Scan... (standard input) ----
// Go's rules: Scan treats newlines as spaces, Scanln ends at a newline, Scanf matches its format
// (spaces match any run of spaces, newlines must match newlines). Values are read rune by rune, so
// a reader loses nothing beyond what was scanned. Errors are Go's words.

// runeSource is where a scan reads from: strings and bufio readers have these methods; any other
// io.Reader is read one byte at a time (byteRunes) so that it is never read past the scanned text.
type runeSource interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

type stringRunes struct {
	s        string
	pos      int
	lastSize int
}

func (r *stringRunes) ReadRune() (rune, int, error) {
	if r.pos >= len(r.s) {
		r.lastSize = 0
		return 0, 0, io.EOF
	}
	c, n := utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += n
	r.lastSize = n
	return c, n, nil
}

func (r *stringRunes) UnreadRune() error {
	r.pos -= r.lastSize
	r.lastSize = 0
	return nil
}

type byteRunes struct {
	r       io.Reader
	pending []byte // bytes read but not yet returned as runes (after invalid UTF-8)
	back    bool   // the last rune was unread
	last    rune
	size    int
}

func (b *byteRunes) readByte() (byte, error) {
	if len(b.pending) > 0 {
		c := b.pending[0]
		b.pending = b.pending[1:]
		return c, nil
	}
	var one [1]byte
	for {
		n, err := b.r.Read(one[:])
		if n == 1 {
			return one[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (b *byteRunes) ReadRune() (rune, int, error) {
	if b.back {
		b.back = false
		return b.last, b.size, nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	bytes := []byte{c}
	for c >= utf8.RuneSelf && len(bytes) < utf8.UTFMax && !utf8.FullRuneInString(string(bytes)) {
		next, err := b.readByte()
		if err != nil {
			break
		}
		bytes = append(bytes, next)
	}
	r, n := utf8.DecodeRuneInString(string(bytes))
	if n < len(bytes) {
		b.pending = append(bytes[n:], b.pending...)
	}
	b.last, b.size = r, n
	return r, n, nil
}

func (b *byteRunes) UnreadRune() error {
	b.back = true
	return nil
}

// scanFailure carries a scan error out of the nested readers to the entry point (a panic, as Go's).
type scanFailure struct{ err error }

const scanEOF = -1
const scanNoLimit = 1 << 30

type scanState struct {
	src       runeSource
	nlIsSpace bool // Scan, Sscan: a newline is a space
	nlIsEnd   bool // Scanln: a newline ends the input
	atEOF     bool
	count     int // runes read so far
	limit     int // count at which the current operand's width ends
	tok       []byte
}

func newScanState(src runeSource, nlIsSpace, nlIsEnd bool) *scanState {
	return &scanState{src: src, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: scanNoLimit}
}

func readerRunes(r io.Reader) runeSource {
	if src, ok := r.(runeSource); ok {
		return src
	}
	return &byteRunes{r: r}
}

func (s *scanState) fail(msg string) { panic(scanFailure{errors.New(msg)}) }

// next reads one rune, or scanEOF at the end of the input, of the operand's width or of the line.
func (s *scanState) next() rune {
	if s.atEOF || s.count >= s.limit {
		return scanEOF
	}
	r, _, err := s.src.ReadRune()
	if err != nil {
		if err == io.EOF {
			s.atEOF = true
			return scanEOF
		}
		panic(scanFailure{err})
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *scanState) back() {
	s.src.UnreadRune()
	s.atEOF = false
	s.count--
}

func (s *scanState) mustNext() rune {
	r := s.next()
	if r == scanEOF {
		panic(scanFailure{io.ErrUnexpectedEOF})
	}
	return r
}

// scanSpace reports Unicode white space as fmt's scanner defines it.
func scanSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == ' ', r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func (s *scanState) skipSpace() {
	for {
		r := s.next()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.fail("unexpected newline")
		}
		if !scanSpace(r) {
			s.back()
			return
		}
	}
}

func scanOneOf(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// accept appends the next rune to the token if it is one of set.
func (s *scanState) accept(set string) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if scanOneOf(set, r) {
		s.tok = utf8AppendRune(s.tok, r)
		return true
	}
	s.back()
	return false
}

// skip consumes the next rune if it is one of set, without keeping it.
func (s *scanState) skip(set string) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if scanOneOf(set, r) {
		return true
	}
	s.back()
	return false
}

func (s *scanState) peek(set string) bool {
	r := s.next()
	if r != scanEOF {
		s.back()
	}
	return scanOneOf(set, r)
}

// needInput ends the scan with io.EOF when nothing is left.
func (s *scanState) needInput() {
	if s.next() == scanEOF {
		panic(io.EOF)
	}
	s.back()
}

func utf8AppendRune(b []byte, r rune) []byte { return append(b, string(r)...) }

func (s *scanState) checkVerb(verb rune, verbs, what string) {
	if !scanOneOf(verbs, verb) {
		s.fail("bad verb '%" + string(verb) + "' for " + what)
	}
}

func (s *scanState) scanBool(verb rune) bool {
	s.skipSpace()
	s.needInput()
	s.checkVerb(verb, "tv", "boolean")
	bad := "syntax error scanning boolean"
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(bad)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(bad)
		}
	}
	return false
}

const (
	scanDecimal = "0123456789"
	scanHex     = "0123456789aAbBcCdDeEfF"
)

// integerToken reads an integer's text for verb and returns it with the base to parse it in
// (0: the text carries its prefix, as %v allows).
func (s *scanState) integerToken(verb rune, signed bool) (string, int) {
	s.skipSpace()
	s.needInput()
	s.checkVerb(verb, "bdoUxXv", "integer")
	base, digits := 10, scanDecimal
	switch verb {
	case 'b':
		base, digits = 2, "01"
	case 'o':
		base, digits = 8, "01234567"
	case 'x', 'X', 'U':
		base, digits = 16, scanHex
	}
	haveDigits := false
	if verb == 'U' {
		if !s.skip("U") || !s.skip("+") {
			s.fail("bad unicode format ")
		}
	} else {
		if signed {
			s.accept("+-")
		}
		if verb == 'v' && s.peek("0") {
			s.accept("0")
			base, haveDigits = 0, true
			switch {
			case s.peek("bB"):
				s.accept("bB")
				digits = "01_"
			case s.peek("oO"):
				s.accept("oO")
				digits = "01234567_"
			case s.peek("xX"):
				s.accept("xX")
				digits = scanHex + "_"
			default:
				digits = "01234567_"
			}
		} else if verb == 'v' {
			base, digits = 0, scanDecimal+"_"
		}
	}
	if !haveDigits {
		s.needInput()
		if !s.accept(digits) {
			s.fail("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.tok), base
}

func (s *scanState) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	tok, base := s.integerToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		panic(scanFailure{err})
	}
	if shift := uint(64 - bits); (i<<shift)>>shift != i {
		s.fail("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	tok, base := s.integerToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		panic(scanFailure{err})
	}
	if shift := uint(64 - bits); (u<<shift)>>shift != u {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return u
}

func (s *scanState) scanRune(bits int) int64 {
	s.needInput()
	r := int64(s.next())
	if shift := uint(64 - bits); (r<<shift)>>shift != r {
		s.fail("overflow on character value " + string(rune(r)))
	}
	return r
}

func (s *scanState) scanFloat(verb rune, bits int, what string) float64 {
	s.checkVerb(verb, "beEfFgGv", what)
	s.skipSpace()
	s.needInput()
	s.tok = s.tok[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return s.parseFloat(bits)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return s.parseFloat(bits)
	}
	digits, exp := scanDecimal+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = scanHex+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(scanDecimal + "_") {
		}
	}
	return s.parseFloat(bits)
}

func (s *scanState) parseFloat(bits int) float64 {
	f, err := strconv.ParseFloat(string(s.tok), bits)
	if err != nil {
		panic(scanFailure{err})
	}
	return f
}

func (s *scanState) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.skipSpace()
	s.needInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	for {
		r := s.next()
		if r == scanEOF {
			break
		}
		if scanSpace(r) {
			s.back()
			break
		}
		s.tok = utf8AppendRune(s.tok, r)
	}
	return string(s.tok)
}

func (s *scanState) quoted() string {
	switch quote := s.next(); quote {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8AppendRune(s.tok, r)
		}
	case '"':
		s.tok = append(s.tok, '"')
		for {
			r := s.mustNext()
			s.tok = utf8AppendRune(s.tok, r)
			if r == '\\' {
				s.tok = utf8AppendRune(s.tok, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		text, err := strconv.Unquote(string(s.tok))
		if err != nil {
			panic(scanFailure{err})
		}
		return text
	}
	s.fail("expected quoted string")
	return ""
}

func scanHexValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10, true
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

func (s *scanState) hexBytes() string {
	for {
		r := s.next()
		if r == scanEOF {
			break
		}
		hi, ok := scanHexValue(r)
		if !ok {
			s.back()
			break
		}
		lo, ok := scanHexValue(s.mustNext())
		if !ok {
			s.fail("illegal hex digit")
		}
		s.tok = append(s.tok, byte(hi<<4|lo))
	}
	if len(s.tok) == 0 {
		s.fail("no hex data for %x string")
	}
	return string(s.tok)
}

// scanOperand reads one value for verb into the variable arg points to.
func (s *scanState) scanOperand(verb rune, arg any) {
	s.tok = s.tok[:0]
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *int:
		*p = int(s.scanInt(verb, 64))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, 64))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, 64))
	case *float32:
		*p = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*p = s.scanFloat(verb, 64, "float64")
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	default:
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.fail("type not a pointer: " + t)
		}
		s.fail("can't scan type: " + t)
	}
}

// scanResult turns the scan's panic into its error (and lets any other panic go on).
func scanResult(err *error) {
	if e := recover(); e != nil {
		if f, ok := e.(scanFailure); ok {
			*err = f.err
		} else if e2, ok := e.(error); ok && e2 == io.EOF {
			*err = io.EOF
		} else {
			panic(e)
		}
	}
}

func (s *scanState) scanAll(a []any) (n int, err error) {
	defer scanResult(&err)
	for _, arg := range a {
		s.scanOperand('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.next()
			if r == '\n' || r == scanEOF {
				break
			}
			if !scanSpace(r) {
				s.fail("expected newline")
			}
		}
	}
	return
}

// matchText matches format's literal text (and spaces) against the input up to the next verb. It
// returns the bytes of format it consumed, or -1 when the input has a different character.
func (s *scanState) matchText(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if scanSpace(c) {
			newlines, trailing := 0, false
			for i < len(format) && scanSpace(c) {
				if c == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				c, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				in := s.next()
				for scanSpace(in) && in != '\n' {
					in = s.next()
				}
				if in != '\n' && in != scanEOF {
					s.fail("newline in format does not match input")
				}
			}
			if trailing {
				in := s.next()
				if newlines == 0 {
					if !scanSpace(in) && in != scanEOF {
						s.fail("expected space in input to match format")
					}
					if in == '\n' {
						s.fail("newline in input does not match format")
					}
				}
				for scanSpace(in) && in != '\n' {
					in = s.next()
				}
				if in != scanEOF {
					s.back()
				}
			}
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			if format[i+w] != '%' {
				return i
			}
			i += w // "%%" matches one '%'
		}
		in := s.mustNext()
		if in != c {
			s.back()
			return -1
		}
		i += w
	}
	return i
}

func (s *scanState) scanFormat(format string, a []any) (n int, err error) {
	defer scanResult(&err)
	last := len(format) - 1
	for i := 0; i <= last; {
		w := s.matchText(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break
		}
		i++
		width, haveWidth := 0, false
		for i <= last && format[i] >= '0' && format[i] <= '9' {
			width = width*10 + int(format[i]-'0')
			haveWidth = true
			i++
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.skipSpace()
		}
		if verb == '%' {
			s.skipSpace()
			s.needInput()
			if !s.skip("%") {
				s.fail("missing literal %")
			}
			continue
		}
		s.limit = scanNoLimit
		if haveWidth {
			s.limit = s.count + width
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-vw:] + "'")
		}
		s.scanOperand(verb, a[n])
		n++
		s.limit = scanNoLimit
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return
}

func Sscan(str string, a ...any) (n int, err error) {
	return newScanState(&stringRunes{s: str}, true, false).scanAll(a)
}
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanState(&stringRunes{s: str}, false, true).scanAll(a)
}
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanState(&stringRunes{s: str}, false, false).scanFormat(format, a)
}
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(readerRunes(r), true, false).scanAll(a)
}
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(readerRunes(r), false, true).scanAll(a)
}
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(readerRunes(r), false, false).scanFormat(format, a)
}
func Scan(a ...any) (n int, err error)   { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
