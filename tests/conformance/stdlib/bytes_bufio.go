// bytes.Buffer as an io.Writer and reader, bytes helpers, bufio.Scanner over lines and words,
// bufio.Reader.ReadString and a bufio.Writer that prints only when flushed; standard input is
// empty (/dev/null).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%d worlds", 3)
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Equal([]byte("a"), []byte("a")), string(bytes.ToUpper([]byte("abc"))))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nlast"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick  brown\tfox  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %s\n", "output")
	fmt.Println("before flush")
	w.Flush()
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\n"))
	s1, _ := r.ReadString('\n')
	s2, e2 := r.ReadString('\n')
	s3, e3 := r.ReadString('\n')
	fmt.Printf("%q %q %v %q %v\n", s1, s2, e2, s3, e3)
	in := bufio.NewScanner(os.Stdin)
	fmt.Println(in.Scan(), in.Err())
	sr := strings.NewReader("héllo")
	r1, sz, _ := sr.ReadRune()
	fmt.Println(string(r1), sz, sr.Len())
}
