package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// bufio.Writer flushes in buffer-sized chunks (NewWriterSize), ReadFrom goes through os.Stdout;
// bufio.Reader Peek/Discard/ReadBytes/WriteTo/Reset; bytes trimming returns nil or subslices as
// Go does, Cut/FieldsFunc/Map, Buffer Unread*, bytes.Reader Seek/ReadAt; strings.Reader.WriteTo,
// Replacer.WriteString; sort.Find; strconv.Append*; fmt.Append*.
type countingWriter struct{ writes []int }

func (c *countingWriter) Write(p []byte) (int, error) { c.writes = append(c.writes, len(p)); return len(p), nil }

func main() {
	cw := &countingWriter{}
	w := bufio.NewWriterSize(cw, 16)
	fmt.Fprint(w, "0123456789")
	fmt.Fprint(w, "abcdefghij")
	w.WriteString(strings.Repeat("x", 40))
	w.Write([]byte(strings.Repeat("y", 40)))
	w.WriteByte('z')
	w.WriteRune('é')
	fmt.Println(cw.writes, w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println(cw.writes, w.Buffered())
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "buffered line 1")
	fmt.Println("direct line")
	fmt.Fprintln(out, "buffered line 2")
	out.Flush()
	n, err := out.ReadFrom(strings.NewReader("read from reader\n"))
	fmt.Println(n, err)
	out.Flush()

	r := bufio.NewReader(strings.NewReader("hello world\nsecond line\nthird"))
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	d, err := r.Discard(6)
	fmt.Println(d, err)
	line, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Printf("%d %v %q\n", m, err, sb.String())
	_, err = r.Peek(1)
	fmt.Println(err)
	r.Reset(strings.NewReader("reset"))
	s, _ := r.ReadString('x')
	fmt.Println(s)

	b := []byte("  Hello, World! 123  ")
	fmt.Printf("%q %q %q\n", bytes.TrimLeft(b, " H"), bytes.TrimRight(b, " 321"), bytes.TrimFunc(b, unicode.IsSpace))
	fmt.Println(bytes.IndexAny(b, "W!"), bytes.LastIndexAny(b, "lo"), bytes.LastIndexByte(b, 'l'), bytes.IndexFunc(b, unicode.IsDigit), bytes.LastIndexFunc(b, unicode.IsLetter))
	before, after, found := bytes.Cut(b, []byte(","))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q %q\n", bytes.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }), bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q %q %v\n", bytes.Map(unicode.ToUpper, []byte("shout")), bytes.ToTitle([]byte("title")), bytes.Runes([]byte("hé")))
	fmt.Println(bytes.TrimLeft(nil, "x") == nil, bytes.TrimLeft([]byte("xx"), "x") == nil, bytes.TrimSpace([]byte("  ")) == nil)
	var buf bytes.Buffer
	buf.WriteString("αβγ\nrest")
	ru, _, _ := buf.ReadRune()
	fmt.Println(string(ru), buf.UnreadRune(), buf.UnreadRune(), buf.Len())
	buf.ReadByte()
	fmt.Println(buf.UnreadByte(), buf.UnreadByte())
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	k, err := buf.ReadFrom(strings.NewReader(" more"))
	fmt.Println(k, err, buf.String())
	br := bytes.NewReader([]byte("bytes reader"))
	pos, _ := br.Seek(6, io.SeekStart)
	rest, _ := io.ReadAll(br)
	fmt.Println(pos, string(rest), br.Len(), br.Size())
	tmp := make([]byte, 5)
	nn, err := br.ReadAt(tmp, 8)
	fmt.Println(nn, err, string(tmp[:nn]))
	sr := strings.NewReader("strings reader")
	sr.Seek(-6, io.SeekEnd)
	var sb2 strings.Builder
	sr.WriteTo(&sb2)
	fmt.Println(sb2.String())
	rep := strings.NewReplacer("a", "4", "e", "3")
	rep.WriteString(os.Stdout, "leet speak\n")
	i, found2 := sort.Find(5, func(i int) int { return 3 - i })
	fmt.Println(i, found2, sort.IntSlice([]int{1, 4, 9}).Search(4), sort.StringSlice([]string{"a", "c"}).Search("b"))
	bs := strconv.AppendBool(nil, true)
	bs = strconv.AppendUint(bs, 255, 16)
	bs = strconv.AppendFloat(bs, 3.25, 'f', 1, 64)
	bs = strconv.AppendQuoteRune(bs, 'x')
	fmt.Println(string(bs))
	fb := fmt.Append([]byte("a:"), 1, "b", 2)
	fb = fmt.Appendf(fb, "|%03d|", 7)
	fb = fmt.Appendln(fb, "end", 3)
	fmt.Printf("%q\n", fb)
}
