// goroscope's package bytes (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package bytes

import (
	"errors"
	"io"
	"strings"
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
func TrimSpace(s []byte) []byte               { return bytesOrNil(strings.TrimSpace(string(s)), s) }
func Trim(s []byte, cutset string) []byte     { return bytesOrNil(strings.Trim(string(s), cutset), s) }
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

func Split(s, sep []byte) [][]byte         { return toBytes(strings.Split(string(s), string(sep))) }
func SplitN(s, sep []byte, n int) [][]byte { return toBytes(strings.SplitN(string(s), string(sep), n)) }
func Fields(s []byte) [][]byte             { return toBytes(strings.Fields(string(s))) }

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
func (b *Buffer) Reset()   { b.buf = b.buf[:0]; b.off = 0 }
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
