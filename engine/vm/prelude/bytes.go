// goroscope's package bytes (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The functions work on the bytes as a string (package strings has the algorithms).
func Contains(b, sub []byte) bool             { return strings.Contains(string(b), string(sub)) }
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }
func ContainsRune(b []byte, r rune) bool      { return strings.ContainsRune(string(b), r) }
func Count(s, sep []byte) int                 { return strings.Count(string(s), string(sep)) }
func Equal(a, b []byte) bool                  { return string(a) == string(b) }
func EqualFold(s, t []byte) bool              { return strings.EqualFold(string(s), string(t)) }
func Compare(a, b []byte) int                 { return strings.Compare(string(a), string(b)) }
func HasPrefix(s, prefix []byte) bool         { return strings.HasPrefix(string(s), string(prefix)) }
func HasSuffix(s, suffix []byte) bool         { return strings.HasSuffix(string(s), string(suffix)) }
func Index(s, sep []byte) int                 { return strings.Index(string(s), string(sep)) }
func IndexByte(b []byte, c byte) int          { return strings.IndexByte(string(b), c) }
func IndexRune(s []byte, r rune) int          { return strings.IndexRune(string(s), r) }
func LastIndex(s, sep []byte) int             { return strings.LastIndex(string(s), string(sep)) }
func ToUpper(s []byte) []byte                 { return []byte(strings.ToUpper(string(s))) }
func ToLower(s []byte) []byte                 { return []byte(strings.ToLower(string(s))) }
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
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

func IndexAny(s []byte, chars string) int     { return strings.IndexAny(string(s), chars) }
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }
func LastIndexByte(s []byte, c byte) int      { return strings.LastIndexByte(string(s), c) }
func IndexFunc(s []byte, f func(r rune) bool) int {
	return strings.IndexFunc(string(s), f)
}
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(string(s), f)
}

// The trimming functions return subslices of s, as Go's do: nothing left after trimming on the
// left (or both sides) is nil, nothing left after trimming on the right is s[:0].
func leftTrimmed(s []byte, rest string) []byte {
	if len(rest) == 0 {
		return nil
	}
	return s[len(s)-len(rest):]
}

func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return leftTrimmed(s, strings.TrimLeft(string(s), cutset))
}
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return s[:len(strings.TrimRight(string(s), cutset))]
}
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	return leftTrimmed(s, strings.TrimLeftFunc(string(s), f))
}
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(string(s), f))]
}
func TrimFunc(s []byte, f func(r rune) bool) []byte { return TrimRightFunc(TrimLeftFunc(s, f), f) }
func TrimSpace(s []byte) []byte {
	t := TrimRightFunc(TrimLeftFunc(s, unicode.IsSpace), unicode.IsSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}

func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, string(s)))
}

func Runes(s []byte) []rune { return []rune(string(s)) }

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

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

func Split(s, sep []byte) [][]byte         { return toBytes(strings.Split(string(s), string(sep))) }
func SplitN(s, sep []byte, n int) [][]byte { return toBytes(strings.SplitN(string(s), string(sep), n)) }
func Fields(s []byte) [][]byte             { return toBytes(strings.Fields(string(s))) }
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return toBytes(strings.FieldsFunc(string(s), f))
}
func SplitAfter(s, sep []byte) [][]byte { return toBytes(strings.SplitAfter(string(s), string(sep))) }
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return toBytes(strings.SplitAfterN(string(s), string(sep), n))
}

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
	buf      []byte
	off      int
	lastRead int // bytes the last read took (UnreadByte/UnreadRune give them back); -1: a rune
}

func NewBuffer(buf []byte) *Buffer     { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }
func (b *Buffer) Bytes() []byte        { return b.buf[b.off:] }
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}
func (b *Buffer) Len() int { return len(b.buf) - b.off }
func (b *Buffer) Cap() int { return cap(b.buf) }
func (b *Buffer) Reset()   { b.buf = b.buf[:0]; b.off = 0; b.lastRead = 0 }
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
	b.lastRead = 0
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
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
}
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
	return nil
}
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
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
	if n > 0 {
		b.lastRead = n
	}
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
	b.lastRead = 1
	return c, nil
}
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = -size
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead >= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	b.off += b.lastRead
	b.lastRead = 0
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	if b.off > 0 {
		b.off--
	}
	b.lastRead = 0
	return nil
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.ReadString(delim)
	return []byte(s), err
}

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	p := make([]byte, 512)
	for {
		m, e := r.Read(p)
		b.buf = append(b.buf, p[:m]...)
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
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
	b.lastRead = len(line)
	return line, err
}
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	m, e := w.Write(b.buf[b.off:])
	b.Reset()
	return int64(m), e
}

// Reader reads from a byte slice (bytes.NewReader).
type Reader struct {
	s        []byte
	i        int64
	prevRune int // index of the last rune read, or -1
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}
func (r *Reader) Size() int64     { return int64(len(r.s)) }
func (r *Reader) Reset(b []byte)  { *r = Reader{b, 0, -1} }
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return
}
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	m, err := w.Write(r.s[r.i:])
	r.i += int64(m)
	return int64(m), err
}
