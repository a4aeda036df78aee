// io.Pipe joins a writing goroutine to a reading one: each Write waits for Reads to take all of it;
// closing the write end (with or without an error) ends the reader's stream.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan error:", sc.Err())

	r2, w2 := io.Pipe()
	go func() {
		w2.Write([]byte("partial"))
		w2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", data, err)

	r3, w3 := io.Pipe()
	r3.Close()
	n, err := w3.Write([]byte("nobody reads"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	r4, w4 := io.Pipe()
	reads := make(chan []string)
	go func() {
		var got []string
		small := make([]byte, 3)
		for {
			n, err := r4.Read(small)
			if err != nil {
				reads <- append(got, err.Error())
				return
			}
			got = append(got, string(small[:n]))
		}
	}()
	n, err = w4.Write([]byte("abcdefgh"))
	w4.Close()
	fmt.Println("wrote", n, err, "read", <-reads)
}
