// Package bytes beyond the basics: Cut, Index*/LastIndex*, Map, Fields/SplitAfter, the Trim family
// (which return slices of their argument), Reader; sort.Find; strconv's Append functions.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"unicode"
)

func main() {
	line := []byte("key = value # comment")
	before, after, ok := bytes.Cut(line, []byte(" = "))
	fmt.Printf("%q %q %v\n", before, after, ok)
	_, _, ok = bytes.Cut(line, []byte("=>"))
	fmt.Println(ok, bytes.IndexAny(line, "#="), bytes.LastIndexAny(line, "e"), bytes.LastIndexByte(line, 'e'))
	fmt.Println(bytes.IndexFunc(line, unicode.IsSpace), bytes.LastIndexFunc(line, unicode.IsLetter))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("shout")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a,b;;c"), func(r rune) bool { return r == ',' || r == ';' }))
	fmt.Printf("%q %q\n", bytes.SplitAfter([]byte("a.b.c"), []byte(".")), bytes.SplitAfterN([]byte("a.b.c"), []byte("."), 2))
	padded := []byte("xx--core--xx")
	core := bytes.Trim(padded, "x-")
	left := bytes.TrimLeft(padded, "x")
	right := bytes.TrimRight(padded, "x")
	fmt.Printf("%s %s %s\n", core, left, right)
	left[0] = '='
	fmt.Printf("%s (TrimLeft's result shares the array)\n", padded)
	fmt.Println(bytes.TrimLeft([]byte("xxx"), "x") == nil, bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s %q %v\n", bytes.ToTitle([]byte("title")), bytes.Runes([]byte("héllo")), bytes.TrimRightFunc([]byte("go!!"), unicode.IsPunct))
	r := bytes.NewReader([]byte("read me"))
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len(), r.Size())
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", rest, r.Len())
	r.Reset([]byte("again\n"))
	io.Copy(os.Stdout, r)
	sorted := []string{"ant", "bee", "cat", "dog"}
	for _, want := range []string{"cat", "cow", "zebra", "aardvark"} {
		i, found := sort.Find(len(sorted), func(i int) int {
			switch {
			case want < sorted[i]:
				return -1
			case want > sorted[i]:
				return 1
			}
			return 0
		})
		fmt.Println(want, i, found)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.14159, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = strconv.AppendQuoteRuneToASCII(buf, '☺')
	buf = strconv.AppendQuoteToASCII(buf, "héllo")
	fmt.Println(string(buf))
}
