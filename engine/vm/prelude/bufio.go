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

// MaxScanTokenSize is the largest token a Scanner takes unless given a bigger Buffer.
const MaxScanTokenSize = 64 * 1024

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
	return &Scanner{r: r, split: ScanLines, max: MaxScanTokenSize}
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
	rd       io.Reader
	buf      []byte
	err      error
	prev     []byte // buf before the last ReadByte or ReadRune, for UnreadByte/UnreadRune
	prevRune bool   // the last read was ReadRune
}

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
)

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
	b.prev = nil
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
	b.prev, b.prevRune = b.buf, false
	b.buf = b.buf[1:]
	return c, nil
}

// UnreadByte gives back the last byte read by ReadByte or ReadRune.
func (b *Reader) UnreadByte() error {
	if b.prev == nil {
		return ErrInvalidUnreadByte
	}
	b.buf = b.prev[len(b.prev)-len(b.buf)-1:]
	b.prev = nil
	return nil
}

// UnreadRune gives back the rune the last ReadRune returned.
func (b *Reader) UnreadRune() error {
	if b.prev == nil || !b.prevRune {
		return ErrInvalidUnreadRune
	}
	b.buf = b.prev
	b.prev = nil
	return nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for len(b.buf) < utf8.UTFMax && !utf8.FullRuneInString(string(b.buf)) && b.fill() {
	}
	b.prev = nil
	if len(b.buf) == 0 {
		return 0, 0, b.err
	}
	r, size = utf8.DecodeRune(b.buf)
	b.prev, b.prevRune = b.buf, true
	b.buf = b.buf[size:]
	return r, size, nil
}

func (b *Reader) ReadString(delim byte) (string, error) {
	b.prev = nil
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

var (
	ErrBufferFull    = errors.New("bufio: buffer full")
	ErrNegativeCount = errors.New("bufio: negative count")
)

func (b *Reader) Size() int     { return defaultBufSize }
func (b *Reader) Buffered() int { return len(b.buf) }

func (b *Reader) Reset(r io.Reader) { *b = Reader{rd: r} }

// Peek returns the next n bytes without consuming them.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.prev = nil
	for len(b.buf) < n && b.fill() {
	}
	if len(b.buf) < n {
		if b.err == nil {
			return b.buf, ErrBufferFull
		}
		return b.buf, b.err
	}
	return b.buf[:n], nil
}

func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	b.prev = nil
	for len(b.buf) < n && b.fill() {
	}
	if len(b.buf) < n {
		discarded = len(b.buf)
		b.buf = b.buf[len(b.buf):]
		return discarded, b.err
	}
	b.buf = b.buf[n:]
	return n, nil
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	s, err := b.ReadString(delim)
	if s == "" && err != nil {
		return nil, err
	}
	return []byte(s), err
}

func (b *Reader) ReadSlice(delim byte) ([]byte, error) { return b.ReadBytes(delim) }

func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.prev = nil
	for {
		if len(b.buf) > 0 {
			m, e := w.Write(b.buf)
			n += int64(m)
			b.buf = b.buf[m:]
			if e != nil {
				return n, e
			}
		}
		if !b.fill() {
			if b.err == io.EOF {
				return n, nil
			}
			return n, b.err
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

// Writer buffers writes to an io.Writer: its output reaches the writer in buffer-sized chunks
// (a write larger than the free room fills the buffer and flushes it, as Go's does) and at Flush.
type Writer struct {
	wr  io.Writer
	buf []byte // len(buf) is the buffer's size
	n   int    // bytes buffered
	err error
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{wr: w, buf: make([]byte, size)}
}

func (b *Writer) Size() int      { return len(b.buf) }
func (b *Writer) Buffered() int  { return b.n }
func (b *Writer) Available() int { return len(b.buf) - b.n }
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p) // a large write with an empty buffer goes straight through
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

func (b *Writer) WriteString(s string) (nn int, err error) {
	for len(s) > b.Available() && b.err == nil {
		n := copy(b.buf[b.n:], s)
		b.n += n
		nn += n
		s = s[n:]
		b.Flush()
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

func (b *Writer) WriteRune(r rune) (int, error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	return b.WriteString(string(r))
}

func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	readerFrom, direct := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		if direct && b.n == 0 {
			// Nothing buffered: the writer reads for itself.
			m, err := readerFrom.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		m, e := r.Read(b.buf[b.n:])
		b.n += m
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// ReadWriter joins a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
