// io's helpers over readers and writers: ReadAll, ReadFull/ReadAtLeast and their errors, Copy and
// CopyN, LimitReader, MultiReader, TeeReader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	s string
}

// Read hands out two bytes at a time, so helpers must loop.
func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(2, len(p))], r.s)
	r.s = r.s[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	all, err := io.ReadAll(&slowReader{"hello, readers"})
	fmt.Printf("%q %v\n", all, err)
	buf := make([]byte, 5)
	n, err := io.ReadFull(&slowReader{"abcdefg"}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&slowReader{"abc"}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&slowReader{""}, buf)
	fmt.Println(n, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("xyz"), buf[:2], 3)
	fmt.Println(n, err)
	var out bytes.Buffer
	w, err := io.Copy(&out, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(w, err, out.String())
	w, err = io.CopyN(os.Stdout, &slowReader{"copy me\n"}, 100)
	fmt.Println(w, err)
	w, err = io.CopyN(os.Stdout, strings.NewReader("partial copy\n"), 8)
	fmt.Println()
	fmt.Println(w, err)
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	var seen strings.Builder
	tee := io.TeeReader(mr, &seen)
	got, _ := io.ReadAll(tee)
	fmt.Printf("%s | %s\n", got, seen.String())
	n2, err := io.WriteString(os.Stdout, "written\n")
	fmt.Println(n2, err)
}
