package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
	"sync"
)

// io: ReadAll, Copy, CopyN, ReadFull's errors, TeeReader, MultiReader, LimitReader, Pipe with
// Close and CloseWithError on both sides; bufio.Reader's UnreadByte/UnreadRune (Fscan gives back
// the byte after a number).
type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	b, err := io.ReadAll(strings.NewReader("hello reader"))
	fmt.Printf("%q %v\n", b, err)
	n, err := io.Copy(os.Stdout, upper{strings.NewReader("copied upper\n")})
	fmt.Println(n, err)
	var buf bytes.Buffer
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("01"), 4)
	fmt.Println(n, err, buf.String())
	p := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("abc"), p)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader("abcdefg"), p)
	fmt.Println(k, err, string(p))
	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &log)
	all, _ := ioutil.ReadAll(tee)
	fmt.Println(string(all), "|", log.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all))

	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer pw.Close()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("read:", sc.Text())
	}
	wg.Wait()
	fmt.Println(sc.Err())

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	all, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", all, err)
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pr2, pw2 := io.Pipe()
	pr2.CloseWithError(errors.New("reader gone"))
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err)
	_, err = pr2.Read(p)
	fmt.Println(err)

	r := bufio.NewReader(strings.NewReader("42 rest of line\nnext"))
	var num int
	fmt.Fscan(r, &num)
	line, _ := r.ReadString('\n')
	fmt.Printf("%d %q\n", num, line)
	c, _ := r.ReadByte()
	fmt.Println(r.UnreadByte(), r.UnreadByte(), string(c))
	ru, _, _ := r.ReadRune()
	fmt.Println(string(ru), r.UnreadRune(), r.UnreadRune())
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	var w io.Writer = ioutil.Discard
	fmt.Fprintln(w, "gone")
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
}
