package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

// Streaming between goroutines with io.Pipe: a producer writes a report line by line into the
// pipe, the consumer reads it with a bufio.Scanner while a TeeReader feeds a SHA-256 hash; closing
// the writer with an error reaches the reader.
func produce(w *io.PipeWriter, lines int, failAt int) {
	bw := bufio.NewWriter(w)
	for i := 1; i <= lines; i++ {
		if i == failAt {
			bw.Flush()
			w.CloseWithError(fmt.Errorf("producer: record %d is corrupt", i))
			return
		}
		fmt.Fprintf(bw, "record %03d: %s\n", i, strings.Repeat("*", i%7))
	}
	bw.Flush()
	w.Close()
}

func consume(r io.Reader) (n int, longest string, sum [32]byte, err error) {
	h := sha256.New()
	sc := bufio.NewScanner(io.TeeReader(r, h))
	for sc.Scan() {
		n++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	copy(sum[:], h.Sum(nil))
	return n, longest, sum, sc.Err()
}

func main() {
	r, w := io.Pipe()
	go produce(w, 20, -1)
	n, longest, sum, err := consume(r)
	fmt.Println(n, "lines; longest:", longest)
	fmt.Printf("sha256 %x err=%v\n", sum[:8], err)

	r, w = io.Pipe()
	go produce(w, 20, 12)
	n, _, _, err = consume(r)
	fmt.Println(n, "lines before the error:", err)

	// Reader gives up: the writer learns it on its next Write.
	r, w = io.Pipe()
	errc := make(chan error, 1)
	go func() {
		_, err := fmt.Fprintln(w, "first")
		if err == nil {
			_, err = fmt.Fprintln(w, "second")
		}
		errc <- err
	}()
	buf := make([]byte, 6)
	k, _ := io.ReadFull(r, buf)
	fmt.Printf("read %q\n", buf[:k])
	r.Close()
	fmt.Println("writer saw:", <-errc)
	var sb strings.Builder
	copied, err := io.Copy(&sb, strings.NewReader(strings.Repeat("ab", 5)))
	fmt.Println(copied, err, sb.String())
}
