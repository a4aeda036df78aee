// goroscope's package bufio (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package bufio

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

func (s *Scanner) Split(split SplitFunc)      { s.split = split }
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

func NewReader(rd io.Reader) *Reader               { return &Reader{rd: rd} }
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
